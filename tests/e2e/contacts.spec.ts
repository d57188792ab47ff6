import { expect, test, type Page } from "@playwright/test";
import { signIn, signUpVerified } from "./support/sign-in";

const shot = (page: Page, name: string) => page.screenshot({ path: `tests/e2e/screenshots/${name}.png`, fullPage: true });

test("an agent creates a contact, works it from the contact page, and moves it through the pipeline", async ({ page }) => {
  const email = `crm-${Date.now()}@example.com`;
  await signUpVerified(page, { name: "Casey Closer", email, password: "a tidy front porch" });
  await signIn(page, { email, password: "a tidy front porch" });

  await page.goto("/contacts");
  await expect(page.getByRole("heading", { name: "No contacts yet" })).toBeVisible();
  await page.getByRole("link", { name: "Add your first contact" }).click();

  // Bad input: clear messages, nothing lost.
  await page.getByLabel("Phone 1").fill("12");
  await page.getByLabel("Email 1").fill("maria@");
  await page.getByRole("button", { name: "Save contact" }).click();
  await expect(page.getByText("Enter a first name.")).toBeVisible();
  await expect(page.getByText("That doesn't look like a valid phone number.")).toBeVisible();
  await expect(page.getByLabel("Email 1")).toHaveValue("maria@");

  await page.getByLabel("First name").fill("Maria");
  await page.getByLabel("Last name").fill("Lopez");
  await page.getByLabel("Email 1").fill("Maria.Lopez@Example.com");
  await page.getByLabel("Phone 1").fill("512 555 0123");
  await page.getByLabel("Lead source").selectOption({ label: "Zillow" });
  await page.getByLabel("Looking to").selectOption({ label: "Buyer" });
  await page.getByLabel("Price from").fill("450k");
  await page.getByLabel("Tags").fill("hot, first-time buyer");
  await page.getByRole("button", { name: "Save contact" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Maria Lopez" })).toBeVisible();
  await expect(page.getByText("(512) 555-0123")).toBeVisible();
  await expect(page.getByText("maria.lopez@example.com")).toBeVisible();

  // Quick actions write the timeline.
  await page.getByLabel("How did it go?").selectOption("Left voicemail");
  await page.getByLabel("Notes (optional)").fill("Call back after 5pm");
  await page.getByRole("button", { name: "Log call" }).click();
  await expect(page.getByText("Call: Left voicemail. Call back after 5pm")).toBeVisible();

  await page.getByRole("tab", { name: "Add note" }).click();
  await page.getByRole("textbox", { name: "Note" }).fill("Wants a porch swing <b>and</b> a big yard");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByText("Wants a porch swing <b>and</b> a big yard")).toBeVisible();

  await page.getByRole("tab", { name: "Add task" }).click();
  await page.getByRole("textbox", { name: "Task" }).fill("Send Hyde Park listings");
  await page.getByRole("button", { name: "Add task" }).click();
  await expect(page.getByRole("region", { name: "Open tasks" }).getByText("Send Hyde Park listings")).toBeVisible();
  await page.getByRole("button", { name: 'Mark "Send Hyde Park listings" done' }).click();
  await expect(page.getByText("Task done: Send Hyde Park listings")).toBeVisible();
  await expect(page.getByText("No open tasks for this contact.")).toBeVisible();

  await page.getByRole("tab", { name: "Text" }).click();
  await expect(page.getByText("Texting through your ALT number arrives with messaging.")).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 900 });
  await shot(page, "contact-page-1280");
  await page.setViewportSize({ width: 375, height: 812 });
  await shot(page, "contact-page-375");
  await page.setViewportSize({ width: 1280, height: 900 });

  // Pipeline: move with the card's menu (the keyboard path of drag and drop).
  await page.goto("/contacts/board");
  const newColumn = page.locator('section[data-stage="NEW"]');
  await expect(newColumn.getByRole("link", { name: "Maria Lopez" })).toBeVisible();
  await newColumn.getByLabel("Move Maria Lopez to").selectOption({ label: "Connected" });
  await expect(page.locator('section[data-stage="CONNECTED"]').getByRole("link", { name: "Maria Lopez" })).toBeVisible();
  // And by dragging.
  const target = page.locator('section[data-stage="APPOINTMENT_SET"]');
  await target.scrollIntoViewIfNeeded();
  await page.locator("[data-contact-id]", { hasText: "Maria Lopez" }).dragTo(target, { sourcePosition: { x: 4, y: 4 }, targetPosition: { x: 40, y: 12 } });
  await expect(page.locator('section[data-stage="APPOINTMENT_SET"]').getByRole("link", { name: "Maria Lopez" })).toBeVisible();
  await shot(page, "pipeline-1280");
  await page.reload();
  await expect(page.locator('section[data-stage="APPOINTMENT_SET"]').getByRole("link", { name: "Maria Lopez" })).toBeVisible();

  // Board cards and table rows are plain links that navigate in the app (no full page load) …
  await page.evaluate(() => Object.assign(window, { stayedInApp: true }));
  await page.locator('section[data-stage="APPOINTMENT_SET"]').getByRole("link", { name: "Maria Lopez" }).click();
  await expect(page.getByText("Moved from Connected to Appointment set")).toBeVisible();
  expect(await page.evaluate(() => "stayedInApp" in window)).toBe(true);
  await page.goto("/contacts");
  // … while a Ctrl-click still opens a new tab, as any link does.
  const [tab] = await Promise.all([page.context().waitForEvent("page"), page.getByRole("link", { name: "Maria Lopez" }).click({ modifiers: ["Control"] })]);
  await expect(tab).toHaveURL(/\/contacts\/c/);
  await tab.close();
  await expect(page).toHaveURL(/\/contacts$/);
  await page.evaluate(() => Object.assign(window, { stayedInApp: true }));
  await page.getByRole("link", { name: "Maria Lopez" }).click();
  await expect(page.getByText("Moved from Connected to Appointment set")).toBeVisible();
  expect(await page.evaluate(() => "stayedInApp" in window)).toBe(true);
  await expect(page.getByText("Moved from New to Connected")).toBeVisible();

  // Inline edit.
  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByLabel("Company").fill("Lopez Family Trust");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Lopez Family Trust")).toBeVisible();
});

