// A fresh, migrated PostgreSQL database for a benchmark (dropped first if an earlier run left it).
import pg from "pg";
import { openMigrationTarget } from "../../../lib/db/client";
import { applyMigrations } from "../../../lib/db/migrations/apply-migrations";

export async function createBenchDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const migrator = await openMigrationTarget({ kind: "postgres", url: url.toString() });
  await applyMigrations(migrator.factory);
  await migrator.close();
  return url.toString();
}
