// The job queue: pg-boss on the app's own database (PostgreSQL, or embedded PGlite in development),
// started once per process. Producers call `enqueue`; lib/jobs/worker.ts consumes.
import "server-only";
import PgBoss from "pg-boss";
import { getJobConnection } from "../db";
import { QUEUE_OPTIONS, type QueueName, type QueuePayloads } from "./queues";

const holder = globalThis as typeof globalThis & { __altQueue?: Promise<PgBoss> };

async function startQueue(): Promise<PgBoss> {
  const boss = new PgBoss({ ...(await getJobConnection()), schema: "pgboss", application_name: "alt-jobs" });
  // pg-boss reports maintenance errors as events; without a listener they would crash the process.
  boss.on("error", (error) => console.error(`[jobs] ${error.message}`));
  await boss.start();
  for (const [name, options] of Object.entries(QUEUE_OPTIONS)) await boss.createQueue(name, { name, ...options });
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

/** Queues a job; returns its ID. `singletonKey` makes a second send with the same key a no-op while the first waits. */
export async function enqueue<Q extends QueueName>(queue: Q, payload: QueuePayloads[Q], options: { singletonKey?: string } = {}): Promise<string | null> {
  return (await getQueue()).send(queue, payload, options);
}

/** Stops the queue (tests and shutdown): waits for running handlers. */
export async function stopQueue(): Promise<void> {
  const boss = await holder.__altQueue?.catch(() => undefined);
  holder.__altQueue = undefined;
  await boss?.stop({ graceful: true, wait: true, timeout: 30_000 });
}
