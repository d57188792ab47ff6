// Builds Prisma clients on a driver adapter: PostgreSQL through `pg`, or embedded PGlite.
// Only lib/db may construct or import the raw client; app code goes through the scoped layer.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "./generated/prisma/client";
import { AtomicScriptFactory } from "./migrations/atomic-script-factory";
import { openPGlite } from "./pglite";
import type { ReadConnection } from "./tenant-reads";

export type { PrismaClient };

export type DatabaseTarget =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; dataDir?: string; instance?: PGlite };

/**
 * How the job queue (pg-boss) reaches the same database: its own pool on PostgreSQL, or the shared
 * PGlite instance through pg-boss's `db.executeSql` hook.
 */
export type JobConnection =
  | { connectionString: string }
  | { db: { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> } };

export interface OpenDatabase {
  prisma: PrismaClient;
  /** Where the job queue keeps its tables: the same database. */
  jobConnection: JobConnection;
  /** The driver under Prisma, for read paths that skip the ORM (tenant-reads.ts). */
  reads: ReadConnection;
  /** The PGlite instance when the target is embedded (tests use it for raw setup). */
  pglite?: PGlite;
  close(): Promise<void>;
}

/** Chooses the database the way the whole app does: DATABASE_URL set → PostgreSQL, else PGlite. */
export function targetFromEnv(env: { DATABASE_URL?: string; PGLITE_DATA_DIR: string }): DatabaseTarget {
  return env.DATABASE_URL
    ? { kind: "postgres", url: env.DATABASE_URL }
    : { kind: "pglite", dataDir: env.PGLITE_DATA_DIR };
}

export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  if (target.kind === "postgres") {
    // One pool for Prisma and the ORM-free reads.
    const pool = new pg.Pool({ connectionString: target.url });
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    return {
      prisma,
      jobConnection: { connectionString: target.url },
      reads: { kind: "pool", pool },
      async close() {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }
  const pglite = target.instance ?? (await openPGlite(target.dataDir));
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    pglite,
    reads: { kind: "pglite", pglite },
    jobConnection: { db: { executeSql: (text, values) => executeOnPGlite(pglite, text, values) } },
    async close() {
      await prisma.$disconnect();
      if (!target.instance) await pglite.close();
    },
  };
}

/**
 * PGlite's `query` takes one statement with parameters; pg-boss also sends multi-statement scripts
 * without parameters (its own migrations), which only `exec` runs.
 */
async function executeOnPGlite(pglite: PGlite, text: string, values?: unknown[]): Promise<{ rows: unknown[] }> {
  if (values?.length) return pglite.query(text, values);
  const results = await pglite.exec(text);
  return { rows: results.at(-1)?.rows ?? [] };
}

/**
 * A migration-capable adapter factory for the target, for the schema engine. The caller closes
 * the returned handle (which closes PGlite when this function opened it).
 */
export async function openMigrationTarget(
  target: DatabaseTarget,
): Promise<{ factory: AtomicScriptFactory; close(): Promise<void> }> {
  if (target.kind === "postgres") {
    // Our own pool, so closing it lets a CLI process exit at once instead of idling out.
    const pool = new pg.Pool({ connectionString: target.url, max: 2 });
    return {
      factory: new AtomicScriptFactory(new PrismaPg(pool), (sql) => pool.query(sql)),
      close: () => pool.end(),
    };
  }
  const pglite = target.instance ?? (await openPGlite(target.dataDir));
  return {
    factory: new AtomicScriptFactory(new PrismaPGlite(pglite), (sql) => pglite.exec(sql)),
    close: async () => {
      if (!target.instance) await pglite.close();
    },
  };
}
