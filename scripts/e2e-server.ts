// Starts the production build for the browser suite: a fresh embedded database (or the
// DATABASE_URL one), migrated and seeded, then `next start`. Used by playwright.config.ts.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { spawn } from "node:child_process";
import { openDatabase, openMigrationTarget, targetFromEnv } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrations/apply-migrations";
import { seedDemo } from "../lib/db/seed/seed-demo";
import { hashPassword } from "../lib/auth/password";
import { withSystemAccess } from "../lib/db/system-access";
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
// Sentinels for the payload tests: values no page may ever show (a password hash) or show to
// anyone but their owner (a contact of the demo agent, looked at by the staff account).
const demo = await db.prisma.user.findUniqueOrThrow({ where: { email: "demo@agentleadtracker.test" } });
const sentinelContact = "SENTINEL-7f3a9c-Contact";
await withSystemAccess(db.prisma, "e2e sentinel fixture", (tx) =>
  tx.contact.create({ data: { userId: demo.id, firstName: sentinelContact, lastName: "Demo" } }),
);
mkdirSync("test-results", { recursive: true });
writeFileSync("test-results/e2e-sentinels.json", JSON.stringify({ passwordHash: demo.passwordHash, contact: sentinelContact }));
await db.close();

const port = process.env.PORT ?? "3100";
const next = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
next.on("exit", (code) => process.exit(code ?? 0));
