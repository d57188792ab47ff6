import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createMigration } from "@/lib/db/migrations/create-migration";
import { diffSchemaAgainstMigrations } from "@/lib/db/migrations/diff-schema";
import { copyPrismaFolder } from "../support/project-copy";

const tsx = resolve("node_modules/.bin/tsx");

/** Runs one of the package's db scripts with `cwd` as the project root (so it sees cwd/prisma). */
function runScript(script: string, cwd: string, args: string[] = []) {
  return spawnSync(tsx, [resolve("scripts", script), ...args], { cwd, encoding: "utf8", env: { ...process.env } });
}

describe("schema drift", () => {
  it("the committed schema and migrations agree", async () => {
    expect(await diffSchemaAgainstMigrations()).toBeUndefined();
  });

  it("db:check fails on a schema edit without its migration, and db:migration writes that migration", async () => {
    const { root, prismaDir } = copyPrismaFolder();
    const schemaFile = join(prismaDir, "schema.prisma");
    writeFileSync(
      schemaFile,
      readFileSync(schemaFile, "utf8").replace(
        "  company        String?\n",
        "  company        String?\n  nickname       String?\n",
      ),
    );

    const check = runScript("db-check.ts", root);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('ALTER TABLE "Contact" ADD COLUMN     "nickname" TEXT');

    const before = readdirSync(join(prismaDir, "migrations"));
    const created = runScript("db-migration.ts", root, ["add", "nickname"]);
    expect(created.status).toBe(0);
    const added = readdirSync(join(prismaDir, "migrations")).filter((name) => !before.includes(name));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^\d{14}_add_nickname$/);
    expect(readFileSync(join(prismaDir, "migrations", added[0]!, "migration.sql"), "utf8")).toContain('"nickname" TEXT');

    const recheck = runScript("db-check.ts", root);
    expect(recheck.status).toBe(0);
    expect(recheck.stdout).toContain("agree");
  });

  it("db:migration writes nothing when there is nothing to migrate", async () => {
    const { prismaDir } = copyPrismaFolder();
    const before = readdirSync(join(prismaDir, "migrations"));
    expect(await createMigration("noop", { prismaDir })).toBeUndefined();
    expect(readdirSync(join(prismaDir, "migrations"))).toEqual(before);
  });
});
