import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

test("an agent adds a property, is stopped by an unsafe photo link, and links a contact", async ({ page }) => {
  await signIn(page);
  await page.goto("/properties");
  await page.getByRole("link", { name: "New property" }).click();
  await page.getByLabel("Street").fill("48 Porch Swing Ln");
  await page.getByLabel("City").fill("Austin");
  await page.getByLabel("State").fill("TX");
  await page.getByLabel("ZIP").fill("78704");
  await page.getByLabel("List price").fill("615,000");
  await page.getByLabel("Baths").fill("2.5");
  await page.getByLabel("Photo links (one https:// address per line)").fill("http://169.254.169.254/latest/meta-data");
  await page.getByRole("button", { name: "Save property" }).click();
  await expect(page.getByText("Use an https:// address.")).toBeVisible();
  await expect(page.getByLabel("Street")).toHaveValue("48 Porch Swing Ln");
  await page.getByLabel("Photo links (one https:// address per line)").fill("");
  await page.getByRole("button", { name: "Save property" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "48 Porch Swing Ln" })).toBeVisible();
  await expect(page.getByText("$615,000")).toBeVisible();

  // Link the first contact the search finds for a common letter pair.
  await page.getByRole("combobox", { name: "Contact" }).fill("an");
  const option = page.getByRole("option").first();
  const name = (await option.locator("p").first().textContent())!.trim();
  await option.click();
  await page.getByLabel("Role").selectOption({ label: "Buyer" });
  await page.getByRole("button", { name: "Link contact" }).click();
  const people = page.getByRole("region", { name: "People" });
  await expect(people.getByRole("link", { name })).toBeVisible();
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: "tests/e2e/screenshots/property-375.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: "tests/e2e/screenshots/property-1280.png", fullPage: true });

  await people.getByRole("link", { name }).click();
  await expect(page.getByText("Buyer of 48 Porch Swing Ln")).toBeVisible();

  await page.goto("/properties?q=porch");
  await expect(page.getByRole("link", { name: /48 Porch Swing Ln/ })).toBeVisible();
  await page.screenshot({ path: "tests/e2e/screenshots/properties-1280.png", fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await expect(page.getByRole("link", { name: /48 Porch Swing Ln/ })).toBeVisible();
  await page.screenshot({ path: "tests/e2e/screenshots/properties-375.png", fullPage: true });
});
