// Abuse limits for sign-in, sign-up and password reset. Counters live in the database
// (lib/db/rate-limits.ts), so they hold across every app instance.
import "server-only";
import { rateLimitStore, type RateLimitStore } from "../db";

export const LIMITS = {
  /** Failed sign-ins per account before a temporary lock. */
  signInPerAccount: { limit: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
  /** Sign-in attempts per IP address (all accounts). */
  signInPerIp: { limit: 50, windowMs: 15 * 60_000 },
  signUpPerIp: { limit: 10, windowMs: 60 * 60_000 },
  resetPerIp: { limit: 10, windowMs: 60 * 60_000 },
  resetPerAccount: { limit: 3, windowMs: 60 * 60_000 },
} as const;

export class RateLimitedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many attempts. Try again in ${Math.max(1, Math.ceil(retryAfterSeconds / 60))} minute(s).`);
    this.name = "RateLimitedError";
  }
}

/** Counts one attempt for `key`; throws RateLimitedError once the window's limit is passed. */
export async function takeAttempt(
  key: string,
  rule: { limit: number; windowMs: number },
  store: RateLimitStore = rateLimitStore,
  now = new Date(),
): Promise<void> {
  const state = await store.hit(key, rule.windowMs, now);
  if (state.count > rule.limit) {
    const retry = (state.windowStart.getTime() + rule.windowMs - now.getTime()) / 1000;
    throw new RateLimitedError(retry);
  }
}
