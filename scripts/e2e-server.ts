// Starts the production build for the browser suite: a fresh embedded database (or the
// DATABASE_URL one), migrated and seeded, then `next start`. Used by playwright.config.ts.
import { rmSync } from "node:fs";
import { spawn } from "node:child_process";
import { openDatabase, openMigrationTarget, targetFromEnv } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrations/apply-migrations";
import { seedDemo } from "../lib/db/seed/seed-demo";
import { hashPassword } from "../lib/auth/password";
import { getEnv } from "../lib/env";

const env = getEnv();
const target = targetFromEnv(env);
if (target.kind === "pglite") rmSync(env.PGLITE_DATA_DIR, { recursive: true, force: true });

const migrator = await openMigrationTarget(target);
await applyMigrations(migrator.factory);
await migrator.close();
const db = await openDatabase(target);
await seedDemo(db.prisma);
// A staff account with a known password, for the admin-area tests only.
await db.prisma.user.create({
  data: { email: "staff@agentleadtracker.test", name: "Sam Staff", role: "ADMIN", emailVerifiedAt: new Date(), passwordHash: await hashPassword("staff-password-2026") },
});
await db.close();

const port = process.env.PORT ?? "3100";
const next = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
next.on("exit", (code) => process.exit(code ?? 0));
