// Google Calendar sync against a local fake Google (OAuth, tokens, Calendar API), with the real
// google-auth-library and @googleapis/calendar clients and the real job queue.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeGoogle, type FakeGoogle } from "../fakes/google/fake-google";
import { installTestDatabase } from "../support/db";

const CLIENT = { id: "cal-client.apps.googleusercontent.com", secret: "cal-secret" };
const google: FakeGoogle = await startFakeGoogle({ clientId: CLIENT.id, clientSecret: CLIENT.secret });
Object.assign(process.env, { GOOGLE_CLIENT_ID: CLIENT.id, GOOGLE_CLIENT_SECRET: CLIENT.secret, GOOGLE_API_BASE_URL: google.url, APP_URL: "http://localhost:3100" });

const { CALENDAR_SCOPE } = await import("@/lib/integrations/google-calendar/google-client");
const { startConnect, finishConnect } = await import("@/lib/integrations/google-calendar/connect");
const { getCalendarStatus, disconnectCalendar } = await import("@/lib/integrations/google-calendar/connection");
const { pushAppointment, RetryablePushError } = await import("@/lib/integrations/google-calendar/push");
const { eventIdFor } = await import("@/lib/integrations/google-calendar/event-id");
const { countUnsyncedUpcoming, queueUpcomingPushes, retryFailedPushes } = await import("@/lib/integrations/google-calendar/queue-pushes");
const { createAppointment, updateAppointment, deleteAppointment } = await import("@/lib/crm/appointments/appointments");
const { startWorker } = await import("@/lib/jobs/worker");
const { stopQueue } = await import("@/lib/jobs/queue");

const db = await installTestDatabase();

// Everything the code under test logs, to prove no token ever reaches a log line.
const logged: string[] = [];
for (const method of ["log", "info", "warn", "error", "debug"] as const) {
  const original = console[method].bind(console);
  console[method] = (...args: unknown[]) => {
    logged.push(args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : typeof a === "string" ? a : JSON.stringify(a))).join(" "));
    original(...args);
  };
}
afterAll(async () => {
  await stopQueue();
  await google.close();
});

