// Sign-up, email verification tokens and credential checks against a real database, with email
// going to the dev outbox (no provider key in tests).
import { describe, expect, it } from "vitest";
import { signUp, verifyEmail } from "@/lib/auth/sign-up";
import { consumeToken, issueToken } from "@/lib/auth/tokens";
import { CredentialsError, endAllSessions, currentSessionVersion, verifyCredentials } from "@/lib/auth/verify-credentials";
import type { RequestSession } from "@/lib/auth/session-reads";
import { installTestDatabase } from "../support/db";

const db = await installTestDatabase();
let ipCounter = 0;
const freshIp = () => `203.0.113.${++ipCounter}`;

const lastLinkTo = async (email: string) => {
  const mail = await db.prisma.devOutboxEmail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
  return { mail, token: /token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] };
};

async function verifiedAgent(email: string, password = "a long enough password") {
  await signUp({ name: "Test Agent", email, password }, freshIp());
  const { token } = await lastLinkTo(email);
  expect(await verifyEmail(token!)).toBe(true);
  return { email, password };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (e instanceof CredentialsError ? e.reason : e),
  );

describe("sign-up", () => {
  it("normalises the email, stores a salted hash, and emails a verification link", async () => {
    const result = await signUp({ name: "  Casey Jones ", email: "  Casey@Example.COM ", password: "correct horse battery" }, freshIp());
    expect(result).toEqual({ ok: true, email: "casey@example.com" });
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: "casey@example.com" } });
    expect(user.name).toBe("Casey Jones");
    expect(user.passwordHash).toMatch(/^scrypt\$/);
    expect(user.passwordHash).not.toContain("correct horse battery");
    expect(user.emailVerifiedAt).toBeNull();
    const { mail, token } = await lastLinkTo("casey@example.com");
    expect(mail.subject).toContain("Confirm your email");
    expect(token).toBeDefined();
    // Only a hash of the token is stored.
    const stored = await db.prisma.authToken.findFirstOrThrow({ where: { ownerId: user.id } });
    expect(stored.tokenHash).not.toBe(token);
  });

  it("answers a taken email exactly like a new one, and tells the owner instead", async () => {
    await signUp({ name: "First", email: "taken@example.com", password: "first password here" }, freshIp());
    const again = await signUp({ name: "Second", email: "TAKEN@example.com", password: "another password" }, freshIp());
    expect(again).toEqual({ ok: true, email: "taken@example.com" });
    expect(await db.prisma.user.count({ where: { email: "taken@example.com" } })).toBe(1);
    const { mail } = await lastLinkTo("taken@example.com");
    expect(mail.subject).toBe("You already have an Agent Lead Tracker account");
  });

  it("rejects bad input field by field and stores nothing", async () => {
    const before = await db.prisma.user.count();
    const cases = [
      [{ name: "", email: "x@example.com", password: "long enough pass" }, "name"],
      [{ name: "A", email: "not-an-email", password: "long enough pass" }, "email"],
      [{ name: "A", email: "a@example.com", password: "short" }, "password"],
      [{ name: "A", email: "a@example.com", password: "qwertyuiop" }, "password"],
      [{ name: "x".repeat(10_000), email: "a@example.com", password: "long enough pass" }, "name"],
      [{ name: "A", email: `${"a".repeat(10_000)}@example.com`, password: "long enough pass" }, "email"],
      [{ name: "A\u0000B", email: "a@example.com", password: "long enough pass" }, "name"],
      [{ name: "A", email: "a@example.com", password: "x".repeat(10_000) }, "password"],
    ] as const;
    for (const [input, field] of cases) {
      const result = await signUp(input, freshIp());
      expect(result.ok, JSON.stringify(input).slice(0, 80)).toBe(false);
      if (!result.ok) expect(result.errors[field]).toBeTruthy();
    }
    // Unicode and markup are just text in a name.
    const ok = await signUp({ name: "Zoë <b>O'Brien</b> 🏡 '; DROP TABLE \"User\"; --", email: "zoe@example.com", password: "long enough pass" }, freshIp());
    expect(ok.ok).toBe(true);
    const zoe = await db.prisma.user.findUniqueOrThrow({ where: { email: "zoe@example.com" } });
    expect(zoe.name).toBe("Zoë <b>O'Brien</b> 🏡 '; DROP TABLE \"User\"; --");
    expect(await db.prisma.user.count()).toBe(before + 1);
  });
});

