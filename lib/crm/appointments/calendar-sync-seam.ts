// The one place appointment changes leave lib/crm for calendar sync. Called inside the same
// tenant transaction as the change: when the agent's calendar is connected, the push job is
// queued in that transaction (an outbox: no change without its job, no job without its change)
// and the appointment shows "pending" until the job has run.
import "server-only";
import { withTenantDb, type TenantClient } from "../../db";
import { isCalendarConnected } from "../../integrations/google-calendar/connection";
import { enqueueInTransaction, getQueue, queueStarted } from "../../jobs/queue";

export type AppointmentChange = "created" | "updated" | "deleted";

/** How long a push waits for further edits to the same appointment. */
const SETTLE_MS = 2_000;

/**
 * Starts the job queue before a transaction that may queue a push (starting it from inside the
 * transaction would wait on that transaction with the embedded database). Only for connected agents.
 */
export async function prepareCalendarSync(userId: string): Promise<void> {
  // Usually already running (the worker starts it with the server): then only wait for it to be
  // ready, without checking the connection first.
  if (queueStarted()) {
    await getQueue();
    return;
  }
  if (await withTenantDb(userId, isCalendarConnected)) await getQueue();
}

export async function appointmentChanged(db: TenantClient, appointmentId: string, change: AppointmentChange): Promise<void> {
  if (!(await isCalendarConnected(db))) return;
  if (change !== "deleted") await db.appointment.updateMany({ where: { id: appointmentId }, data: { syncStatus: "PENDING", syncError: null } });
  // One waiting job per appointment (the queue is "stately"): edits made while it waits add
  // nothing, and the job pushes whatever the appointment is when it runs. Waiting a moment first
  // lets a burst of edits end before the push.
  await enqueueInTransaction(db, "calendar-push", { userId: db.userId, appointmentId }, { singletonKey: appointmentId, startAfter: new Date(Date.now() + SETTLE_MS) });
}
