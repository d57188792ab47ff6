// npm run db:check — fail (exit 1) when schema.prisma and prisma/migrations disagree.
import { diffSchemaAgainstMigrations } from "../lib/db/migrations/diff-schema";

const sql = await diffSchemaAgainstMigrations();
if (sql) {
  console.error(
    "schema.prisma has changes that no migration records. Run `npm run db:migration -- <name>`.\n" +
      "The missing migration would be:\n\n" +
      sql,
  );
  process.exitCode = 1;
} else {
  console.log("schema.prisma and prisma/migrations agree.");
}

// The wasm engine leaves a timer running for a few seconds; a CLI has nothing left to wait for.
process.exit(process.exitCode ?? 0);
