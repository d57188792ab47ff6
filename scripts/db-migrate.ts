// npm run db:migrate — apply pending migrations to the configured database.
import { getEnv } from "../lib/env";
import { openMigrationTarget, targetFromEnv } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrations/apply-migrations";

const target = targetFromEnv(getEnv());
const db = await openMigrationTarget(target);
try {
  const applied = await applyMigrations(db.factory);
  const where = target.kind === "postgres" ? "PostgreSQL" : `embedded database (${target.dataDir})`;
  console.log(
    applied.length
      ? `Applied ${applied.length} migration(s) to the ${where}:\n${applied.map((n) => `  ${n}`).join("\n")}`
      : `The ${where} is up to date.`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await db.close();
}

// The wasm engine leaves a timer running for a few seconds; a CLI has nothing left to wait for.
process.exit(process.exitCode ?? 0);
