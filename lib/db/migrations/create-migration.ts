// `npm run db:migration -- <name>`: writes prisma/migrations/<UTC timestamp>_<name>/migration.sql.
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { diffSchemaAgainstMigrations } from "./diff-schema";
import {
  LOCKFILE_CONTENT,
  LOCKFILE_NAME,
  defaultPaths,
  migrationsDir,
  type ProjectPaths,
} from "./migration-files";

export function migrationFolderName(name: string, now: Date = new Date()): string {
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!slug) throw new Error("A migration needs a name made of letters or digits, e.g. add_tasks");
  const stamp = now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  return `${stamp}_${slug}`;
}

/** Returns the new folder's path, or undefined when there is nothing to migrate. */
export async function createMigration(
  name: string,
  paths: ProjectPaths = defaultPaths(),
  now: Date = new Date(),
): Promise<string | undefined> {
  const folder = migrationFolderName(name, now);
  const sql = await diffSchemaAgainstMigrations(paths);
  if (!sql) return undefined;
  const base = migrationsDir(paths);
  const dir = join(base, folder);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "migration.sql"), sql);
  const lock = join(base, LOCKFILE_NAME);
  if (!existsSync(lock)) await writeFile(lock, LOCKFILE_CONTENT);
  return dir;
}
