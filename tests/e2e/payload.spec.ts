// Payload minimisation: fetch every page as HTML and as a React Server Components payload and
// grep for values that must never leave the server (a password hash) or reach another tenant.
import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO, signIn } from "./support/sign-in";

const PAGES = ["/", "/sign-in", "/sign-up", "/dashboard", "/contacts", "/properties", "/appointments", "/tasks", "/inbox", "/settings/profile", "/admin", "/dev/outbox"];

async function everything(request: APIRequestContext): Promise<string> {
  const bodies = await Promise.all(
    PAGES.flatMap((path) => [
      request.get(path).then((r) => r.text()),
      request.get(path, { headers: { RSC: "1" } }).then((r) => r.text()),
    ]),
  );
  const session = await request.get("/api/auth/session").then((r) => r.text());
  return [...bodies, session].join("\n");
}

const sentinels = () => JSON.parse(readFileSync("test-results/e2e-sentinels.json", "utf8")) as { passwordHash: string; contact: string };

test("no page or payload ever contains a password hash", async ({ page }) => {
  const { passwordHash } = sentinels();
  await signIn(page, DEMO);
  const seen = await everything(page.request);
  expect(seen).toContain("Dana Demo"); // the fetches really were signed in
  expect(seen).not.toContain(passwordHash);
  expect(seen).not.toContain(passwordHash.split("$").at(-1)!);
  expect(seen).not.toContain("passwordHash");
});

test("another account never sees the demo agent's data", async ({ page }) => {
  const { contact } = sentinels();
  await signIn(page, { email: "staff@agentleadtracker.test", password: "staff-password-2026" });
  const seen = await everything(page.request);
  expect(seen).toContain("Sam Staff");
  expect(seen).not.toContain(contact);
  expect(seen).not.toContain("demo@agentleadtracker.test");
});
