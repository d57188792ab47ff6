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

/** Creates an account through the sign-up form and confirms it from the dev outbox. */
export async function signUpVerified(page: Page, account: { name: string; email: string; password: string }) {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(account.name);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await page.goto("/dev/outbox");
  await page.getByRole("listitem").filter({ hasText: account.email }).first().getByRole("link", { name: /verify-email/ }).click();
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page.getByRole("heading", { name: "Email confirmed" })).toBeVisible();
}
