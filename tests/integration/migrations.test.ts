import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openMigrationTarget } from "@/lib/db/client";
import { MigrationError, applyMigrations } from "@/lib/db/migrations/apply-migrations";
import { createEmptyDatabase } from "@/lib/db/testing/test-database";
import { copyPrismaFolder } from "../support/project-copy";

const committed = readdirSync(resolve("prisma/migrations"), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function emptyDatabase() {
  const db = await createEmptyDatabase({ TEST_DATABASE_URL: process.env.TEST_DATABASE_URL });
  const migrator = await openMigrationTarget(db.target);
  cleanups.push(db.close, migrator.close);
  return { ...db, migrator };
}

describe("applyMigrations", () => {
  it("applies every committed migration once and records it as `prisma migrate deploy` does", async () => {
    const db = await emptyDatabase();
    expect(await applyMigrations(db.migrator.factory)).toEqual(committed);
    expect(await applyMigrations(db.migrator.factory)).toEqual([]);

    const rows = await db.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(committed);
    for (const row of rows) {
      const sql = readFileSync(resolve("prisma/migrations", row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
    }
    const tables = await db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(["User", "Contact", "Property", "ContactProperty", "Appointment", "Task", "Note", "Message", "Activity", "Tag"]),
    );
  });

  it("rolls a failing migration back completely and names it and the SQL error", async () => {
    const db = await emptyDatabase();
    const { prismaDir } = copyPrismaFolder();
    const bad = join(prismaDir, "migrations", "29990101000000_broken");
    mkdirSync(bad);
    writeFileSync(
      join(bad, "migration.sql"),
      `CREATE TABLE "HalfDone" (id int);\nINSERT INTO "HalfDone" VALUES (1);\nALTER TABLE "Contact" ADD COLUMN "oops" text;\nSELECT 1 / 0;\n`,
    );

    const failure = await applyMigrations(db.migrator.factory, { prismaDir }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(MigrationError);
    expect((failure as Error).message).toBe(
      "Migration 29990101000000_broken failed and was rolled back: ERROR: division by zero",
    );

    // The earlier migrations stayed; nothing of the broken one did.
    const halfDone = await db.query<{ t: string | null }>(`SELECT to_regclass('"HalfDone"')::text AS t`);
    expect(halfDone[0]?.t).toBeNull();
    const oops = await db.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'Contact' AND column_name = 'oops'`);
    expect(oops).toHaveLength(0);
    const recorded = await db.query<{ migration_name: string; finished_at: Date | null }>(
      `SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(recorded.filter((r) => r.finished_at !== null).map((r) => r.migration_name)).toEqual(committed);

    // Like `prisma migrate deploy`, a later run refuses until the failure is resolved.
    await expect(applyMigrations(db.migrator.factory, { prismaDir })).rejects.toThrow(/failed migrations/);
  });

  it("keeps statements containing semicolons intact (function bodies, string literals)", async () => {
    const db = await emptyDatabase();
    const { prismaDir } = copyPrismaFolder();
    const dir = join(prismaDir, "migrations", "29990101000000_function");
    mkdirSync(dir);
    writeFileSync(
      join(dir, "migration.sql"),
      `CREATE FUNCTION alt_answer() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 42; END; $$;\n` +
        `CREATE TABLE "Quote" (body text DEFAULT 'a; b');\n`,
    );
    await applyMigrations(db.migrator.factory, { prismaDir });
    const rows = await db.query<{ answer: number }>(`SELECT alt_answer() AS answer`);
    expect(rows[0]?.answer).toBe(42);
  });
});
