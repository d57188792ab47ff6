// Fresh, fully migrated databases for integration tests: one per test file.
// - Default: an in-memory PGlite restored from a migrated template (a data-dir dump made once per
//   run by the global setup), so each file starts from the real migrations in milliseconds.
// - TEST_DATABASE_URL=postgresql://…: a new PostgreSQL database cloned from a migrated template
//   database, dropped again when the file is done.
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { PGLITE_EXTENSIONS } from "../pglite";
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

/** Runs one statement on the server's admin connection (CREATE/DROP DATABASE cannot run in a pool transaction). */
async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

const dropDatabase = (adminUrl: string, name: string) => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);

/** Global setup: migrate the template once per test run. */
export async function prepareTemplate(env: { TEST_DATABASE_URL?: string; templateFile: string }) {
  if (env.TEST_DATABASE_URL) {
    await dropDatabase(env.TEST_DATABASE_URL, TEMPLATE_DATABASE);
    await adminQuery(env.TEST_DATABASE_URL, `CREATE DATABASE ${TEMPLATE_DATABASE}`);
    const target = await openMigrationTarget({ kind: "postgres", url: withDatabase(env.TEST_DATABASE_URL, TEMPLATE_DATABASE) });
    try {
      await applyMigrations(target.factory);
    } finally {
      await target.close();
    }
    return;
  }
  const pglite = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
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
    await adminQuery(env.TEST_DATABASE_URL, `CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
    const url = withDatabase(env.TEST_DATABASE_URL, name);
    const db = await openDatabase({ kind: "postgres", url });
    return {
      ...db,
      engine: "postgres",
      url,
      async close() {
        await db.close();
        await dropDatabase(env.TEST_DATABASE_URL!, name);
      },
    };
  }
  const dump = await readFile(env.templateFile);
  const pglite = await PGlite.create({ loadDataDir: new Blob([dump]), extensions: PGLITE_EXTENSIONS });
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
    await adminQuery(env.TEST_DATABASE_URL, `CREATE DATABASE ${name}`);
    const url = withDatabase(env.TEST_DATABASE_URL, name);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return {
      target: { kind: "postgres", url },
      query: async <T,>(sql: string) => (await client.query(sql)).rows as T[],
      async close() {
        await client.end();
        await dropDatabase(env.TEST_DATABASE_URL!, name);
      },
    };
  }
  const pglite = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
  return {
    target: { kind: "pglite", instance: pglite },
    query: async <T,>(sql: string) => (await pglite.query<T>(sql)).rows,
    close: () => pglite.close(),
  };
}
