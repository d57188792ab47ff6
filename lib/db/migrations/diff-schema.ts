// Computes the SQL that takes the database produced by the committed migrations to the state
// described by schema.prisma. The baseline is a throw-away in-memory PGlite on which the existing
// migrations are replayed (a shadow database that needs no server).
import { openMigrationTarget } from "../client";
import { openPGlite } from "../pglite";
import { readMigrationList, readSchemaFiles, type ProjectPaths, defaultPaths } from "./migration-files";
import { NO_EXTERNAL_OBJECTS, withSchemaEngine } from "./schema-engine";
import { dropSqlManagedIndexes } from "./sql-managed-indexes";

/** Returns the next migration's SQL, or undefined when schema and migrations agree. */
export async function diffSchemaAgainstMigrations(
  paths: ProjectPaths = defaultPaths(),
): Promise<string | undefined> {
  const [files, migrationsList] = await Promise.all([readSchemaFiles(paths), readMigrationList(paths)]);
  const pglite = await openPGlite();
  const shadow = await openMigrationTarget({ kind: "pglite", instance: pglite });
  try {
    return await withSchemaEngine(shadow.factory, async (engine) => {
      if (migrationsList.migrationDirectories.length > 0) {
        await engine.applyMigrations({ migrationsList, filters: NO_EXTERNAL_OBJECTS });
        await pglite.exec(dropSqlManagedIndexes());
      }
      const result = await engine.diff({
        from: { tag: "schemaDatasource", files, configDir: paths.prismaDir },
        to: { tag: "schemaDatamodel", files },
        script: true,
        exitCode: true,
        filters: NO_EXTERNAL_OBJECTS,
      });
      // exitCode: 0 = no difference, 2 = a difference (stdout holds its SQL).
      if (result.exitCode === 0 || !result.stdout?.trim()) return undefined;
      return result.stdout;
    });
  } finally {
    await shadow.close();
    await pglite.close();
  }
}
