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

  await page.getByRole("button", { name: "Import 2 contacts" }).click();
  await expect(page.getByText("Imported: 2 new, 0 merged, 1 skipped.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Import history" }).getByText("fub-export.csv")).toBeVisible();

  await page.goto(`/contacts?q=okafor${stamp}`);
  await page.getByRole("table").getByRole("link", { name: `Imani Okafor${stamp}` }).click();
  await expect(page.getByText("(737) 555-0199")).toBeVisible();
  await expect(page.getByText("Imported from CSV")).toBeVisible();

  // A wrong file gets a clear message.
  await page.goto("/contacts/import");
  await page.locator("#csv-file").setInputFiles({ name: "photo.csv", mimeType: "text/csv", buffer: Buffer.from([0xff, 0xfe, 0x41, 0x00]) });
  await expect(page.getByText("That file is saved as UTF-16.")).toBeVisible();
});

test("the import endpoint refuses cross-site posts and signed-out callers", async ({ request }) => {
  const cross = await request.post("/api/imports", { headers: { origin: "https://evil.example" }, multipart: { step: "analyze", file: { name: "a.csv", mimeType: "text/csv", buffer: Buffer.from("First Name\nA\n") } } });
  expect(cross.status()).toBe(403);
  const signedOut = await request.post("/api/imports", { headers: { origin: "http://localhost:3100" }, multipart: { step: "analyze", file: { name: "a.csv", mimeType: "text/csv", buffer: Buffer.from("First Name\nA\n") } } });
  expect(signedOut.status()).toBe(401);
});
