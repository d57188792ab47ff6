// npm run worker — drains the background job queues in their own process (PostgreSQL only; with
// the embedded database the app process runs the jobs itself). Stops cleanly on SIGINT/SIGTERM.
import { getEnv } from "../lib/env";
import { stopQueue } from "../lib/jobs/queue";
import { startWorker } from "../lib/jobs/worker";

if (!getEnv().DATABASE_URL) {
  console.error("The worker needs DATABASE_URL (PostgreSQL). With the embedded database, `npm run dev` runs jobs itself.");
  process.exit(2);
}
await startWorker();
console.log("Worker started: waiting for jobs.");
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.log("Stopping: letting running jobs finish…");
    void stopQueue().then(() => process.exit(0));
  });
}