test("the demo agent searches as they type, filters, and pages through the list", async ({ page }) => {
  await signIn(page);
  await page.goto("/contacts");
  await expect(page.getByRole("table")).toBeVisible();
  await shot(page, "contacts-list-1280");
  const firstRowName = (await page.getByRole("table").getByRole("link").first().textContent())!.trim();
  const lastName = firstRowName.split(" ").at(-1)!;

  await page.getByRole("combobox", { name: "Search contacts" }).fill(lastName.slice(0, -1)); // partial word
  await expect(page.getByRole("option").filter({ hasText: firstRowName }).first()).toBeVisible();
  // A term nothing matches says so, rather than leaving the box silent.
  await page.getByRole("combobox", { name: "Search contacts" }).fill("qqxxjj");
  await expect(page.getByRole("status").filter({ hasText: "No contacts match “qqxxjj”." })).toBeVisible();
  await expect(page.getByRole("listbox")).toHaveCount(0);
  await page.getByRole("combobox", { name: "Search contacts" }).fill(lastName.slice(0, -1));
  await expect(page.getByRole("option").filter({ hasText: firstRowName }).first()).toBeVisible();
  await page.getByRole("combobox", { name: "Search contacts" }).press("Enter");
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByRole("table").getByRole("link", { name: firstRowName })).toBeVisible();

  await page.goto("/contacts?stage=NURTURE");
  const stages = await page.getByRole("table").locator("tbody tr td:nth-child(2)").allTextContents();
  expect(stages.length).toBeGreaterThan(0);
  expect(stages.every((s) => s.includes("Nurture"))).toBe(true);
  await page.getByLabel("Smart list name").fill("Nurture pool");
  await page.getByRole("button", { name: "Save as smart list" }).click();
  await expect(page.getByText("Saved “Nurture pool”.")).toBeVisible();
  await page.goto("/contacts");
  await page.getByRole("list", { name: "Smart lists" }).getByRole("link", { name: "Nurture pool" }).click();
  await expect(page).toHaveURL(/stage=NURTURE/);
  // The filter form shows the list's filters after an in-app navigation, not the previous view's.
  await expect(page.getByLabel("Stage")).toHaveValue("NURTURE");

  await page.goto("/contacts");
  await page.getByRole("link", { name: "Next page →" }).click();
  await expect(page.getByRole("link", { name: "← First page" })).toBeVisible();
  await expect(page.getByRole("table").getByRole("link", { name: firstRowName })).toHaveCount(0);

  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto("/contacts");
  await shot(page, "contacts-list-375");
  await page.goto("/contacts/board");
  await shot(page, "pipeline-375");
  await page.goto("/contacts/new");
  await shot(page, "contact-new-375");
});

