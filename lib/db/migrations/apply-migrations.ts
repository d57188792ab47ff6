// `npm run db:migrate` and the dev server's start-up: apply pending migrations, recording each in
// `_prisma_migrations` exactly as `prisma migrate deploy` does (same checksums), so a deployment
// with the native engine can keep using `prisma migrate deploy` on the same database.
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { readMigrationList, type ProjectPaths, defaultPaths } from "./migration-files";
import { NO_EXTERNAL_OBJECTS, withSchemaEngine } from "./schema-engine";

export class MigrationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "MigrationError";
  }
}

/** Applies every migration not yet recorded; returns the names applied now. */
export async function applyMigrations(
  factory: SqlMigrationAwareDriverAdapterFactory,
  paths: ProjectPaths = defaultPaths(),
): Promise<string[]> {
  const migrationsList = await readMigrationList(paths);
  if (migrationsList.migrationDirectories.length === 0) return [];
  try {
    const out = await withSchemaEngine(factory, (engine) =>
      engine.applyMigrations({ migrationsList, filters: NO_EXTERNAL_OBJECTS }),
    );
    return out.appliedMigrationNames;
  } catch (error) {
    throw new MigrationError(describeEngineError(error), { cause: error });
  }
}

/**
 * The engine's errors carry a Rust backtrace; keep the part a person needs: which migration
 * failed and the database's own error message.
 */
export function describeEngineError(error: unknown): string {
  const raw =
    error instanceof Error
      ? error.message
      : typeof error === "object" && error !== null && "message" in error
        ? String((error as { message: unknown }).message)
        : String(error);
  const migration = /migration_name="([^"]+)"/.exec(raw)?.[1];
  const dbError = /Error querying the database: (.+)/.exec(raw)?.[1]?.trim();
  if (migration && dbError) return `Migration ${migration} failed and was rolled back: ${dbError}`;
  return (raw.split(/\n\s+0: /)[0] ?? raw).trim();
}
