// Every background queue, its retry policy and the shape of its payload. Payloads carry IDs only
// (never tokens, file contents or personal data): a handler re-reads what it needs, scoped by user.
import type PgBoss from "pg-boss";

export interface QueuePayloads {
  /** Commit a CSV import that the agent reviewed (the file waits in its ImportRun row). */
  "import-contacts": { userId: string; importRunId: string };
  /** Bring one appointment's Google Calendar event in line with it (create, change or delete). */
  "calendar-push": { userId: string; appointmentId: string };
}

export type QueueName = keyof QueuePayloads;

export const QUEUE_OPTIONS: Record<QueueName, Omit<PgBoss.Queue, "name">> = {
  // A retry only happens when a worker died mid-run (the job expires); failures the import can
  // explain are recorded on the run instead of retried.
  "import-contacts": { retryLimit: 2, retryDelay: 5, retryBackoff: true, expireInSeconds: 15 * 60 },
  // "stately": at most one waiting and one running job per appointment (singletonKey), so a burst
  // of edits collapses into one push of the final state. Retries back off exponentially.
  "calendar-push": { policy: "stately", retryLimit: 5, retryDelay: 5, retryBackoff: true, expireInSeconds: 5 * 60 },
};
