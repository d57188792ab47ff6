import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

test("an agent imports a Follow Up Boss style CSV: columns matched, dry run, import, history", async ({ page }) => {
  await signIn(page);
  await page.goto("/contacts");
  await page.getByRole("link", { name: "Import" }).click();
  await expect(page.getByRole("heading", { name: "Import contacts" })).toBeVisible();

  const stamp = Date.now();
  const csv = [
    "First Name,Last Name,Emails,Phones,Source,Tags,Stage",
    `Imani,Okafor${stamp},imani${stamp}@example.com,(737) 555-0199,Zillow,hot,Connected`,
    `Rafael,Moreau${stamp},rafael${stamp}@example.com,737.555.0198,Open House,,New`,
    `=HYPERLINK("http://evil.example"),x,bad${stamp}@example.com,,,,`,
  ].join("\n");
  await page.locator("#csv-file").setInputFiles({ name: "fub-export.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page.getByText("3 rows.")).toBeVisible();
  await expect(page.getByLabel("Import Emails as")).toHaveValue("email");
  await expect(page.getByLabel("Import Stage as")).toHaveValue("stage");

  await page.getByRole("button", { name: "Check the import (nothing is saved)" }).click();
  await expect(page.getByText("2 new · 0 merged · 1 skipped")).toBeVisible();
  await expect(page.getByText("holds a spreadsheet formula")).toBeVisible();
  await page.screenshot({ path: "tests/e2e/screenshots/import-1280.png", fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await expect(page.getByText("holds a spreadsheet formula")).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0)); // a full-page shot draws the sticky top bar where the page is scrolled
  await page.screenshot({ path: "tests/e2e/screenshots/import-375.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByRole("button", { name: "Import 2 contacts" }).click();
  // The background job takes it from here; the page follows it to the end.
  await expect(page.getByText("Imported fub-export.csv: 2 new, 0 merged, 1 skipped.")).toBeVisible({ timeout: 30_000 });
  const history = page.getByRole("region", { name: "Import history" });
  await expect(history.getByText("fub-export.csv")).toBeVisible();
  await expect(history.getByText("2 new, 0 merged, 1 skipped")).toBeVisible();

  await page.goto(`/contacts?q=okafor${stamp}`);
  await page.getByRole("table").getByRole("link", { name: `Imani Okafor${stamp}` }).click();
  await expect(page.getByText("(737) 555-0199")).toBeVisible();
  await expect(page.getByText("Imported from CSV")).toBeVisible();

  // A wrong file gets a clear message.
  await page.goto("/contacts/import");
  await page.locator("#csv-file").setInputFiles({ name: "photo.csv", mimeType: "text/csv", buffer: Buffer.from([0xff, 0xfe, 0x41, 0x00]) });
  await expect(page.getByText("That file is saved as UTF-16.")).toBeVisible();
});

test("a large file imports in the background with a progress bar the agent can leave and come back to", async ({ page }) => {
  await signIn(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/contacts/import");
  const stamp = Date.now();
  const rows = Array.from({ length: 3_000 }, (_, i) => `Bulk${i},Lead${stamp},bulk${i}.${stamp}@example.com,Website`);
  await page.locator("#csv-file").setInputFiles({ name: "website-leads.csv", mimeType: "text/csv", buffer: Buffer.from(["First Name,Last Name,Email,Lead Source", ...rows].join("\n")) });
  await expect(page.getByText("3,000 rows.")).toBeVisible();
  await page.getByRole("button", { name: "Check the import (nothing is saved)" }).click();
  await page.getByRole("button", { name: "Import 3,000 contacts" }).click();
  const bar = page.getByRole("progressbar");
  await expect(bar).toBeVisible();
  await page.screenshot({ path: "tests/e2e/screenshots/import-progress-375.png", fullPage: true });
  // Leaving and coming back finds the import still followed (or already finished).
  await page.goto("/contacts");
  await page.goto("/contacts/import");
  await expect(page.getByRole("region", { name: "Import history" }).getByText("3,000 new, 0 merged, 0 skipped")).toBeVisible({ timeout: 60_000 });
  await page.goto(`/contacts?q=lead${stamp}`);
  await expect(page.getByRole("table").getByRole("link", { name: `Bulk0 Lead${stamp}` })).toBeVisible();
});

test("the import endpoint refuses cross-site posts and signed-out callers", async ({ request }) => {
  const cross = await request.post("/api/imports", { headers: { origin: "https://evil.example" }, multipart: { step: "analyze", file: { name: "a.csv", mimeType: "text/csv", buffer: Buffer.from("First Name\nA\n") } } });
  expect(cross.status()).toBe(403);
  const signedOut = await request.post("/api/imports", { headers: { origin: "http://localhost:3100" }, multipart: { step: "analyze", file: { name: "a.csv", mimeType: "text/csv", buffer: Buffer.from("First Name\nA\n") } } });
  expect(signedOut.status()).toBe(401);
});
