import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

test("an agent schedules an appointment from a contact and finds it in every calendar view", async ({ page }) => {
  await signIn(page);
  await page.goto("/contacts?sort=newest");
  const contactLink = page.getByRole("table").getByRole("link").first();
  const name = (await contactLink.textContent())!.trim();
  await contactLink.click();
  await page.getByRole("tab", { name: "Schedule" }).click();
  await page.getByRole("link", { name: "Schedule an appointment" }).click();
  await expect(page.getByRole("heading", { name: "New appointment" })).toBeVisible();
  await expect(page.getByLabel(name)).toBeChecked();

  // Refused first: end before start.
  await page.getByLabel("Title").fill("Buyer consultation at the office");
  await page.getByLabel("Type").selectOption({ label: "Buyer consultation" });
  await page.getByLabel("Date").fill("2027-03-09");
  await page.getByLabel("Starts").fill("15:00");
  await page.getByLabel("Ends").fill("14:00");
  await page.getByRole("button", { name: "Save appointment" }).click();
  await expect(page.getByText("The end must be after the start.")).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue("Buyer consultation at the office");
  await page.getByLabel("Ends").fill("16:00");
  await page.getByRole("button", { name: "Save appointment" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Buyer consultation at the office" })).toBeVisible();
  await expect(page.getByText("Tuesday, March 9, 2027 · 3:00 PM – 4:00 PM")).toBeVisible();

  for (const view of ["day", "week", "month"]) {
    await page.goto(`/appointments?view=${view}&date=2027-03-09`);
    await expect(page.getByRole("link", { name: /Buyer consultation at the office/ }).first()).toBeVisible();
  }
  await page.screenshot({ path: "tests/e2e/screenshots/appointments-month-1280.png", fullPage: true });
  await page.goto("/appointments?view=week&date=2027-03-09");
  await page.screenshot({ path: "tests/e2e/screenshots/appointments-week-1280.png", fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto("/appointments?view=month&date=2027-03-09");
  await page.screenshot({ path: "tests/e2e/screenshots/appointments-month-375.png", fullPage: true });
  await page.goto("/appointments");
  await page.screenshot({ path: "tests/e2e/screenshots/appointments-agenda-375.png", fullPage: true });

  await page.goto("/contacts?sort=newest");
  await page.getByRole("table").getByRole("link", { name }).click();
  await expect(page.getByText("Appointment set: Buyer consultation at the office")).toBeVisible();
});
