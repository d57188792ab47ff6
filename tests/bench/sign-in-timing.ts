// Does sign-in timing reveal whether an account exists? Times verifyCredentials for a wrong
// password on a real account and for an email with no account (both refused the same way).
// Usage: npx tsx --conditions react-server tests/bench/sign-in-timing.ts
import { openDatabase, openMigrationTarget } from "../../lib/db/client";
import { holder } from "../../lib/db/holder";
import { applyMigrations } from "../../lib/db/migrations/apply-migrations";
import { openPGlite } from "../../lib/db/pglite";
import { hashPassword } from "../../lib/auth/password";
import { verifyCredentials } from "../../lib/auth/verify-credentials";

const RUNS = Number(process.env.BENCH_ITERATIONS ?? 40);
const pglite = await openPGlite();
const migrator = await openMigrationTarget({ kind: "pglite", instance: pglite });
await applyMigrations(migrator.factory);
const db = await openDatabase({ kind: "pglite", instance: pglite });
holder.__altDatabase = Promise.resolve(db);
await db.prisma.user.create({
  data: { name: "Timing", email: "real@example.com", emailVerifiedAt: new Date(), passwordHash: await hashPassword("the real password") },
});

async function time(email: string, run: number) {
  const start = performance.now();
  // A fresh IP per run keeps the per-IP limit out of the measurement.
  await verifyCredentials({ email, password: "wrong password" }, `198.51.100.${run}`).catch(() => undefined);
  return performance.now() - start;
}

const real: number[] = [];
const unknown: number[] = [];
for (let i = 0; i < RUNS; i++) {
  // Alternate so drift affects both equally; reset the account's counter so it never locks.
  real.push(await time("real@example.com", i));
  unknown.push(await time(`nobody-${i}@example.com`, i));
  await db.prisma.rateLimitBucket.deleteMany({ where: { key: { startsWith: "signin:account:" } } });
}
const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`wrong password, real account: p50 ${p50(real).toFixed(1)} ms`);
console.log(`unknown email:                p50 ${p50(unknown).toFixed(1)} ms`);
console.log(`difference: ${(p50(real) - p50(unknown)).toFixed(1)} ms (n=${RUNS} each)`);
process.exit(0);
