import { describe, expect, it } from "vitest";
import { targetFromEnv } from "@/lib/db/client";
import { migrationFolderName } from "@/lib/db/migrations/create-migration";
import { describeEngineError } from "@/lib/db/migrations/apply-migrations";

describe("database target", () => {
  it("uses embedded PGlite when DATABASE_URL is unset", () => {
    expect(targetFromEnv({ PGLITE_DATA_DIR: ".data/pglite" })).toEqual({ kind: "pglite", dataDir: ".data/pglite" });
  });
  it("uses PostgreSQL when DATABASE_URL is set", () => {
    expect(targetFromEnv({ DATABASE_URL: "postgresql://u@h/db", PGLITE_DATA_DIR: "x" })).toEqual({ kind: "postgres", url: "postgresql://u@h/db" });
  });
});

describe("migration names", () => {
  it("prefixes a UTC timestamp and slugs the name", () => {
    expect(migrationFolderName("Add tags & colours!", new Date("2026-01-02T03:04:05Z"))).toBe("20260102030405_add_tags_colours");
  });
  it("refuses a name with no letters or digits", () => {
    expect(() => migrationFolderName(" -- ")).toThrow(/needs a name/);
  });
});

describe("engine error messages", () => {
  it("keep the migration name and the database error, and drop the backtrace", () => {
    const raw =
      'external connector error\nError querying the database: ERROR: division by zero\n   0: sql_schema_connector::apply_migration::apply_script\n           with migration_name="20990101000000_bad"\n';
    expect(describeEngineError(new Error(raw))).toBe(
      "Migration 20990101000000_bad failed and was rolled back: ERROR: division by zero",
    );
  });
});
