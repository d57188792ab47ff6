// Fresh, fully migrated databases for integration tests: one per test file.
// - Default: an in-memory PGlite restored from a migrated template (a data-dir dump made once per
//   run by the global setup), so each file starts from the real migrations in milliseconds.
// - TEST_DATABASE_URL=postgresql://…: a new PostgreSQL database cloned from a migrated template
//   database, dropped again when the file is done.
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { openDatabase, openMigrationTarget, type OpenDatabase } from "../client";
import { applyMigrations } from "../migrations/apply-migrations";

export const TEMPLATE_DATABASE = "alt_test_template";

export interface TestDatabase extends OpenDatabase {
  engine: "pglite" | "postgres";
  /** Connection string of this file's database (PostgreSQL only). */
  url?: string;
}

/** Replaces the database name in a connection string. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Global setup: migrate the template once per test run. */
export async function prepareTemplate(env: { TEST_DATABASE_URL?: string; templateFile: string }) {
  if (env.TEST_DATABASE_URL) {
    const admin = new pg.Client({ connectionString: env.TEST_DATABASE_URL });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
    } finally {
      await admin.end();
    }
    const target = await openMigrationTarget({ kind: "postgres", url: withDatabase(env.TEST_DATABASE_URL, TEMPLATE_DATABASE) });
    try {
      await applyMigrations(target.factory);
    } finally {
      await target.close();
    }
    return;
  }
  const pglite = await PGlite.create({ extensions: { pg_trgm } });
  const target = await openMigrationTarget({ kind: "pglite", instance: pglite });
  await applyMigrations(target.factory);
  const dump = await pglite.dumpDataDir("none");
  const { writeFile } = await import("node:fs/promises");
  await writeFile(env.templateFile, Buffer.from(await dump.arrayBuffer()));
  await pglite.close();
}

export async function createTestDatabase(env: { TEST_DATABASE_URL?: string; templateFile: string }): Promise<TestDatabase> {
  if (env.TEST_DATABASE_URL) {
    const name = `alt_test_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
    await admin.end();
    const url = withDatabase(env.TEST_DATABASE_URL, name);
    const db = await openDatabase({ kind: "postgres", url });
    return {
      ...db,
      engine: "postgres",
      url,
      async close() {
        await db.close();
        const cleanup = new pg.Client({ connectionString: env.TEST_DATABASE_URL });
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await cleanup.end();
      },
    };
  }
  const dump = await readFile(env.templateFile);
  const pglite = await PGlite.create({ loadDataDir: new Blob([dump]), extensions: { pg_trgm } });
  const db = await openDatabase({ kind: "pglite", instance: pglite });
  return {
    ...db,
    engine: "pglite",
    async close() {
      await db.close();
      await pglite.close();
    },
  };
}

/** An empty database (no migrations applied), for tests of the migration tooling itself. */
export async function createEmptyDatabase(env: { TEST_DATABASE_URL?: string }): Promise<{
  target: import("../client").DatabaseTarget;
  query<T>(sql: string): Promise<T[]>;
  close(): Promise<void>;
}> {
  if (env.TEST_DATABASE_URL) {
    const name = `alt_test_empty_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = withDatabase(env.TEST_DATABASE_URL, name);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return {
      target: { kind: "postgres", url },
      query: async <T,>(sql: string) => (await client.query(sql)).rows as T[],
      async close() {
        await client.end();
        const cleanup = new pg.Client({ connectionString: env.TEST_DATABASE_URL });
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await cleanup.end();
      },
    };
  }
  const pglite = await PGlite.create({ extensions: { pg_trgm } });
  return {
    target: { kind: "pglite", instance: pglite },
    query: async <T,>(sql: string) => (await pglite.query<T>(sql)).rows,
    close: () => pglite.close(),
  };
}
