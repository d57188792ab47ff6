import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { decode, type JWT } from "next-auth/jwt";
import { cache } from "react";
import { shareAppUrlWithAuth } from "../env";
import { authSecret } from "./secret";
import { getSessionState, withSessionReadsDb, type TenantReader, type TenantReads } from "../db";
import { liveSessionUser, readsCheckingSession, type RequestSession, type SessionToken } from "./session-reads";
import { isLiveSession } from "./verify-credentials";

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: "AGENT" | "ADMIN";
}

/**
 * Auth.js names the cookie by whether the site is served over HTTPS (AUTH_URL, pinned to
 * APP_URL); the name is also the salt its token key is derived with. Only that one name is read,
 * as Auth.js does, so a plain-HTTP cookie planted beside a secure site is ignored.
 */
function sessionCookieName(): string {
  shareAppUrlWithAuth();
  return process.env.AUTH_URL?.startsWith("https:") ? "__Secure-authjs.session-token" : "authjs.session-token";
}

/** The session cookie's value; Auth.js splits a large token into `name.0`, `name.1`, … */
function cookieValue(jar: Awaited<ReturnType<typeof cookies>>, name: string): string | null {
  const whole = jar.get(name)?.value;
  if (whole) return whole;
  const chunks = jar.getAll().filter((c) => c.name.startsWith(`${name}.`));
  if (chunks.length === 0) return null;
  const index = (c: { name: string }) => Number(c.name.slice(name.length + 1));
  return chunks.sort((a, b) => index(a) - index(b)).map((c) => c.value).join("");
}

/**
 * Decrypted tokens by cookie, so a session's token is decrypted once rather than on every request
 * (key derivation and decryption are most of a small API call's CPU). Only a byte-identical cookie
 * hits the cache, expiry is checked on every use, and the database checks below still run on every
 * request, so signing out or ending sessions elsewhere works at once.
 */
const decodedTokens = new Map<string, JWT>();
const MAX_DECODED_TOKENS = 1_000;

async function decodeSessionToken(name: string, value: string): Promise<JWT | null> {
  const key = `${name}=${value}`;
  const cached = decodedTokens.get(key);
  if (cached && typeof cached.exp === "number" && cached.exp * 1000 > Date.now()) return cached;
  decodedTokens.delete(key);
  const token = await decode({ token: value, secret: authSecret(), salt: name }).catch(() => null);
  if (!token || typeof token.exp !== "number") return null;
  if (decodedTokens.size >= MAX_DECODED_TOKENS) decodedTokens.delete(decodedTokens.keys().next().value!);
  decodedTokens.set(key, token);
  return token;
}

/** The session cookie's token, decrypted and unexpired but not yet checked against the database. */
async function sessionToken(): Promise<SessionToken | null> {
  const jar = await cookies(); // first: it makes the page dynamic before anything reads the environment
  const name = sessionCookieName();
  const value = cookieValue(jar, name);
  if (!value) return null;
  const token = await decodeSessionToken(name, value);
  if (!token?.sub || typeof token.sid !== "string") return null;
  return { sub: token.sub, sid: token.sid, sv: token.sv };
}

/** This request's session check, shared by its layout and page (React's per-request cache). */
const requestSession = cache((): RequestSession => ({ verdict: null }));

/**
 * The signed-in user, checked against the database (session version, revocation) once per
 * request: whoever asks first (the page, usually inside its first read; see signedInReads) runs
 * the check, and everyone else in the request gets its verdict.
 *
 * This reads the token the way Auth.js's `auth()` does — the same cookie, Auth.js's own `decode`
 * (encrypted, expiry checked) and the same checks as the `jwt` callback in auth.ts — but skips
 * the re-issued token `auth()` builds on every call, which a page or route cannot set anyway.
 * Signing in and out still go through Auth.js.
 */
export function getSessionUser(): Promise<SessionUser | null> {
  const session = requestSession();
  session.verdict ??= checkSession();
  return session.verdict;
}

async function checkSession(): Promise<SessionUser | null> {
  const token = await sessionToken();
  if (!token) return null;
  // Null when signed out, ended elsewhere, or the account is gone.
  return liveSessionUser(token, await getSessionState(token.sub, token.sid));
}

/** For pages and server actions of the signed-in area: the user, or a redirect to sign-in. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  return user;
}

/**
 * For pages: the agent's read transactions, the first of which also checks the session (one round
 * trip for both). Redirects to sign-in when there is no session cookie; a read redirects instead of
 * running when the session has ended. requireUser() afterwards costs nothing.
 */
export async function signedInReads(): Promise<TenantReads> {
  const token = await sessionToken();
  if (!token) redirect("/sign-in");
  return readsCheckingSession(requestSession(), token);
}

/**
 * For the signed-in layout, which shows the agent's name: requireUser, one macrotask later. Next
 * renders the page in the same pass as its layouts, so by then a page that reads through
 * signedInReads has started the check inside its first read, and the layout takes that verdict
 * instead of asking the database itself. Only the round trip depends on this order: whichever way
 * it goes, the layout and the page each wait for a live session before rendering anything.
 */
export async function requireUserAfterPage(): Promise<SessionUser> {
  await new Promise((resolve) => setImmediate(resolve));
  return requireUser();
}

/**
 * For read-only API routes asked on every keystroke (search): the same session check as
 * getSessionUser, sent in the first round trip of the agent's read transaction instead of its
 * own, and `work` runs only when the session is live. Null when nobody is signed in.
 */
export async function readAsSignedInAgent<T>(work: (db: TenantReader) => Promise<T>): Promise<T | null> {
  const token = await sessionToken();
  if (!token) return null;
  const read = await withSessionReadsDb(token.sub, token.sid, (state) => isLiveSession(state, token.sv), work);
  return read.admitted ? read.value : null;
}
