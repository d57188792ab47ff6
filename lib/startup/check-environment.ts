import { configuredKeys, SecretError } from "../crypto/keyring";
import { EnvError, getEnv } from "../env";

/**
 * Validates the configuration at server start. Next.js only logs errors thrown from the
 * instrumentation hook and keeps serving; a misconfigured production server must not, so exit.
 */
export function checkEnvironmentOrExit(): void {
  try {
    getEnv();
    configuredKeys(); // a malformed SECRET_KEYS stops the server here, not at the first token
  } catch (error) {
    if (!(error instanceof EnvError) && !(error instanceof SecretError)) throw error;
    console.error(`\n${error.message}\nSee .env.example for what each variable means.\n`);
    process.exit(1);
  }
}
