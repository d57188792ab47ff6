// Payload minimisation: fetch every page as HTML and as a React Server Components payload and
// grep for values that must never leave the server (a password hash) or reach another tenant.
import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO, signIn } from "./support/sign-in";

const PAGES = ["/", "/sign-in", "/sign-up", "/dashboard", "/contacts", "/properties", "/appointments", "/tasks", "/inbox", "/settings/profile", "/admin"];
// The development outbox (LOCAL_MODE only) deliberately shows every email the server "sent",
// so it is checked for secrets but not for cross-account data.
const DEV_PAGES = ["/dev/outbox"];

async function everything(request: APIRequestContext, paths = PAGES): Promise<string> {
  const bodies = await Promise.all(
    paths.flatMap((path) => [
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
  const seen = await everything(page.request, [...PAGES, ...DEV_PAGES]);
  expect(seen).toContain("Dana Demo"); // the fetches really were signed in
  expect(seen.includes(passwordHash), "the full hash").toBe(false);
  expect(seen.includes(passwordHash.split("$").at(-1)!), "the hash part").toBe(false);
  expect(seen.includes("passwordHash"), "the field name").toBe(false);
});

test("another account never sees the demo agent's data", async ({ page }) => {
  const { contact } = sentinels();
  await signIn(page, { email: "staff@agentleadtracker.test", password: "staff-password-2026" });
  const seen = await everything(page.request);
  expect(seen).toContain("Sam Staff");
  expect(seen.includes(contact), "the demo agent's contact").toBe(false);
  expect(seen.includes("demo@agentleadtracker.test"), "the demo agent's email").toBe(false);
});
