// Seeds a fresh PostgreSQL database at the scale for the benchmarks: one agent with
// 100,000 contacts and 1,000,000 timeline rows (one contact holding a 2,000-item timeline) beside
// 999 agents with 1,000 contacts each. BENCH_SCALE=0.1 seeds a tenth of everything.
// Rows are written with set-based INSERTs as the superuser; the search text is computed in the
// INSERT by the same SQL function the triggers use (alt_search_text_of), as imports do.
// BENCH_REUSE=1 keeps a database seeded by an earlier run (after applying any new migrations).
import pg from "pg";
import { hashPassword } from "../../../lib/auth/password";
import { openMigrationTarget } from "../../../lib/db/client";
import { applyMigrations } from "../../../lib/db/migrations/apply-migrations";
import { createBenchDatabase } from "./bench-database";

export interface SeededScale {
  url: string;
  bigAgent: { id: string; email: string; password: string };
  /** The contact with the 2,000-item timeline. */
  busyContactId: string;
  contacts: number;
  activities: number;
  seconds: number;
}

const STAGES = `(ARRAY['NEW','ATTEMPTED_CONTACT','CONNECTED','APPOINTMENT_SET','ACTIVE_CLIENT','UNDER_CONTRACT','CLOSED','NURTURE','LOST'])[1 + (g % 9)]::"PipelineStage"`;
const SOURCES = `(ARRAY['ZILLOW','REALTOR_COM','WEBSITE','REFERRAL','OPEN_HOUSE','SIGN_CALL','SPHERE','OTHER'])[1 + (g % 8)]::"LeadSource"`;
const FIRST = `(ARRAY['Maria','James','Priya','Tom','Ken','Ana','Luis','Grace','Omar','Chen','Zoe','Ivan'])[1 + (g % 12)]`;
const LAST = `(ARRAY['Lopez','Becker','Shah','Ito','Nguyen','Smith','Garcia','Kowalski','Okafor','Larsen','Whitfield','Moreau'])[1 + ((g / 12) % 12)] || (g % 997)`;
const PHONE = `'+1512' || lpad((g % 10000000)::text, 7, '0')`;

async function reuseBenchDatabase(adminUrl: string, name: string): Promise<SeededScale | null> {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const sql = new pg.Client({ connectionString: url.toString() });
  if (!(await sql.connect().then(() => true, () => false))) return null;
  try {
    const big = await sql.query(`SELECT id FROM "User" WHERE email = 'agent0@bench.example' AND "passwordHash" IS NOT NULL`).catch(() => null);
    if (!big?.rows[0]) return null;
    const migrator = await openMigrationTarget({ kind: "postgres", url: url.toString() });
    await applyMigrations(migrator.factory);
    await migrator.close();
    const counts = (await sql.query(`SELECT (SELECT count(*) FROM "Contact") AS contacts, (SELECT count(*) FROM "Activity") AS activities`)).rows[0];
    const id = big.rows[0].id as string;
    return { url: url.toString(), bigAgent: { id, email: "agent0@bench.example", password: "bench-password-2026" }, busyContactId: `${id}-c7`, contacts: Number(counts.contacts), activities: Number(counts.activities), seconds: 0 };
  } finally {
    await sql.end();
  }
}

export async function seedAtScale(adminUrl: string, name: string, scale: number): Promise<SeededScale> {
  if (process.env.BENCH_REUSE === "1") {
    const reused = await reuseBenchDatabase(adminUrl, name);
    if (reused) return reused;
  }
  const url = await createBenchDatabase(adminUrl, name);
  const big = Math.round(100_000 * scale);
  const others = Math.round(999 * scale);
  const timeline = Math.round(1_000_000 * scale);
  const sql = new pg.Client({ connectionString: url });
  await sql.connect();
  const started = performance.now();
  const password = "bench-password-2026";
  // IDs shaped like the app's cuids (25 characters), so index selectivity matches production.
  await sql.query(
    `INSERT INTO "User" (id, name, email, "timeZone", "updatedAt", "emailVerifiedAt", "passwordHash")
     SELECT 'cm' || substr(md5('user' || g), 1, 23), 'Agent ' || g, 'agent' || g || '@bench.example', 'America/Chicago', now(), now(), CASE WHEN g = 0 THEN $2 END
     FROM generate_series(0, $1) g`,
    [others, await hashPassword(password)],
  );
  const bigId = (await sql.query(`SELECT id FROM "User" WHERE email = 'agent0@bench.example'`)).rows[0].id as string;
  await sql.query("BEGIN");
  // The per-row triggers stand aside (app.bulk_write); the INSERT computes the search text itself.
  await sql.query(`SELECT set_config('app.bulk_write', 'on', true)`);
  const insertContacts = (owners: string, perOwner: string) => `
    INSERT INTO "Contact" (id, "userId", "firstName", "lastName", stage, source, "priceMax", "createdAt", "updatedAt", "nextFollowUpAt", "searchText")
    SELECT u.id || '-c' || g, u.id, ${FIRST}, ${LAST}, ${STAGES}, ${SOURCES}, 300000 + (g % 50) * 10000,
           now() - (g % 900) * interval '1 day', now() - (g % 300) * interval '1 hour',
           CASE WHEN g % 3 = 0 THEN NULL ELSE now() + (g % 60 - 30) * interval '1 day' END,
           alt_search_text_of(${FIRST}, ${LAST}, NULL, NULL, NULL, NULL, NULL, NULL, ${PHONE})
    FROM ${owners} u, generate_series(1, ${perOwner}) g`;
  const insertPhones = (owners: string, perOwner: string) => `
    INSERT INTO "ContactPhone" (id, "userId", "contactId", phone, "isPrimary")
    SELECT u.id || '-p' || g, u.id, u.id || '-c' || g, ${PHONE}, true FROM ${owners} u, generate_series(1, ${perOwner}) g`;
  const bigOwner = `(SELECT id FROM "User" WHERE id = '${bigId}')`;
  const otherOwners = `(SELECT id FROM "User" WHERE id <> '${bigId}')`;
  await sql.query(insertContacts(bigOwner, String(big)));
  await sql.query(insertPhones(bigOwner, String(big)));
  await sql.query(insertContacts(otherOwners, "1000"));
  await sql.query(insertPhones(otherOwners, "1000"));
  await sql.query(
    `INSERT INTO "Activity" (id, "userId", "contactId", type, summary, "occurredAt")
     SELECT 'a' || g, $3, $3 || '-c' || (1 + (g % $2)), 'CALL', 'Call: Left voicemail', now() - g * interval '1 minute'
     FROM generate_series(1, $1) g`,
    [timeline - 2000, big, bigId],
  );
  await sql.query(
    `INSERT INTO "Activity" (id, "userId", "contactId", type, summary, "occurredAt")
     SELECT 'busy' || g, $1, $1 || '-c7', 'NOTE', 'Note number ' || g, now() - g * interval '1 hour' FROM generate_series(1, 2000) g`,
    [bigId],
  );
  await sql.query("COMMIT");
  await sql.query("VACUUM ANALYZE");
  const counts = (await sql.query(`SELECT (SELECT count(*) FROM "Contact") AS contacts, (SELECT count(*) FROM "Activity") AS activities`)).rows[0];
  await sql.end();
  return {
    url,
    bigAgent: { id: bigId, email: "agent0@bench.example", password },
    busyContactId: `${bigId}-c7`,
    contacts: Number(counts.contacts),
    activities: Number(counts.activities),
    seconds: (performance.now() - started) / 1000,
  };
}
