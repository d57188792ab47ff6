import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

const fakeGoogle = "http://127.0.0.1:3101";
interface Recorded { method: string; path: string; query: Record<string, string>; json?: { extendedProperties?: { private?: Record<string, string> } } }
const recorded = async (): Promise<Recorded[]> => (await (await fetch(`${fakeGoogle}/__requests`)).json()) as Recorded[];

test("an agent connects Google Calendar, a new appointment appears there, and disconnecting forgets the access", async ({ page }) => {
  await signIn(page);
  await page.goto("/settings/calendar");
  await expect(page.getByText("ALT never lists or reads events it didn't create")).toBeVisible();
  await page.getByRole("button", { name: "Connect Google Calendar" }).click();

  // Google's consent screen (the local stand-in) shows exactly one scope.
  await expect(page.getByRole("heading", { name: "Choose an account" })).toBeVisible();
  await expect(page.getByText("scopes: https://www.googleapis.com/auth/calendar.events)")).toBeVisible();
  await page.getByLabel("Email", { exact: true }).fill("demo.agent@gmail.test");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/settings\/calendar\?connected=1$/);
  await expect(page.getByText("Google Calendar is connected.")).toBeVisible();
  await page.screenshot({ path: "tests/e2e/screenshots/calendar-sync-1280.png", fullPage: true });
  const auth = (await recorded()).filter((r) => r.path === "/o/oauth2/v2/auth").at(-1)!;
  expect(auth.query).toMatchObject({ scope: "https://www.googleapis.com/auth/calendar.events", access_type: "offline", prompt: "consent", code_challenge_method: "S256" });

  // A new appointment is copied by the background job, and says so.
  await page.goto("/appointments/new?date=2027-04-14");
  await page.getByLabel("Title").fill("Listing appointment, 8 Elm");
  await page.getByLabel("Starts").fill("09:00");
  await page.getByLabel("Ends").fill("10:00");
  await page.getByRole("button", { name: "Save appointment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Listing appointment, 8 Elm" })).toBeVisible();
  const appointmentId = page.url().split("/").pop()!;
  await expect(async () => {
    await page.reload();
    await expect(page.getByText("Synced", { exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  const inserts = (await recorded()).filter((r) => r.method === "POST" && r.path === "/calendar/v3/calendars/primary/events");
  expect(inserts.filter((r) => r.json?.extendedProperties?.private?.crmAppointmentId === appointmentId)).toHaveLength(1);
  expect((await recorded()).filter((r) => r.path.startsWith("/calendar/") && r.method === "GET")).toEqual([]);

  // Disconnect: the grant is revoked at Google and the page goes back to "connect".
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto("/settings/calendar");
  const revokesBefore = (await recorded()).filter((r) => r.path === "/revoke").length;
  await page.getByRole("button", { name: "Disconnect" }).click();
  await expect(page.getByText("Disconnected. ALT deleted its access to your calendar and handed it back to Google.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Connect Google Calendar" })).toBeVisible();
  await page.screenshot({ path: "tests/e2e/screenshots/calendar-sync-375.png", fullPage: true });
  expect((await recorded()).filter((r) => r.path === "/revoke").length).toBe(revokesBefore + 1);
});

test("leaving the calendar permission unticked connects nothing and says why", async ({ page }) => {
  await signIn(page);
  await page.goto("/settings/calendar");
  await page.getByRole("button", { name: "Connect Google Calendar" }).click();
  await page.getByLabel("Email", { exact: true }).fill("demo.agent@gmail.test");
  await page.getByLabel(/Untick/).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("the permission to manage calendar events was not ticked")).toBeVisible();
  await expect(page.getByRole("button", { name: "Connect Google Calendar" })).toBeVisible();
  // A forged callback with a made-up state is refused.
  await page.goto("/api/integrations/google/callback?state=forged&code=4/made-up");
  await expect(page.getByText("That connection attempt has expired or was already used.")).toBeVisible();
});
