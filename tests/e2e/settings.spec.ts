import { expect, test } from "@playwright/test";
import { signIn, signUpVerified } from "./support/sign-in";

test("profile: rename, bad input keeps values, password change keeps this browser signed in", async ({ page }) => {
  // A fresh account so other tests' demo sessions are not affected by the password change.
  const email = `settings-${Date.now()}@example.com`;
  const password = "settings password one";
  await signUpVerified(page, { name: "Sky Settings", email, password });
  await signIn(page, { email, password });

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/settings\/profile$/);
  await page.getByLabel("Name", { exact: true }).fill("Sky Renamed");
  await page.getByLabel("Time zone").selectOption("America/Los_Angeles");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();
  await expect(page.getByRole("complementary").getByText("Sky Renamed")).toBeVisible();
  await expect(page.getByLabel("Time zone")).toHaveValue("America/Los_Angeles");

  await page.getByLabel("Name", { exact: true }).fill("");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Enter your name.")).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill("Sky Renamed");
  await page.screenshot({ path: "tests/e2e/screenshots/settings-desktop.png", fullPage: true });

  const passwordForm = page.locator("form").filter({ has: page.getByRole("button", { name: "Change password" }) });
  await passwordForm.getByLabel("Current password").fill("wrong password here");
  await passwordForm.getByLabel("New password").fill("settings password two");
  await passwordForm.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("That isn't your current password.")).toBeVisible();

  await passwordForm.getByLabel("Current password").fill(password);
  await passwordForm.getByLabel("New password").fill("settings password two");
  await passwordForm.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed. Other devices were signed out.")).toBeVisible();
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto("/settings/profile");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: "tests/e2e/screenshots/settings-phone.png", fullPage: true });
});
