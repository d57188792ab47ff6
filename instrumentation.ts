// Runs once when the server starts: a production server with missing secrets refuses to start,
// naming each one, instead of failing on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkEnvironmentOrExit } = await import("./lib/startup/check-environment");
    checkEnvironmentOrExit();
  }
}
