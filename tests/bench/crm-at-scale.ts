// The CRM's queries at the scale, on PostgreSQL: one agent with 100,000 contacts and
// 1,000,000 timeline rows beside 999 agents with 1,000 contacts each. Measures the lib functions
// behind the contact list (first 50 rows, sorted, one filter), search, and a contact page with a
// 2,000-item timeline, at 1 and 10 concurrent callers. (HTTP throughput against `next start`
// with autocannon is a separate, later benchmark.)
// Usage: BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres \
//        npx tsx --conditions react-server tests/bench/crm-at-scale.ts
// BENCH_SCALE=0.1 seeds a tenth of everything for a quick run.
import pg from "pg";
import { openMigrationTarget } from "../../lib/db/client";
import { applyMigrations } from "../../lib/db/migrations/apply-migrations";

const adminUrl = process.env.BENCH_DATABASE_URL;
if (!adminUrl) throw new Error("Set BENCH_DATABASE_URL to a PostgreSQL admin connection string.");
const scale = Number(process.env.BENCH_SCALE ?? 1);
const BIG = Math.round(100_000 * scale);
const OTHERS = Math.round(999 * scale);
const TIMELINE = Math.round(1_000_000 * scale);

const name = "alt_bench_crm";
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
await admin.query(`CREATE DATABASE ${name}`);
await admin.end();
const url = new URL(adminUrl);
url.pathname = `/${name}`;
const migrator = await openMigrationTarget({ kind: "postgres", url: url.toString() });
await applyMigrations(migrator.factory);
await migrator.close();

const sql = new pg.Client({ connectionString: url.toString() });
await sql.connect();
const seedStart = performance.now();
// IDs shaped like the app's cuids (25 characters), so index selectivity matches production.
await sql.query(`INSERT INTO "User" (id, name, email, "timeZone", "updatedAt") SELECT 'cm' || substr(md5('user' || g), 1, 23), 'Agent ' || g, 'agent' || g || '@bench.example', 'America/Chicago', now() FROM generate_series(0, $1) g`, [OTHERS]);
const ids = (await sql.query(`SELECT id FROM "User" ORDER BY email`)).rows.map((r: { id: string }) => r.id);
const big = (await sql.query(`SELECT id FROM "User" WHERE email = 'agent0@bench.example'`)).rows[0].id as string;
const stages = `(ARRAY['NEW','ATTEMPTED_CONTACT','CONNECTED','APPOINTMENT_SET','ACTIVE_CLIENT','UNDER_CONTRACT','CLOSED','NURTURE','LOST'])[1 + (g % 9)]::"PipelineStage"`;
const sources = `(ARRAY['ZILLOW','REALTOR_COM','WEBSITE','REFERRAL','OPEN_HOUSE','SIGN_CALL','SPHERE','OTHER'])[1 + (g % 8)]::"LeadSource"`;
const first = `(ARRAY['Maria','James','Priya','Tom','Ken','Ana','Luis','Grace','Omar','Chen','Zoe','Ivan'])[1 + (g % 12)]`;
const last = `(ARRAY['Lopez','Becker','Shah','Ito','Nguyen','Smith','Garcia','Kowalski','Okafor','Larsen','Whitfield','Moreau'])[1 + ((g / 12) % 12)] || (g % 997)`;
async function contacts(userId: string, count: number) {
  await sql.query(
    `INSERT INTO "Contact" (id, "userId", "firstName", "lastName", stage, source, "priceMax", "createdAt", "updatedAt", "nextFollowUpAt")
     SELECT $1 || '-c' || g, $1, ${first}, ${last}, ${stages}, ${sources}, 300000 + (g % 50) * 10000,
            now() - (g % 900) * interval '1 day', now() - (g % 300) * interval '1 hour',
            CASE WHEN g % 3 = 0 THEN NULL ELSE now() + (g % 60 - 30) * interval '1 day' END
     FROM generate_series(1, $2) g`,
    [userId, count],
  );
  await sql.query(
    `INSERT INTO "ContactPhone" (id, "userId", "contactId", phone, "isPrimary") SELECT $1 || '-p' || g, $1, $1 || '-c' || g, '+1512' || lpad((g % 10000000)::text, 7, '0'), true FROM generate_series(1, $2) g`,
    [userId, count],
  );
}
await contacts(big, BIG);
for (const id of ids) if (id !== big) await contacts(id, 1000);
await sql.query(
  `INSERT INTO "Activity" (id, "userId", "contactId", type, summary, "occurredAt")
   SELECT 'a' || g, $3, $3 || '-c' || (1 + (g % $2)), 'CALL', 'Call: Left voicemail', now() - g * interval '1 minute'
   FROM generate_series(1, $1) g`,
  [TIMELINE, BIG, big],
);
// One contact with a 2,000-item timeline for the contact page.
await sql.query(`INSERT INTO "Activity" (id, "userId", "contactId", type, summary, "occurredAt") SELECT 'busy' || g, $1, $1 || '-c7', 'NOTE', 'Note number ' || g, now() - g * interval '1 hour' FROM generate_series(1, 2000) g`, [big]);
await sql.query("ANALYZE");
const counts = (await sql.query(`SELECT (SELECT count(*) FROM "Contact") AS contacts, (SELECT count(*) FROM "Activity") AS activities`)).rows[0];
console.log(`seeded ${counts.contacts} contacts and ${counts.activities} timeline rows in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
await sql.end();

process.env.DATABASE_URL = url.toString();
const { listContacts } = await import("../../lib/crm/contacts/list-contacts");
const { readContactFilters } = await import("../../lib/crm/contacts/contact-filters");
const { suggestContacts } = await import("../../lib/crm/contacts/search-contacts");
const { getContactPage } = await import("../../lib/crm/contacts/contact-page");

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
async function measure(label: string, run: (i: number) => Promise<unknown>, concurrency: number, rounds = 200) {
  for (let i = 0; i < 20; i++) await run(i);
  const times: number[] = [];
  const started = performance.now();
  for (let r = 0; r < rounds / concurrency; r++) {
    await Promise.all(Array.from({ length: concurrency }, async (_, k) => {
      const t0 = performance.now();
      await run(r * concurrency + k);
      times.push(performance.now() - t0);
    }));
  }
  const total = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(44)} c=${String(concurrency).padEnd(3)} p50 ${percentile(times, 0.5).toFixed(1).padStart(6)} ms  p95 ${percentile(times, 0.95).toFixed(1).padStart(6)} ms  ${(times.length / total).toFixed(0).padStart(5)} calls/s`);
}

const listFilters = readContactFilters({ stage: "CONNECTED", sort: "name" });
const terms = ["whitf", "maria lop", "5125550123", "grcia", "okafor12", "512-555-0042"];
for (const c of [1, 10]) {
  await measure("contact list (50 rows, name sort, stage filter)", () => listContacts(big, listFilters), c);
  await measure("search suggestions (8, mixed terms)", (i) => suggestContacts(big, terms[i % terms.length]!), c);
  await measure("contact page (2,000-item timeline, first 50)", () => getContactPage(big, `${big}-c7`), c);
}
process.exit(0);