const calendarRequests = () => google.requests.filter((r) => r.path.startsWith("/calendar/"));
async function agent(email: string) {
  return (await db.prisma.user.create({ data: { name: email.split("@")[0]!, email, timeZone: "America/Chicago", emailVerifiedAt: new Date() } })).id;
}
async function connect(userId: string, email: string, choice: { calendarAccess?: boolean; decision?: "allow" | "deny" } = {}) {
  const authUrl = await startConnect(userId);
  const back = await google.authorize(authUrl, { email, ...choice });
  return { authUrl: new URL(authUrl), back, result: await finishConnect(userId, { state: back.searchParams.get("state"), code: back.searchParams.get("code"), error: back.searchParams.get("error") }) };
}
const values = (over: Record<string, unknown> = {}) => ({
  title: "Showing at 12 Oak", type: "SHOWING", date: "2026-12-03", startTime: "10:00", endTime: "11:00", location: "12 Oak St", notes: "", propertyId: "", contactIds: [] as string[], reminder: "", ...over,
});
async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 15_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("connecting Google Calendar", () => {
  it("asks for exactly the calendar.events scope, offline, with consent, PKCE S256 and a state", async () => {
    const a = await agent("conn-a@example.com");
    const { authUrl, result } = await connect(a, "conn-a@gmail.test");
    expect(authUrl.searchParams.get("scope")).toBe(CALENDAR_SCOPE);
    expect(authUrl.searchParams.get("access_type")).toBe("offline");
    expect(authUrl.searchParams.get("prompt")).toBe("consent");
    expect(authUrl.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authUrl.searchParams.get("state")).toMatch(/^[\w-]{40,}$/);
    expect(result).toEqual({ ok: true });
    expect(await getCalendarStatus(a)).toMatchObject({ state: "connected" });
    const token = google.requests.filter((r) => r.path === "/token").at(-1)!;
    expect(token.body.code_verifier).toMatch(/^[\w.~-]{43,128}$/);
  });

  it("stores only sealed tokens: no token in plain text in any column", async () => {
    const b = await agent("conn-b@example.com");
    await connect(b, "conn-b@gmail.test");
    const row = await db.prisma.calendarConnection.findUniqueOrThrow({ where: { userId: b } });
    expect(row.refreshToken).toMatch(/^v1\.dev\./);
    expect(row.accessToken).toMatch(/^v1\.dev\./);
    const dump = JSON.stringify(await db.prisma.$queryRaw`SELECT * FROM "CalendarConnection"`) + JSON.stringify(await db.prisma.$queryRaw`SELECT * FROM "OAuthState"`);
    expect(dump).not.toMatch(/ya29\.|1\/\/cal-/);
  });

  it("refuses a missing, reused, foreign or expired state, and a denied or scope-less grant", async () => {
    const c = await agent("conn-c@example.com");
    const d = await agent("conn-d@example.com");
    expect(await finishConnect(c, { state: null, code: "x" })).toMatchObject({ ok: false });
    // Foreign: D's state in C's session.
    const dUrl = await startConnect(d);
    const dBack = await google.authorize(dUrl, { email: "d@gmail.test" });
    expect(await finishConnect(c, { state: dBack.searchParams.get("state"), code: dBack.searchParams.get("code") })).toMatchObject({ ok: false, error: expect.stringContaining("expired or was already used") });
    // Reused: the first use succeeds, the second is refused.
    const cUrl = await startConnect(c);
    const cBack = await google.authorize(cUrl, { email: "c@gmail.test" });
    const params = { state: cBack.searchParams.get("state"), code: cBack.searchParams.get("code") };
    expect(await finishConnect(c, params)).toEqual({ ok: true });
    expect(await finishConnect(c, params)).toMatchObject({ ok: false });
    // Denied, and granted without the calendar box ticked: nothing stored.
    const e = await agent("conn-e@example.com");
    expect((await connect(e, "e@gmail.test", { decision: "deny" })).result).toMatchObject({ ok: false, error: expect.stringContaining("not granted") });
    const partial = await connect(e, "e@gmail.test", { calendarAccess: false });
    expect(partial.result).toMatchObject({ ok: false, error: expect.stringContaining("calendar events") });
    expect(await db.prisma.calendarConnection.count({ where: { userId: e } })).toBe(0);
    expect(await getCalendarStatus(e)).toEqual({ state: "not-connected" });
    // …and the token Google issued for the partial grant was handed back.
    expect(google.requests.some((r) => r.path === "/revoke")).toBe(true);
  });
});

