// Consumes the queues: one handler per queue, each a thin call into the lib function that owns
// the work. Runs inside the app process (instrumentation.ts) unless JOBS_WORKER=off, or on its
// own with `npm run worker`.
import "server-only";
import { processImportRun } from "../crm/import/import-job";
import { pushAppointment } from "../integrations/google-calendar/push";
import { getQueue } from "./queue";
import type { QueueName, QueuePayloads } from "./queues";

interface Attempt {
  /** No retry follows this attempt: failures must be recorded, not thrown. */
  last: boolean;
}

type Handlers = { [Q in QueueName]: (payload: QueuePayloads[Q], attempt: Attempt) => Promise<unknown> };

const HANDLERS: Handlers = {
  "import-contacts": ({ userId, importRunId }) => processImportRun(userId, importRunId),
  "calendar-push": ({ userId, appointmentId }, attempt) => pushAppointment(userId, appointmentId, attempt.last),
};

/**
 * How much each queue takes per poll and runs at once. pg-boss waits out the polling interval
 * after every fetch, so a batch per poll is what lets a queue drain faster than one job a second.
 */
const CAPACITY: Record<QueueName, { batchSize: number; concurrency: number }> = {
  "import-contacts": { batchSize: 1, concurrency: 1 },
  "calendar-push": { batchSize: 40, concurrency: 8 },
};

async function work<Q extends QueueName>(name: Q): Promise<void> {
  const queue = await getQueue();
  const { batchSize, concurrency } = CAPACITY[name];
  await queue.work<QueuePayloads[Q]>(name, { batchSize, pollingIntervalSeconds: 1, includeMetadata: true }, async (jobs) => {
    const waiting = [...jobs];
    const runNext = async (): Promise<void> => {
      const job = waiting.shift();
      if (!job) return;
      try {
        await HANDLERS[name](job.data, { last: job.retryCount >= job.retryLimit });
      } catch (error) {
        // Fail (and so retry) this job alone; the rest of the batch completes normally.
        await queue.fail(name, job.id, { message: (error as Error).message });
      }
      return runNext();
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, runNext));
  });
}

export async function startWorker(): Promise<void> {
  for (const name of Object.keys(HANDLERS) as QueueName[]) await work(name);
}
