// The agent's calendar connection as the app shows it, disconnecting, and losing access.
import "server-only";
import { open } from "../../crypto/keyring";
import { SEALED_PURPOSES } from "../../crypto/sealed-purposes";
import { withTenantDb, type TenantClient } from "../../db";
import { calendarSyncConfigured } from "./google-client";
import { revokeQuietly } from "./revoke";

export type CalendarStatus =
  | { state: "not-configured" }
  | { state: "not-connected" }
  | { state: "needs-reconnect"; problem: string }
  | { state: "connected"; connectedAt: Date; failed: number; pending: number };

export async function getCalendarStatus(userId: string): Promise<CalendarStatus> {
  if (!calendarSyncConfigured()) return { state: "not-configured" };
  return withTenantDb(userId, async (db) => {
    const connection = await db.calendarConnection.findFirst({ select: { status: true, problem: true, connectedAt: true } });
    if (!connection) return { state: "not-connected" };
    if (connection.status === "NEEDS_RECONNECT") return { state: "needs-reconnect", problem: connection.problem ?? "Google no longer accepts ALT's access." };
    const counts = await db.appointment.groupBy({ by: ["syncStatus"], where: { syncStatus: { in: ["FAILED", "PENDING"] } }, _count: { _all: true } });
    const count = (status: string) => counts.find((c) => c.syncStatus === status)?._count._all ?? 0;
    return { state: "connected", connectedAt: connection.connectedAt, failed: count("FAILED"), pending: count("PENDING") };
  });
}

/** Whether pushes should be queued for this agent (inside their transaction). */
export async function isCalendarConnected(db: TenantClient): Promise<boolean> {
  return (await db.calendarConnection.count({ where: { status: "CONNECTED" } })) > 0;
}

/**
 * Disconnect: ALT's tokens are deleted at once (whatever Google answers), then the grant is
 * revoked at Google, best effort. Events already in the calendar stay there.
 */
export async function disconnectCalendar(userId: string): Promise<{ revoked: boolean }> {
  const refreshToken = await withTenantDb(userId, async (db) => {
    const connection = await db.calendarConnection.findFirst({ select: { refreshToken: true } });
    await db.calendarConnection.deleteMany({});
    await db.oAuthState.deleteMany({});
    await db.appointment.updateMany({ where: { syncStatus: { in: ["PENDING", "FAILED"] } }, data: { syncStatus: "NOT_SYNCED", syncError: null } });
    return connection?.refreshToken ? open(connection.refreshToken, { ownerId: userId, purpose: SEALED_PURPOSES.googleRefreshToken }) : null;
  });
  return { revoked: await revokeQuietly(refreshToken) };
}

/** Google refused the refresh token (revoked, expired, password changed): forget the tokens, say so. */
export async function markNeedsReconnect(userId: string): Promise<void> {
  await withTenantDb(userId, async (db) => {
    await db.calendarConnection.updateMany({
      data: {
        status: "NEEDS_RECONNECT",
        accessToken: null,
        refreshToken: null,
        accessTokenExpiresAt: null,
        problem: "Google Calendar access was removed or has expired, so appointments are no longer copied to your calendar. Reconnect to resume.",
      },
    });
    await db.appointment.updateMany({ where: { syncStatus: "PENDING" }, data: { syncStatus: "FAILED", syncError: "Not copied: Google Calendar needs reconnecting." } });
  });
}
