// The one place that turns a stored connection into an authorised Calendar client: opens the
// sealed tokens, and when google-auth-library refreshes the access token, seals and stores the new
// one (Google sends a refresh token only on consent, so the old one is kept unless replaced).
import "server-only";
import type { calendar_v3 } from "@googleapis/calendar";
import { open, seal } from "../../crypto/keyring";
import { SEALED_PURPOSES } from "../../crypto/sealed-purposes";
import { withTenantDb } from "../../db";
import { calendarApi, newOAuthClient } from "./google-client";

export interface CalendarSession {
  api: calendar_v3.Calendar;
  /** Waits for refreshed tokens to be stored. */
  settle(): Promise<void>;
}

export async function openCalendarSession(userId: string): Promise<CalendarSession | null> {
  const connection = await withTenantDb(userId, (db) =>
    db.calendarConnection.findFirst({ where: { status: "CONNECTED" }, select: { accessToken: true, refreshToken: true, accessTokenExpiresAt: true } }),
  );
  if (!connection?.refreshToken) return null;
  const client = newOAuthClient();
  client.setCredentials({
    access_token: connection.accessToken ? open(connection.accessToken, { ownerId: userId, purpose: SEALED_PURPOSES.googleAccessToken }) : undefined,
    refresh_token: open(connection.refreshToken, { ownerId: userId, purpose: SEALED_PURPOSES.googleRefreshToken }),
    expiry_date: connection.accessTokenExpiresAt?.getTime(),
  });
  const writes: Promise<unknown>[] = [];
  client.on("tokens", (tokens) => {
    if (!tokens.access_token) return;
    writes.push(
      withTenantDb(userId, (db) =>
        db.calendarConnection.updateMany({
          where: { status: "CONNECTED" },
          data: {
            accessToken: seal(tokens.access_token!, { ownerId: userId, purpose: SEALED_PURPOSES.googleAccessToken }),
            accessTokenExpiresAt: tokens.expiry_date ? new Date(tokens.expiry_date) : null,
            ...(tokens.refresh_token ? { refreshToken: seal(tokens.refresh_token, { ownerId: userId, purpose: SEALED_PURPOSES.googleRefreshToken }) } : {}),
          },
        }),
      ),
    );
  });
  return { api: calendarApi(client), settle: async () => void (await Promise.all(writes)) };
}

/** Google's answer that the grant is gone for good (revoked, expired, password changed). */
export function isInvalidGrant(error: unknown): boolean {
  const e = error as { response?: { data?: { error?: unknown } }; message?: unknown };
  return e?.response?.data?.error === "invalid_grant" || (typeof e?.message === "string" && e.message.includes("invalid_grant"));
}
