// npm run dev — prepare the database (migrate, seed the demo agent when empty), then start
// `next dev`. The migration step must finish first: PGlite allows one process per data folder.
import { spawn } from "node:child_process";
import { openDatabase, openMigrationTarget, targetFromEnv } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrations/apply-migrations";
import { DEMO_AGENT, seedDemo } from "../lib/db/seed/seed-demo";
import { getEnv } from "../lib/env";

const target = targetFromEnv(getEnv());
console.log(target.kind === "postgres" ? "Database: PostgreSQL (DATABASE_URL)" : `Database: embedded PGlite in ${target.dataDir}`);

const migrator = await openMigrationTarget(target);
try {
  const applied = await applyMigrations(migrator.factory);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
} finally {
  await migrator.close();
}

const db = await openDatabase(target);
try {
  const isEmpty = (await db.prisma.user.count()) === 0;
  if (isEmpty) {
    await seedDemo(db.prisma);
    console.log("Seeded demo data.");
  }
  console.log(`Demo sign-in: ${DEMO_AGENT.email} / ${DEMO_AGENT.password}`);
} finally {
  await db.close();
}

const next = spawn(process.execPath, ["node_modules/next/dist/bin/next", "dev", ...process.argv.slice(2)], {
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
next.on("exit", (code) => process.exit(code ?? 0));
