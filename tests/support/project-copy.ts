import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll } from "vitest";

/** A throw-away copy of prisma/ (schema + migrations) that a test may edit freely. */
export function copyPrismaFolder(): { root: string; prismaDir: string } {
  const root = mkdtempSync(join(tmpdir(), "alt-prisma-"));
  const prismaDir = join(root, "prisma");
  cpSync(resolve("prisma/schema.prisma"), join(prismaDir, "schema.prisma"));
  cpSync(resolve("prisma/migrations"), join(prismaDir, "migrations"), { recursive: true });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  return { root, prismaDir };
}