describe("email tokens", () => {
  it("are single-use", async () => {
    await signUp({ name: "Once", email: "once@example.com", password: "long enough pass" }, freshIp());
    const { token } = await lastLinkTo("once@example.com");
    expect(await verifyEmail(token!)).toBe(true);
    expect(await verifyEmail(token!)).toBe(false);
  });

  it("refuse expired, tampered and wrong-purpose tokens", async () => {
    const user = await db.prisma.user.create({ data: { name: "T", email: "tokens@example.com" } });
    const now = new Date("2026-11-22T10:00:00Z");
    const expiring = await issueToken(user.id, "RESET_PASSWORD", { now });
    expect(await consumeToken(expiring, "RESET_PASSWORD", { now: new Date(now.getTime() + 61 * 60_000) })).toBeNull();

    const good = await issueToken(user.id, "VERIFY_EMAIL", { now });
    const tampered = good.slice(0, -1) + (good.endsWith("A") ? "B" : "A");
    expect(await consumeToken(tampered, "VERIFY_EMAIL", { now })).toBeNull();
    expect(await consumeToken("../../etc/passwd", "VERIFY_EMAIL", { now })).toBeNull();
    expect(await consumeToken(good, "RESET_PASSWORD", { now })).toBeNull();
    expect(await consumeToken(good, "VERIFY_EMAIL", { now })).toEqual({ ownerId: user.id, email: null });
  });
});

describe("credentials", () => {
  it("accept the right password for a verified account and refuse an unverified one", async () => {
    const agent = await verifiedAgent("verified@example.com");
    const user = await verifyCredentials({ email: " VERIFIED@example.com", password: agent.password }, freshIp());
    expect(user).toMatchObject({ email: "verified@example.com", role: "AGENT" });
    expect(user).not.toHaveProperty("passwordHash");

    await signUp({ name: "U", email: "unverified@example.com", password: "a long enough password" }, freshIp());
    expect(await failure(verifyCredentials({ email: "unverified@example.com", password: "a long enough password" }, freshIp()))).toBe("unverified");
  });

  it("give the same answer for an unknown email and a wrong password", async () => {
    await verifiedAgent("known@example.com");
    expect(await failure(verifyCredentials({ email: "known@example.com", password: "wrong password!" }, freshIp()))).toBe("invalid");
    expect(await failure(verifyCredentials({ email: "nobody@example.com", password: "wrong password!" }, freshIp()))).toBe("invalid");
    expect(await failure(verifyCredentials({ email: "", password: "" }, freshIp()))).toBe("invalid");
  });

  it("lock the account after 5 failures: the 6th attempt is refused even with the right password", async () => {
    const agent = await verifiedAgent("target@example.com");
    for (let i = 0; i < 5; i++) {
      expect(await failure(verifyCredentials({ email: agent.email, password: `guess-${i}-wrong` }, freshIp()))).toBe("invalid");
    }
    expect(await failure(verifyCredentials({ email: agent.email, password: agent.password }, freshIp()))).toBe("locked");
    // After the lock expires, the right password works again.
    const later = new Date(Date.now() + 16 * 60_000);
    expect(await verifyCredentials({ email: agent.email, password: agent.password }, freshIp(), later)).toMatchObject({ email: agent.email });
  });

  it("limit attempts per IP address across accounts", async () => {
    const ip = "198.51.100.7";
    let locked = 0;
    for (let i = 0; i < 55; i++) {
      const reason = await failure(verifyCredentials({ email: `spray-${i}@example.com`, password: "password-spray" }, ip));
      if (reason === "locked") locked++;
    }
    expect(locked).toBe(5);
  });

  it("end every session with sign-out-everywhere (the session version moves on)", async () => {
    const agent = await verifiedAgent("everywhere@example.com");
    const user = await verifyCredentials(agent, freshIp());
    expect(await currentSessionVersion(user.id)).toBe(user.sessionVersion);
    await endAllSessions(user.id);
    expect(await currentSessionVersion(user.id)).toBe(user.sessionVersion + 1);
    expect(await currentSessionVersion("no-such-user")).toBeNull();
  });
});

