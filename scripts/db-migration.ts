// npm run db:migration -- <name> — write the next migration from the schema.prisma changes.
import { relative } from "node:path";
import { createMigration } from "../lib/db/migrations/create-migration";

const name = process.argv.slice(2).join("_");
if (!name) {
  console.error("Usage: npm run db:migration -- <name>   (for example: npm run db:migration -- add_tags)");
  process.exit(2);
}
const dir = await createMigration(name);
console.log(
  dir
    ? `Created ${relative(process.cwd(), dir)}/migration.sql — review it, then commit it with schema.prisma.`
    : "schema.prisma and the migrations already agree; no migration written.",
);

// The wasm engine leaves a timer running for a few seconds; a CLI has nothing left to wait for.
process.exit(process.exitCode ?? 0);
