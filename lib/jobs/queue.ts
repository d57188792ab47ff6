// The job queue: pg-boss on the app's own database (PostgreSQL, or embedded PGlite in development),
// started once per process. Producers call `enqueue`; lib/jobs/worker.ts consumes.
import "server-only";
import PgBoss from "pg-boss";
import { getJobConnection, librarySql, type TenantClient } from "../db";
import { TENANT_ROLE } from "../db/tenant-models";
import { QUEUE_OPTIONS, type QueueName, type QueuePayloads } from "./queues";

const holder = globalThis as typeof globalThis & { __altQueue?: Promise<PgBoss> };

async function startQueue(): Promise<PgBoss> {
  const boss = new PgBoss({ ...(await getJobConnection()), schema: "pgboss", application_name: "alt-jobs" });
  // pg-boss reports maintenance errors as events; without a listener they would crash the process.
  boss.on("error", (error) => console.error(`[jobs] ${error.message}`));
  await boss.start();
  for (const [name, options] of Object.entries(QUEUE_OPTIONS)) await boss.createQueue(name, { name, ...options });
  // Tenant transactions queue their side effects in the same transaction (enqueueInTransaction):
  // the tenant role may add jobs, and nothing else in the queue's schema.
  try {
    // INSERT … RETURNING id needs to read back the new job's ID, and only that column.
    for (const grant of [`GRANT USAGE ON SCHEMA pgboss TO ${TENANT_ROLE}`, `GRANT INSERT, SELECT (id) ON pgboss.job TO ${TENANT_ROLE}`, `GRANT SELECT ON pgboss.queue TO ${TENANT_ROLE}`]) {
      await boss.getDb().executeSql(grant, []);
    }
  } catch (error) {
    console.error(`[jobs] could not let ${TENANT_ROLE} queue jobs: ${(error as Error).message}`);
  }
  return boss;
}

/** The process's queue, started on first use. */
export function getQueue(): Promise<PgBoss> {
  holder.__altQueue ??= startQueue().catch((error: unknown) => {
    holder.__altQueue = undefined;
    throw error;
  });
  return holder.__altQueue;
}

/** Whether this process has started (or is starting) the queue. */
export const queueStarted = (): boolean => holder.__altQueue !== undefined;

/** Queues a job; returns its ID. `singletonKey` makes a second send with the same key a no-op while the first waits. */
export async function enqueue<Q extends QueueName>(queue: Q, payload: QueuePayloads[Q], options: { singletonKey?: string } = {}): Promise<string | null> {
  return (await getQueue()).send(queue, payload, options);
}

/**
 * Queues a job inside the caller's tenant transaction (an outbox): it exists if and only if the
 * transaction commits. The queue must already be started (getQueue) — on PGlite, starting it from
 * inside a transaction would wait on that transaction.
 */
export async function enqueueInTransaction<Q extends QueueName>(
  db: TenantClient,
  queue: Q,
  payload: QueuePayloads[Q],
  options: { singletonKey?: string; startAfter?: Date } = {},
): Promise<string | null> {
  const boss = await getQueue();
  const executeSql = async (text: string, values: unknown[] = []) => {
    // Every value goes as text, as pg-boss's own driver sends it: its SQL casts each parameter
    // itself ($3::jsonb, $4::int, a start time that is either a timestamp or an interval).
    const params = values.map((v) => (v === null || v === undefined ? null : v instanceof Date ? v.toISOString() : typeof v === "object" ? JSON.stringify(v) : String(v)));
    return { rows: await db.$queryRaw<unknown[]>(librarySql(text, params)) };
  };
  return boss.send(queue, payload, { ...options, db: { executeSql } });
}

/** Stops the queue (tests and shutdown): waits for running handlers. */
export async function stopQueue(): Promise<void> {
  const boss = await holder.__altQueue?.catch(() => undefined);
  holder.__altQueue = undefined;
  await boss?.stop({ graceful: true, wait: true, timeout: 30_000 });
}