describe("session revocation", () => {
  it("refuses a signed-out session, a stale session version and a deleted user; admits the rest", async () => {
    const { revokeSession, liveSessionAccount } = await import("@/lib/auth/verify-credentials");
    const agent = await verifiedAgent("revoked@example.com");
    const user = await verifyCredentials(agent, freshIp());
    expect(await liveSessionAccount(user.id, "sid-1", user.sessionVersion)).toMatchObject({ email: "revoked@example.com", role: "AGENT" });
    await revokeSession("sid-1", user.id, new Date(Date.now() + 60_000));
    await revokeSession("sid-1", user.id, new Date(Date.now() + 60_000)); // signing out twice is fine
    expect(await liveSessionAccount(user.id, "sid-1", user.sessionVersion)).toBeNull();
    expect(await liveSessionAccount(user.id, "sid-2", user.sessionVersion)).not.toBeNull();
    expect(await liveSessionAccount(user.id, "sid-2", user.sessionVersion - 1)).toBeNull();
    expect(await liveSessionAccount("no-such-user", "sid-2", 0)).toBeNull();
  });
});

describe("session check inside the read transaction (search route)", () => {
  it("runs the work as the agent only for a live session, with the same answers as the separate check", async () => {
    const { revokeSession, isLiveSession } = await import("@/lib/auth/verify-credentials");
    const { sql, withSessionReadsDb } = await import("@/lib/db");
    const agent = await verifiedAgent("gated@example.com");
    const user = await verifyCredentials(agent, freshIp());
    const calls: string[] = [];
    const read = async (userId: string, sessionId: string, version: unknown) => {
      const gated = await withSessionReadsDb(userId, sessionId, (state) => isLiveSession(state, version), async (db) => {
        calls.push(sessionId);
        const [row] = await db.query<{ agent: string; who: string }>(sql`SELECT current_setting('app.user_id') AS agent, current_user AS who`);
        return row;
      });
      return gated.admitted ? gated.value : null;
    };

    expect(await read(user.id, "sid-a", user.sessionVersion)).toEqual({ agent: user.id, who: "alt_tenant" });
    await revokeSession("sid-a", user.id, new Date(Date.now() + 60_000));
    expect(await read(user.id, "sid-a", user.sessionVersion)).toBeNull(); // signed out
    expect(await read(user.id, "sid-b", user.sessionVersion - 1)).toBeNull(); // ended everywhere since
    expect(await read("no-such-user", "sid-b", 0)).toBeNull(); // account gone
    // IDs that are not ours are refused before anything is sent, never quoted.
    expect(await read(user.id, "x'; SET ROLE postgres; --", user.sessionVersion)).toBeNull();
    expect(await read("x' OR '1'='1", "sid-b", user.sessionVersion)).toBeNull();
    expect(calls).toEqual(["sid-a"]);
    expect(await read(user.id, "sid-b", user.sessionVersion)).toEqual({ agent: user.id, who: "alt_tenant" });
  });
});


