// Pushes the agent asks for: copy upcoming appointments after connecting, and retry the ones that
// failed (a retry overwrites an event that was changed in Google: the agent chose ALT's version).
import "server-only";
import { withTenantDb } from "../../db";
import { enqueueInTransaction, getQueue } from "../../jobs/queue";
import { isCalendarConnected } from "./connection";

async function queueFor(userId: string, where: object, forget = false): Promise<number> {
  await getQueue(); // started before the transaction (see enqueueInTransaction)
  return withTenantDb(userId, async (db) => {
    if (!(await isCalendarConnected(db))) return 0;
    const appointments = await db.appointment.findMany({ where, select: { id: true }, take: 1_000, orderBy: { startsAt: "asc" } });
    const ids = appointments.map((a) => a.id);
    if (!ids.length) return 0;
    await db.appointment.updateMany({ where: { id: { in: ids } }, data: { syncStatus: "PENDING", syncError: null, ...(forget ? { googleEtag: null } : {}) } });
    for (const id of ids) await enqueueInTransaction(db, "calendar-push", { userId, appointmentId: id }, { singletonKey: id });
    return ids.length;
  });
}

/** After connecting: upcoming appointments not yet in the calendar. */
export const queueUpcomingPushes = (userId: string, now = new Date()) => queueFor(userId, { startsAt: { gte: now }, syncStatus: { in: ["NOT_SYNCED", "FAILED"] } });

/** "N appointments not synced — retry". */
export const retryFailedPushes = (userId: string) => queueFor(userId, { syncStatus: "FAILED" }, true);

/** How many upcoming appointments are not in the calendar yet (for the offer after connecting). */
export function countUnsyncedUpcoming(userId: string, now = new Date()): Promise<number> {
  return withTenantDb(userId, (db) => db.appointment.count({ where: { startsAt: { gte: now }, syncStatus: "NOT_SYNCED" } }));
}
