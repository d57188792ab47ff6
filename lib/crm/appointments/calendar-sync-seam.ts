// The one place appointment changes leave lib/crm for calendar sync. Called inside the same
// tenant transaction as the change, so when Google Calendar sync lands it can enqueue its push
// job atomically with the appointment row (an outbox: no change without its job, no job without
// its change). Until then there is nothing to push.
import "server-only";
import type { TenantClient } from "../../db";

export type AppointmentChange = "created" | "updated" | "deleted";

export async function appointmentChanged(_db: TenantClient, _appointmentId: string, _change: AppointmentChange): Promise<void> {
  // Intentionally empty until calendar sync exists.
}