describe("a page's reads carry its session check (signedInReads)", () => {
  const newRequest = (): RequestSession => ({ verdict: null });
  const redirectedTo = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (e: { digest?: string }) => /^NEXT_REDIRECT;[a-z]+;([^;]+);/.exec(e.digest ?? "")?.[1] ?? e,
    );

  it("checks the session in the first read, shares the verdict with the rest of the request, and reads fresh names", async () => {
    const { readsCheckingSession } = await import("@/lib/auth/session-reads");
    const { revokeSession } = await import("@/lib/auth/verify-credentials");
    const { sql } = await import("@/lib/db");
    const agent = await verifiedAgent("page-reads@example.com");
    const user = await verifyCredentials(agent, freshIp());
    await db.prisma.user.update({ where: { id: user.id }, data: { name: "Renamed Agent" } });
    const token = { sub: user.id, sid: "page-sid-1", sv: user.sessionVersion };
    const session = newRequest();
    const reads = readsCheckingSession(session, token);
    const whoAmI = (db: { query<T>(s: ReturnType<typeof sql>): Promise<T[]> }) =>
      db.query<{ agent: string; who: string }>(sql`SELECT current_setting('app.user_id') AS agent, current_user AS who`).then((r) => r[0]);

    expect(await reads(whoAmI)).toEqual({ agent: user.id, who: "alt_tenant" });
    expect(await session.verdict).toEqual({ id: user.id, name: "Renamed Agent", email: "page-reads@example.com", role: "AGENT" });
    // Later reads in the same request take that verdict instead of asking again: a sign-out that lands
    // mid-request ends the session from the next request on.
    await revokeSession("page-sid-1", user.id, new Date(Date.now() + 60_000));
    expect(await reads(whoAmI)).toEqual({ agent: user.id, who: "alt_tenant" });

    // The next request (a fresh per-request session) is refused, and its work never runs.
    const next = newRequest();
    let ran = false;
    const refused = readsCheckingSession(next, token)(async () => (ran = true));
    expect(await redirectedTo(refused)).toBe("/sign-in");
    expect(ran).toBe(false);
    expect(await next.verdict).toBeNull();
  });

  it("refuses stale session versions, deleted users and IDs that are not ours, settling the verdict each time", async () => {
    const { readsCheckingSession } = await import("@/lib/auth/session-reads");
    const agent = await verifiedAgent("page-reads-2@example.com");
    const user = await verifyCredentials(agent, freshIp());
    const tokens = [
      { sub: user.id, sid: "page-sid-2", sv: user.sessionVersion - 1 }, // sessions ended everywhere since
      { sub: "no-such-user", sid: "page-sid-2", sv: 0 },
      { sub: user.id, sid: "x'; SET ROLE postgres; --", sv: user.sessionVersion },
    ];
    for (const token of tokens) {
      const session = newRequest();
      let ran = false;
      expect(await redirectedTo(readsCheckingSession(session, token)(async () => (ran = true)))).toBe("/sign-in");
      expect(ran).toBe(false);
      expect(await session.verdict).toBeNull();
    }
  });

  it("waits for a check the request already started, and keeps the verdict when the work itself fails", async () => {
    const { readsCheckingSession } = await import("@/lib/auth/session-reads");
    const { sql } = await import("@/lib/db");
    const agent = await verifiedAgent("page-reads-3@example.com");
    const user = await verifyCredentials(agent, freshIp());
    const token = { sub: user.id, sid: "page-sid-3", sv: user.sessionVersion };
    const me = { id: user.id, name: "Test Agent", email: "page-reads-3@example.com", role: "AGENT" as const };

    let ran = false;
    const ended: RequestSession = { verdict: Promise.resolve(null) };
    expect(await redirectedTo(readsCheckingSession(ended, token)(async () => (ran = true)))).toBe("/sign-in");
    expect(ran).toBe(false);

    const checked: RequestSession = { verdict: Promise.resolve(me) };
    const agentId = await readsCheckingSession(checked, token)((db) => db.query<{ a: string }>(sql`SELECT current_setting('app.user_id') AS a`));
    expect(agentId).toEqual([{ a: user.id }]);

    const session = newRequest();
    const failing = readsCheckingSession(session, token)(async () => {
      throw new Error("the page's own failure");
    });
    await expect(failing).rejects.toThrow("the page's own failure");
    expect(await session.verdict).toEqual(me);
  });
});