test("another agent's contact is a 404, and its data never shows", async ({ page, request }) => {
  await signIn(page);
  await page.goto("/contacts?q=SENTINEL");
  const href = await page.getByRole("table").getByRole("link").first().getAttribute("href");
  expect(href).toMatch(/^\/contacts\//);
  await page.context().clearCookies();

  const email = `other-${Date.now()}@example.com`;
  await signUpVerified(page, { name: "Other Agent", email, password: "another porch swing" });
  await signIn(page, { email, password: "another porch swing" });
  const response = await page.goto(href!);
  expect(response!.status()).toBe(404);
  expect(await page.content()).not.toContain("SENTINEL");
  const search = await page.request.get("/api/contacts/search?q=SENTINEL");
  expect(await search.json()).toEqual({ results: [] });
  // Signed out: the search endpoint refuses.
  expect((await request.get("/api/contacts/search?q=a")).status()).toBe(401);
});

test("dashboard, tasks and CSV export for the demo agent", async ({ page }) => {
  await signIn(page);
  await expect(page.getByRole("heading", { name: "Pipeline", level: 2 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Leads by source this month" })).toBeVisible();
  await shot(page, "dashboard-1280");

  await page.goto("/tasks?view=upcoming");
  await page.getByRole("textbox", { name: "Task" }).fill("Order yard signs");
  await page.getByLabel("Priority").selectOption("HIGH");
  await page.getByRole("button", { name: "Add task" }).click();
  await expect(page.getByText("Task added.")).toBeVisible();
  await page.reload();
  await page.getByRole("button", { name: 'Mark "Order yard signs" done' }).click();
  await page.goto("/tasks?view=done");
  await expect(page.getByText("Order yard signs")).toBeVisible();
  await shot(page, "tasks-1280");

  await page.goto("/contacts");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^alt-contacts-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await (await page.request.get("/api/export/contacts.csv")).text();
  expect(csv.split("\r\n")[0]).toContain("First name,Last name");
  expect(csv.split("\r\n").length).toBeGreaterThan(300);

  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto("/dashboard");
  await shot(page, "dashboard-375");
  await page.goto("/tasks");
  await shot(page, "tasks-375");
});

test("possible duplicates are found and merged, keeping both timelines", async ({ page }) => {
  await signIn(page);
  const stamp = Date.now();
  for (const last of ["Twin", "Twinn"]) {
    await page.goto("/contacts/new");
    await page.getByLabel("First name").fill(`Dup${stamp}`);
    await page.getByLabel("Last name").fill(last);
    await page.getByLabel("Email 1").fill(`dup${stamp}@example.com`);
    await page.getByRole("button", { name: "Save contact" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Dup${stamp} ${last}` })).toBeVisible();
  }
  await page.goto("/contacts");
  await page.getByRole("link", { name: "Find possible duplicates" }).click();
  const group = page.locator("form", { hasText: `Same email: dup${stamp}@example.com` });
  await expect(group.getByText(`Dup${stamp} Twinn`)).toBeVisible();
  await page.screenshot({ path: "tests/e2e/screenshots/duplicates-1280.png", fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await expect(group.getByRole("button", { name: "Merge these 2" })).toBeVisible();
  await page.screenshot({ path: "tests/e2e/screenshots/duplicates-375.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await group.getByRole("button", { name: "Merge these 2" }).click();
  await expect(page.getByText("Merged. The history of both is on the contact you kept.")).toBeVisible();
  await expect(page.locator("form", { hasText: `dup${stamp}@example.com` })).toHaveCount(0);

  await page.goto(`/contacts?q=dup${stamp}`);
  await expect(page.getByRole("table").getByRole("link")).toHaveCount(1);
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page.getByText(/Merged with Dup\d+ Twinn/)).toBeVisible();
  await expect(page.getByText("Contact created")).toHaveCount(2);
});
