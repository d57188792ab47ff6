// Cost of the tenancy mechanism: the same 50-row contact query run bare (raw client, explicit
// userId filter), through withTenant (one transaction: role switch + tenant setting + query), and
// through withTenantReads (the ORM-free read-only path the busiest pages use), with the client
// CPU each costs.
// Usage: BENCH_DATABASE_URL=postgresql://… npx tsx tests/bench/tenant-scope.ts   (unset: PGlite)
import pg from "pg";
import { openDatabase, openMigrationTarget } from "../../lib/db/client";
import { applyMigrations } from "../../lib/db/migrations/apply-migrations";
import { openPGlite } from "../../lib/db/pglite";
import { seedDemo } from "../../lib/db/seed/seed-demo";
import { Prisma } from "../../lib/db/generated/prisma/client";
import { withTenantReads } from "../../lib/db/tenant-reads";
import { withTenant } from "../../lib/db/tenant-scope";

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 1000);
const adminUrl = process.env.BENCH_DATABASE_URL;

async function target() {
  if (!adminUrl) return { kind: "pglite" as const, instance: await openPGlite() };
  const name = `alt_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { kind: "postgres" as const, url: url.toString() };
}

const t = await target();
const migrator = await openMigrationTarget(t);
await applyMigrations(migrator.factory);
await migrator.close();
const db = await openDatabase(t);
const { userId } = await seedDemo(db.prisma);

const query = {
  select: { id: true, firstName: true, lastName: true, stage: true, createdAt: true },
  orderBy: [{ lastName: "asc" as const }, { id: "asc" as const }],
  take: 50,
};

async function measure(label: string, run: () => Promise<unknown>) {
  for (let i = 0; i < 50; i++) await run(); // warm-up
  const times: number[] = [];
  const cpuBefore = process.cpuUsage();
  for (let i = 0; i < ITERATIONS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  const cpu = process.cpuUsage(cpuBefore);
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2);
  const cpuMs = ((cpu.user + cpu.system) / 1000 / ITERATIONS).toFixed(2);
  console.log(`${label.padEnd(36)} p50 ${at(0.5)} ms   p95 ${at(0.95)} ms   client CPU ${cpuMs} ms/call   (n=${ITERATIONS})`);
  return times[Math.floor(times.length / 2)]!;
}

console.log(`engine: ${t.kind}`);
const bare = await measure("bare query (userId in where)", () => db.prisma.contact.findMany({ where: { userId }, ...query }));
const scoped = await measure("withTenant (RLS + scoped client)", () => withTenant(db.prisma, userId, (tx) => tx.contact.findMany(query)));
const reads = await measure("withTenantReads (RLS, no ORM)", () => withTenantReads(db.reads, userId, (tx) => tx.query(Prisma.sql`
  SELECT c.id, c."firstName", c."lastName", c.stage::text AS stage, c."createdAt" FROM "Contact" c
  WHERE c."userId" = ${userId} ORDER BY c."lastName", c.id LIMIT 50`)));
console.log(`tenancy overhead at p50: ${(scoped - bare).toFixed(2)} ms per request transaction; read-only path ${(reads - bare).toFixed(2)} ms`);

await db.close();
if (t.kind === "postgres") {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS alt_bench_${process.pid} WITH (FORCE)`);
  await admin.end();
}
process.exit(0);
