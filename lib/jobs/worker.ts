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

async function work<Q extends QueueName>(name: Q): Promise<void> {
  const queue = await getQueue();
  await queue.work<QueuePayloads[Q]>(name, { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true }, async (jobs) => {
    for (const job of jobs) await HANDLERS[name](job.data, { last: job.retryCount >= job.retryLimit });
  });
}

export async function startWorker(): Promise<void> {
  for (const name of Object.keys(HANDLERS) as QueueName[]) await work(name);
}
