import { expect, type Page } from "@playwright/test";

export const DEMO = { email: "demo@agentleadtracker.test", password: "demo-password-2026" };

/** Signs in through the real form (the session cookie is whatever Auth.js sets). */
export async function signIn(page: Page, credentials = DEMO) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(credentials.email);
  await page.getByLabel("Password").fill(credentials.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}
