// Connecting Google Calendar: the authorization-code flow with PKCE, offline access and forced
// consent, and a state that is single use, ten minutes long and bound to the agent who started it
// (a missing, reused or someone else's state is refused before any code is exchanged).
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { CodeChallengeMethod } from "google-auth-library";
import { open, seal } from "../../crypto/keyring";
import { SEALED_PURPOSES } from "../../crypto/sealed-purposes";
import { withTenantDb } from "../../db";
import { CALENDAR_SCOPE, calendarSyncConfigured, newOAuthClient } from "./google-client";
import { revokeQuietly } from "./revoke";

const STATE_LIFETIME_MS = 10 * 60_000;
const hashState = (state: string) => createHash("sha256").update(state).digest("hex");

/** Where to send the agent to grant access. */
export async function startConnect(userId: string): Promise<string> {
  if (!calendarSyncConfigured()) throw new Error("Google Calendar sync is not configured.");
  const client = newOAuthClient();
  const state = randomBytes(32).toString("base64url");
  const { codeVerifier, codeChallenge } = await client.generateCodeVerifierAsync();
  await withTenantDb(userId, async (db) => {
    await db.oAuthState.deleteMany({ where: { expiresAt: { lt: new Date() } } });
    await db.oAuthState.create({
      data: { userId, stateHash: hashState(state), codeVerifier: seal(codeVerifier, { ownerId: userId, purpose: SEALED_PURPOSES.googlePkceVerifier }), expiresAt: new Date(Date.now() + STATE_LIFETIME_MS) },
    });
  });
  return client.generateAuthUrl({
    access_type: "offline",
    prompt: "consent",
    scope: [CALENDAR_SCOPE],
    include_granted_scopes: false,
    state,
    code_challenge: codeChallenge,
    code_challenge_method: CodeChallengeMethod.S256,
  });
}

/** Why a connection attempt failed; the settings page shows the message for the code it is given. */
export const CONNECT_ERRORS = {
  incomplete: "That link to Google Calendar is incomplete. Start again from Settings → Calendar Sync.",
  expired: "That connection attempt has expired or was already used. Start again from Settings → Calendar Sync.",
  denied: "Google Calendar wasn't connected: access was not granted.",
  "no-code": "Google didn't send an authorization code. Start again from Settings → Calendar Sync.",
  refused: "Google refused the connection (the code was invalid or already used). Start again from Settings → Calendar Sync.",
  "missing-scope": "Google Calendar wasn't connected: the permission to manage calendar events was not ticked. Connect again and leave “See, edit, share and delete calendar events” ticked.",
  "no-offline": "Google didn't grant lasting access. Connect again and approve the request.",
  "not-configured": "Google Calendar sync isn't set up on this server yet.",
} as const;
export type ConnectFailure = keyof typeof CONNECT_ERRORS;

export type ConnectResult = { ok: true } | { ok: false; reason: ConnectFailure; error: string };
const failure = (reason: ConnectFailure): ConnectResult => ({ ok: false, reason, error: CONNECT_ERRORS[reason] });

/** The callback: checks the state, exchanges the code, insists on the calendar scope, stores the tokens sealed. */
export async function finishConnect(userId: string, params: { state?: string | null; code?: string | null; error?: string | null }): Promise<ConnectResult> {
  if (!params.state) return failure("incomplete");
  // Single use: the state row is deleted as it is read, and only the agent who started may use it.
  const pending = await withTenantDb(userId, async (db) => {
    const row = await db.oAuthState.findFirst({ where: { stateHash: hashState(params.state!) } });
    if (row) await db.oAuthState.deleteMany({ where: { stateHash: row.stateHash } });
    return row;
  });
  if (!pending || pending.expiresAt < new Date()) return failure("expired");
  if (params.error) return failure("denied");
  if (!params.code) return failure("no-code");

  const client = newOAuthClient();
  let tokens;
  try {
    ({ tokens } = await client.getToken({ code: params.code, codeVerifier: open(pending.codeVerifier, { ownerId: userId, purpose: SEALED_PURPOSES.googlePkceVerifier }) }));
  } catch {
    return failure("refused");
  }
  const granted = (tokens.scope ?? "").split(/\s+/);
  if (!granted.includes(CALENDAR_SCOPE) || !tokens.refresh_token || !tokens.access_token) {
    // Nothing is kept from a grant ALT can't use; the token Google did issue is handed back.
    await revokeQuietly(tokens.refresh_token ?? tokens.access_token ?? null);
    return failure(granted.includes(CALENDAR_SCOPE) ? "no-offline" : "missing-scope");
  }
  await withTenantDb(userId, async (db) => {
    const data = {
      status: "CONNECTED" as const,
      accessToken: seal(tokens.access_token!, { ownerId: userId, purpose: SEALED_PURPOSES.googleAccessToken }),
      accessTokenExpiresAt: tokens.expiry_date ? new Date(tokens.expiry_date) : null,
      refreshToken: seal(tokens.refresh_token!, { ownerId: userId, purpose: SEALED_PURPOSES.googleRefreshToken }),
      scope: CALENDAR_SCOPE,
      problem: null,
      connectedAt: new Date(),
    };
    await db.calendarConnection.upsert({ where: { userId }, create: { userId, ...data }, update: data });
  });
  return { ok: true };
}
