import { expect, test, type Page } from "@playwright/test";
import { DEMO } from "./support/sign-in";

// The fake Google (tests/fakes/google) runs beside the app; see playwright.config.ts.
const googleUrl = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 1}`;

async function continueWithGoogle(page: Page, account: { email: string; name?: string; verified?: boolean; cancel?: boolean }) {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Continue with Google" }).click();
  await expect(page.getByRole("heading", { name: "Choose an account" })).toBeVisible();
  await page.getByLabel("Email", { exact: true }).fill(account.email);
  if (account.name) await page.getByLabel("Name", { exact: true }).fill(account.name);
  if (account.verified === false) await page.getByLabel("Email verified").uncheck();
  await page.getByRole("button", { name: account.cancel ? "Cancel" : "Continue" }).click();
}

async function signOut(page: Page) {
  await page.context().clearCookies({ name: /authjs/ });
}

test("a new agent signs up with Google, asking only for openid email profile, with state and PKCE", async ({ page, request }) => {
  const email = `gina-${Date.now()}@gmail.example`;
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto("/sign-in");
  await page.screenshot({ path: "tests/e2e/screenshots/sign-in-with-google-phone.png", fullPage: true });
  await continueWithGoogle(page, { email, name: "Gina Google" });
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await page.goto("/settings/profile");
  await expect(page.getByLabel("Name")).toHaveValue("Gina Google");

  const log = (await (await request.get(`${googleUrl}/__requests`)).json()) as { path: string; query: Record<string, string>; body: Record<string, string> }[];
  const authorize = log.filter((r) => r.path === "/o/oauth2/v2/auth").at(-1)!;
  expect((authorize.query.scope ?? "").split(" ").sort()).toEqual(["email", "openid", "profile"]);
  expect(authorize.query.code_challenge_method).toBe("S256");
  expect(authorize.query.state).toBeTruthy();
  expect(authorize.query.redirect_uri).toMatch(/\/api\/auth\/callback\/google$/);
  const exchange = log.filter((r) => r.path === "/token").at(-1)!;
  expect(exchange.body.code_verifier).toBeTruthy();

  // Signing in again finds the same account.
  await signOut(page);
  await continueWithGoogle(page, { email });
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/settings/profile");
  await expect(page.getByLabel("Name")).toHaveValue("Gina Google");
});

test("Google with the address of an existing confirmed account signs into that account", async ({ page }) => {
  await continueWithGoogle(page, { email: DEMO.email });
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/settings/profile");
  await expect(page.getByText(`You sign in with ${DEMO.email}`)).toBeVisible();
});

test("an address Google has not verified, or a cancelled consent, gets a clear message and no session", async ({ page }) => {
  await continueWithGoogle(page, { email: `unverified-${Date.now()}@gmail.example`, verified: false });
  await expect(page.getByText("Google hasn't verified that email address")).toBeVisible();
  await continueWithGoogle(page, { email: "whoever@gmail.example", cancel: true });
  await expect(page.getByText("Google sign-in was cancelled")).toBeVisible();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("a forged callback (no state cookie, made-up code) is refused", async ({ page }) => {
  await page.goto("/api/auth/callback/google?code=4%2Fforged&state=forged-state");
  await expect(page).toHaveURL(/\/sign-in\?error=/);
  await expect(page.getByText("Sign-in didn't complete")).toBeVisible();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in$/);
});
