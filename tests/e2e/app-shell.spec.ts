import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

const SECTIONS = ["Dashboard", "Contacts", "Properties", "Appointments", "Tasks", "Inbox", "Settings"];

test("desktop sidebar reaches every section and marks the current one", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page);
  const nav = page.getByRole("navigation", { name: "Main" });
  // A mark on the window survives only in-app navigations: a full page load would drop it.
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  for (const section of SECTIONS) {
    await nav.getByRole("link", { name: section }).click();
    await expect(page.getByRole("heading", { level: 1, name: section })).toBeVisible();
    await expect(nav.getByRole("link", { name: section })).toHaveAttribute("aria-current", "page");
  }
  expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
  await page.goto("/dashboard");
  await page.screenshot({ path: "tests/e2e/screenshots/app-dashboard-desktop.png", fullPage: true });
});

test("phone menu opens, navigates, and closes with Escape", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await signIn(page);
  const toggle = page.getByRole("button", { name: "Open menu" });
  await expect(toggle).toBeVisible();
  await toggle.click();
  await page.screenshot({ path: "tests/e2e/screenshots/app-menu-phone.png" });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Contacts" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Contacts" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Open menu" })).toHaveAttribute("aria-expanded", "false");

  await page.getByRole("button", { name: "Open menu" }).click();
  await page.keyboard.press("Escape");
  await expect(page.locator("#mobile-menu")).toHaveCount(0);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: "tests/e2e/screenshots/app-contacts-phone.png", fullPage: true });
});

test("unknown pages get a friendly 404", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
