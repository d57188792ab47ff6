// Checks an email and password for sign-in, with per-account and per-IP limits. Unknown emails and
// wrong passwords take the same path (a dummy hash is verified), so neither the answer nor its
// timing tells whether an account exists.
import "server-only";
import { z } from "zod";
import { getAccountsDb, getSessionState, rateLimitStore, type SessionState } from "../db";
import { normalizeEmail } from "./email-address";
import { hashPassword, needsRehash, verifyPassword } from "./password";
import { LIMITS, RateLimitedError, takeAttempt } from "./rate-limit";

export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  role: "AGENT" | "ADMIN";
  sessionVersion: number;
}

export type CredentialsFailure = "invalid" | "locked" | "unverified";

export class CredentialsError extends Error {
  constructor(readonly reason: CredentialsFailure, readonly retryAfterSeconds?: number) {
    super(reason);
    this.name = "CredentialsError";
  }
}

const input = z.object({
  email: z.string().max(254).transform(normalizeEmail),
  password: z.string().min(1).max(200),
});

let dummyHash: Promise<string> | undefined;

export async function verifyCredentials(raw: unknown, ip: string, now = new Date()): Promise<SignedInUser> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) throw new CredentialsError("invalid");
  const { email, password } = parsed.data;
  const rule = LIMITS.signInPerAccount;
  const accountKey = `signin:account:${email}`;

  try {
    await takeAttempt(`signin:ip:${ip}`, LIMITS.signInPerIp, rateLimitStore, now);
  } catch (error) {
    if (error instanceof RateLimitedError) throw new CredentialsError("locked", error.retryAfterSeconds);
    throw error;
  }
  const state = await rateLimitStore.peek(accountKey, rule.windowMs, now);
  if (state?.lockedUntil && state.lockedUntil > now) {
    throw new CredentialsError("locked", (state.lockedUntil.getTime() - now.getTime()) / 1000);
  }

  const db = await getAccountsDb();
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, role: true, sessionVersion: true, passwordHash: true, emailVerifiedAt: true },
  });
  dummyHash ??= hashPassword("not-a-real-password-just-for-timing");
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash));

  if (!user || !user.passwordHash || !ok) {
    const after = await rateLimitStore.hit(accountKey, rule.windowMs, now);
    if (after.count >= rule.limit) await rateLimitStore.lock(accountKey, new Date(now.getTime() + rule.lockMs));
    throw new CredentialsError("invalid");
  }
  if (!user.emailVerifiedAt) throw new CredentialsError("unverified");

  await rateLimitStore.clear(accountKey);
  await db.user.update({
    where: { id: user.id },
    data: { lastSignInAt: now, ...(needsRehash(user.passwordHash) ? { passwordHash: await hashPassword(password) } : {}) },
  });
  return { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
}

export interface AccountState {
  sessionVersion: number;
  name: string;
  email: string;
  role: "AGENT" | "ADMIN";
}

/** What a session shows of its user, read fresh on every request; null when the user is gone. */
export async function currentAccountState(userId: string): Promise<AccountState | null> {
  const db = await getAccountsDb();
  return db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true, name: true, email: true, role: true } });
}

/**
 * The account behind a live session, read fresh on every request: null when the session was
 * signed out, the user is gone, or sessions were ended since it was issued.
 */
export async function liveSessionAccount(userId: string, sessionId: string, sessionVersion: unknown): Promise<AccountState | null> {
  const state = await getSessionState(userId, sessionId);
  if (!isLiveSession(state, sessionVersion)) return null;
  return { sessionVersion: state.sessionVersion, name: state.name, email: state.email, role: state.role };
}

/** A session is live while its user exists, it was not signed out, and no "sign out everywhere" came after it. */
export function isLiveSession(state: SessionState | null, sessionVersion: unknown): state is SessionState {
  return state !== null && !state.revoked && state.sessionVersion === sessionVersion;
}

/** Records that a session ended, so its token is refused even if a copy of the cookie survives. */
export async function revokeSession(sessionId: string, ownerId: string | undefined, expiresAt: Date): Promise<void> {
  const db = await getAccountsDb();
  await db.revokedSession.upsert({ where: { sessionId }, create: { sessionId, ownerId, expiresAt }, update: {} });
}

/** The current session version, or null when the user no longer exists. */
export async function currentSessionVersion(userId: string): Promise<number | null> {
  return (await currentAccountState(userId))?.sessionVersion ?? null;
}

/** "Sign out everywhere": every session issued before this call stops working. */
export async function endAllSessions(userId: string): Promise<void> {
  const db = await getAccountsDb();
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/** Records a sign-in that another provider (Google) has vouched for. */
export async function markSignedIn(userId: string, now = new Date()): Promise<void> {
  const db = await getAccountsDb();
  await db.user.update({ where: { id: userId }, data: { lastSignInAt: now } });
}
