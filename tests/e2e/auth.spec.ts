import { expect, test } from "@playwright/test";
import { signIn, signUpVerified } from "./support/sign-in";

test("sign up, confirm the email from the dev outbox, sign in, sign out", async ({ page }) => {
  const email = `new-agent-${Date.now()}@example.com`;
  const password = "a comfy porch swing";
  await page.setViewportSize({ width: 375, height: 812 });

  await page.goto("/sign-up");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter your name.")).toBeVisible();
  await page.screenshot({ path: "tests/e2e/screenshots/sign-up-errors-phone.png", fullPage: true });

  await page.getByLabel("Your name").fill("Riley Agent");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("1234567890");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("That password is too common")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(email); // nothing typed is lost

  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();

  // Not verified yet: sign-in explains what to do.
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Confirm your email address first")).toBeVisible();

  await page.goto("/dev/outbox");
  const message = page.getByRole("listitem").filter({ hasText: email }).first();
  await expect(message).toContainText("Confirm your email");
  await message.getByRole("link", { name: /verify-email/ }).click();
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page.getByRole("heading", { name: "Email confirmed" })).toBeVisible();
  await page.getByRole("link", { name: "Continue to sign in" }).click();

  await signIn(page, { email, password });
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await page.getByRole("button", { name: "Open menu" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("signed-out visitors are sent to sign-in, even with a forged middleware header", async ({ page }) => {
  for (const path of ["/dashboard", "/contacts", "/settings"]) {
    await page.setExtraHTTPHeaders({ "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" });
    await page.goto(path);
    await expect(page).toHaveURL(/\/sign-in$/);
  }
});

test("sign out everywhere ends a session copied to another browser", async ({ page, browser }) => {
  await signIn(page);
  const stolen = await page.context().cookies();
  const other = await browser.newContext();
  await other.addCookies(stolen);
  const otherPage = await other.newPage();
  await otherPage.goto("/dashboard");
  await expect(otherPage.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=everywhere$/);

  await otherPage.goto("/dashboard");
  await expect(otherPage).toHaveURL(/\/sign-in$/);
  await other.close();
});

test("after sign-out, a copy of the old session cookie no longer works", async ({ page, browser }) => {
  await signIn(page);
  const copied = await page.context().cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);

  const replay = await browser.newContext();
  await replay.addCookies(copied);
  const replayPage = await replay.newPage();
  await replayPage.goto("/dashboard");
  await expect(replayPage).toHaveURL(/\/sign-in$/);
  await replay.close();
});

test("signing in from a second browser emails a new-device alert", async ({ page, browser }) => {
  const email = `devices-${Date.now()}@example.com`;
  const password = "two browsers one agent";
  await signUpVerified(page, { name: "Dee Vice", email, password });

  await signIn(page, { email, password }); // first browser: expected, no alert
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, { email, password });
  await other.close();

  await page.goto("/dev/outbox");
  const alerts = page.getByRole("listitem").filter({ hasText: email }).filter({ hasText: "New sign-in to your Agent Lead Tracker account" });
  await expect(alerts).toHaveCount(1);
});
