// Consumes the queues: one handler per queue, each a thin call into the lib function that owns
// the work. Runs inside the app process (instrumentation.ts) unless JOBS_WORKER=off, or on its
// own with `npm run worker`.
import "server-only";
import { processImportRun } from "../crm/import/import-job";
import { getQueue } from "./queue";
import type { QueueName, QueuePayloads } from "./queues";

const HANDLERS: { [Q in QueueName]: (payload: QueuePayloads[Q]) => Promise<unknown> } = {
  "import-contacts": ({ userId, importRunId }) => processImportRun(userId, importRunId),
};

export async function startWorker(): Promise<void> {
  const queue = await getQueue();
  for (const name of Object.keys(HANDLERS) as QueueName[]) {
    await queue.work<QueuePayloads[typeof name]>(name, { batchSize: 1, pollingIntervalSeconds: 1 }, async (jobs) => {
      for (const job of jobs) await HANDLERS[name](job.data);
    });
  }
}