describe("pushing appointments", () => {
  let f = "";
  beforeAll(async () => {
    f = await agent("push-f@example.com");
    await connect(f, "push-f@gmail.test");
  });
  const fEvents = () => google.calendar.events.get("push-f@gmail.test") ?? new Map();

  it("creates, changes and deletes exactly one event, marked with the appointment ID", async () => {
    const before = calendarRequests().length;
    const saved = await createAppointment(f, values());
    if (!saved.ok) throw new Error("not saved");
    expect(await pushAppointment(f, saved.id)).toBe("synced");
    const event = fEvents().get(eventIdFor(saved.id))!;
    expect(event).toMatchObject({ summary: "Showing at 12 Oak", location: "12 Oak St", extendedProperties: { private: { crmAppointmentId: saved.id } } });
    expect(event.start?.timeZone).toBe("America/Chicago");
    expect(await db.prisma.appointment.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({ syncStatus: "SYNCED", googleEtag: event.etag });

    await updateAppointment(f, saved.id, values({ title: "Showing moved", startTime: "14:00", endTime: "15:00" }));
    expect(await pushAppointment(f, saved.id)).toBe("synced");
    expect(fEvents().get(eventIdFor(saved.id))!.summary).toBe("Showing moved");

    await deleteAppointment(f, saved.id);
    expect(await pushAppointment(f, saved.id)).toBe("deleted");
    expect(fEvents().has(eventIdFor(saved.id))).toBe(false);
    expect(await pushAppointment(f, saved.id)).toBe("deleted"); // 410 counts as done
    const methods = calendarRequests().slice(before).map((r) => r.method);
    expect(methods).toEqual(["POST", "PATCH", "DELETE", "DELETE"]);
  });

  it("ends with one event after a crash between Google's insert and our record (409 → patch)", async () => {
    const saved = await createAppointment(f, values({ title: "Crash test" }));
    if (!saved.ok) throw new Error("not saved");
    expect(await pushAppointment(f, saved.id)).toBe("synced");
    // Simulate the crash: Google has the event, our row never heard back.
    await db.prisma.appointment.update({ where: { id: saved.id }, data: { googleEtag: null, syncStatus: "PENDING" } });
    expect(await pushAppointment(f, saved.id)).toBe("synced");
    expect([...fEvents().values()].filter((e) => e.extendedProperties?.private?.crmAppointmentId === saved.id)).toHaveLength(1);
  });

  it("retries rate limits and Google's 5xx, then succeeds with one event; a last failed attempt is shown as failed", async () => {
    const saved = await createAppointment(f, values({ title: "Flaky" }));
    if (!saved.ok) throw new Error("not saved");
    google.calendar.failNext({ status: 500 });
    await expect(pushAppointment(f, saved.id)).rejects.toBeInstanceOf(RetryablePushError);
    google.calendar.failNext({ status: 403, reason: "rateLimitExceeded" });
    await expect(pushAppointment(f, saved.id)).rejects.toBeInstanceOf(RetryablePushError);
    expect((await db.prisma.appointment.findUniqueOrThrow({ where: { id: saved.id } })).syncStatus).toBe("PENDING");
    expect(await pushAppointment(f, saved.id)).toBe("synced");
    expect([...fEvents().values()].filter((e) => e.summary === "Flaky")).toHaveLength(1);

    const doomed = await createAppointment(f, values({ title: "Doomed" }));
    if (!doomed.ok) throw new Error("not saved");
    google.calendar.failNext({ status: 503 });
    expect(await pushAppointment(f, doomed.id, true)).toBe("failed");
    expect(await getCalendarStatus(f)).toMatchObject({ state: "connected", failed: 1 });
    // A 400 is not retried.
    google.calendar.failNext({ status: 400 });
    expect(await pushAppointment(f, doomed.id)).toBe("failed");
  });

  it("does not overwrite an event the agent changed in Google (If-Match → 412)", async () => {
    const saved = await createAppointment(f, values({ title: "Mine" }));
    if (!saved.ok) throw new Error("not saved");
    await pushAppointment(f, saved.id);
    const event = fEvents().get(eventIdFor(saved.id))!;
    fEvents().set(event.id, { ...event, summary: "Edited in Google", etag: '"changed"' });
    await updateAppointment(f, saved.id, values({ title: "Mine, edited in ALT" }));
    expect(await pushAppointment(f, saved.id)).toBe("conflict");
    expect(fEvents().get(event.id)!.summary).toBe("Edited in Google");
  });

  it("refreshes an expired access token in one place and stores the new one sealed", async () => {
    const before = (await db.prisma.calendarConnection.findUniqueOrThrow({ where: { userId: f } })).accessToken;
    google.calendar.expireAccessTokens();
    await db.prisma.calendarConnection.update({ where: { userId: f }, data: { accessTokenExpiresAt: new Date(Date.now() - 1000) } });
    const saved = await createAppointment(f, values({ title: "After refresh" }));
    if (!saved.ok) throw new Error("not saved");
    expect(await pushAppointment(f, saved.id)).toBe("synced");
    const after = (await db.prisma.calendarConnection.findUniqueOrThrow({ where: { userId: f } })).accessToken;
    expect(after).not.toBe(before);
    expect(after).toMatch(/^v1\./);
    expect(google.requests.some((r) => r.path === "/token" && r.body.grant_type === "refresh_token")).toBe(true);
  });

  it("never lists or reads events, and never touches a calendar other than primary", () => {
    for (const r of calendarRequests()) {
      expect(r.path).toMatch(/^\/calendar\/v3\/calendars\/primary\/events/);
      expect(r.method).not.toBe("GET");
    }
  });
});

describe("losing and ending access", () => {
  it("invalid_grant: tokens deleted, connection marked, pending appointments shown as not copied", async () => {
    const g = await agent("grant-g@example.com");
    await connect(g, "grant-g@gmail.test");
    const saved = await createAppointment(g, values({ title: "Before revoke" }));
    if (!saved.ok) throw new Error("not saved");
    google.calendar.revokeAccount("grant-g@gmail.test");
    await db.prisma.calendarConnection.update({ where: { userId: g }, data: { accessTokenExpiresAt: new Date(Date.now() - 1000) } });
    expect(await pushAppointment(g, saved.id)).toBe("access-lost");
    const row = await db.prisma.calendarConnection.findUniqueOrThrow({ where: { userId: g } });
    expect(row).toMatchObject({ status: "NEEDS_RECONNECT", accessToken: null, refreshToken: null });
    expect(await getCalendarStatus(g)).toMatchObject({ state: "needs-reconnect", problem: expect.stringContaining("Reconnect") });
    expect((await db.prisma.appointment.findUniqueOrThrow({ where: { id: saved.id } })).syncStatus).toBe("FAILED");
    // No more pushes are queued for a broken connection.
    await updateAppointment(g, saved.id, values({ title: "After revoke" }));
    expect(await pushAppointment(g, saved.id)).toBe("not-connected");
  });

  it("disconnect revokes at Google and leaves no token row; account deletion leaves none either", async () => {
    const h = await agent("disc-h@example.com");
    await connect(h, "disc-h@gmail.test");
    const revokesBefore = google.requests.filter((r) => r.path === "/revoke").length;
    expect(await disconnectCalendar(h)).toEqual({ revoked: true });
    expect(google.requests.filter((r) => r.path === "/revoke").length).toBe(revokesBefore + 1);
    expect(await db.prisma.$queryRaw`SELECT * FROM "CalendarConnection" WHERE "userId" = ${h}`).toEqual([]);
    expect(await getCalendarStatus(h)).toEqual({ state: "not-connected" });

    const i = await agent("del-i@example.com");
    await connect(i, "del-i@gmail.test");
    await db.prisma.user.delete({ where: { id: i } });
    expect(await db.prisma.$queryRaw`SELECT * FROM "CalendarConnection" WHERE "userId" = ${i}`).toEqual([]);
  });

  it("keeps agents apart: B's appointments never reach A's calendar", async () => {
    const a = await agent("iso-a@example.com");
    const b = await agent("iso-b@example.com");
    await connect(a, "iso-a@gmail.test");
    await connect(b, "iso-b@gmail.test");
    const bAppointment = await createAppointment(b, values({ title: "B's private showing" }));
    if (!bAppointment.ok) throw new Error("not saved");
    expect(await pushAppointment(a, bAppointment.id)).toBe("deleted"); // not A's: as if it didn't exist
    expect(await pushAppointment(b, bAppointment.id)).toBe("synced");
    expect([...(google.calendar.events.get("iso-a@gmail.test")?.values() ?? [])]).toEqual([]);
    expect([...google.calendar.events.get("iso-b@gmail.test")!.values()].map((e) => e.summary)).toEqual(["B's private showing"]);
  });
});

describe("pushes the agent asks for", () => {
  it("copies upcoming appointments made before connecting, and retries failed ones", async () => {
    const m = await agent("bulk-m@example.com");
    const past = await createAppointment(m, values({ title: "Last year", date: "2025-01-10" }));
    const upcoming = await createAppointment(m, values({ title: "Next month", date: "2027-02-10" }));
    if (!past.ok || !upcoming.ok) throw new Error("not saved");
    expect(await queueUpcomingPushes(m)).toBe(0); // not connected: nothing to do
    await connect(m, "bulk-m@gmail.test");
    expect(await countUnsyncedUpcoming(m)).toBe(1);
    expect(await queueUpcomingPushes(m)).toBe(1);
    expect((await db.prisma.appointment.findUniqueOrThrow({ where: { id: upcoming.id } })).syncStatus).toBe("PENDING");
    expect((await db.prisma.appointment.findUniqueOrThrow({ where: { id: past.id } })).syncStatus).toBe("NOT_SYNCED");
    google.calendar.failNext({ status: 400 });
    expect(await pushAppointment(m, upcoming.id)).toBe("failed");
    expect(await retryFailedPushes(m)).toBe(1);
    expect(await pushAppointment(m, upcoming.id)).toBe("synced");
    expect(await getCalendarStatus(m)).toMatchObject({ state: "connected", failed: 0 });
  });
});

describe("through the job queue", () => {
  it("queues the push in the appointment's transaction and coalesces ten quick edits into one write", async () => {
    const j = await agent("queue-j@example.com");
    await connect(j, "queue-j@gmail.test");
    await startWorker();
    const saved = await createAppointment(j, values({ title: "Edit 0" }));
    if (!saved.ok) throw new Error("not saved");
    const jobs = await db.prisma.$queryRaw<{ data: Record<string, unknown> }[]>`SELECT data FROM pgboss.job WHERE name = 'calendar-push' AND singleton_key = ${saved.id}`;
    expect(jobs.map((x) => Object.keys(x.data).sort())).toEqual([["appointmentId", "userId"]]);
    const before = calendarRequests().length;
    for (let n = 1; n <= 10; n++) await updateAppointment(j, saved.id, values({ title: `Edit ${n}` }));
    const row = await waitFor(() => db.prisma.appointment.findUniqueOrThrow({ where: { id: saved.id } }), (a) => a.syncStatus === "SYNCED");
    expect(row.syncStatus).toBe("SYNCED");
    expect(google.calendar.events.get("queue-j@gmail.test")!.get(eventIdFor(saved.id))!.summary).toBe("Edit 10");
    // The worker also drains pushes queued by earlier tests; count only this event's writes.
    const id = eventIdFor(saved.id);
    const writes = calendarRequests().slice(before).filter((r) => r.path.endsWith(`/${id}`) || (r.json as { id?: string } | undefined)?.id === id);
    expect(writes.length).toBeLessThanOrEqual(2);
  }, 30_000);

  it("an aborted transaction queues nothing", async () => {
    const k = await agent("queue-k@example.com");
    await connect(k, "queue-k@gmail.test");
    const result = await createAppointment(k, values({ title: "", date: "not a date" }));
    expect(result.ok).toBe(false);
    expect(await db.prisma.$queryRaw<unknown[]>`SELECT 1 FROM pgboss.job WHERE name = 'calendar-push' AND data->>'userId' = ${k}`).toEqual([]);
  });
});

describe("what leaves the database", () => {
  it("never logs a token, and job payloads carry IDs only", async () => {
    expect(logged.join("\n")).not.toMatch(/ya29\.|1\/\/cal-|4\/fake-/);
    const payloads = await db.prisma.$queryRaw<{ data: unknown }[]>`SELECT data FROM pgboss.job WHERE name = 'calendar-push'`;
    expect(payloads.length).toBeGreaterThan(0);
    expect(JSON.stringify(payloads)).not.toMatch(/ya29\.|1\/\/cal-|v1\./);
    for (const p of payloads) expect(Object.keys(p.data as object).sort()).toEqual(["appointmentId", "userId"]);
  });
});
