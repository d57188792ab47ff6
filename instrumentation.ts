// Runs once when the server starts: a production server with missing secrets refuses to start,
// naming each one, instead of failing on the first request; then the background worker starts
// (unless JOBS_WORKER=off).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkEnvironmentOrExit } = await import("./lib/startup/check-environment");
    checkEnvironmentOrExit();
    const { getEnv } = await import("./lib/env");
    if (getEnv().JOBS_WORKER) {
      const { startWorker } = await import("./lib/jobs/worker");
      startWorker().catch((error: unknown) => console.error(`[jobs] the worker did not start: ${(error as Error).message}`));
    }
  }
}
