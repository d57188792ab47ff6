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
  /** Timeline rows of all agents, and of the big agent alone. */
  activities: number;
  bigAgentActivities: number;
  notes: number;
  seconds: number;
}

type Counts = Pick<SeededScale, "contacts" | "activities" | "bigAgentActivities" | "notes">;

async function countRows(sql: pg.Client, bigId: string): Promise<Counts> {
  const row = (await sql.query(
    `SELECT (SELECT count(*) FROM "Contact") AS contacts, (SELECT count(*) FROM "Activity") AS activities,
            (SELECT count(*) FROM "Activity" WHERE "userId" = $1) AS big, (SELECT count(*) FROM "Note") AS notes`,
    [bigId],
  )).rows[0];
  return { contacts: Number(row.contacts), activities: Number(row.activities), bigAgentActivities: Number(row.big), notes: Number(row.notes) };
}

const STAGES = `(ARRAY['NEW','ATTEMPTED_CONTACT','CONNECTED','APPOINTMENT_SET','ACTIVE_CLIENT','UNDER_CONTRACT','CLOSED','NURTURE','LOST'])[1 + (g % 9)]::"PipelineStage"`;
const SOURCES = `(ARRAY['ZILLOW','REALTOR_COM','WEBSITE','REFERRAL','OPEN_HOUSE','SIGN_CALL','SPHERE','OTHER'])[1 + (g % 8)]::"LeadSource"`;
const FIRST = `(ARRAY['Maria','James','Priya','Tom','Ken','Ana','Luis','Grace','Omar','Chen','Zoe','Ivan'])[1 + (g % 12)]`;
const LAST = `(ARRAY['Lopez','Becker','Shah','Ito','Nguyen','Smith','Garcia','Kowalski','Okafor','Larsen','Whitfield','Moreau'])[1 + ((g / 12) % 12)] || (g % 997)`;
const PHONE = `'+1512' || lpad((g % 10000000)::text, 7, '0')`;
// Notes as agents write them, on every tenth contact of every agent (a note is a Note row, which
// search reads, plus its NOTE timeline row, as lib/crm/timeline.ts writes them).
const NOTE_BODY = `'Wants ' || (2 + g % 4) || '-bed in ' || (ARRAY['Hyde Park','Mueller','Round Rock','Cedar Park','Pflugerville','Zilker','Travis Heights','Georgetown'])[1 + (g % 8)]
  || ', budget ' || (300 + (g % 50) * 10) || 'k; ' || (ARRAY['pre-approved with Chase','call after 5pm','spouse decides','relocating from Denver','needs a yard for the dog','selling condo first','referred by the Garcias','prefers text'])[1 + ((g / 8) % 8)]`;
const NOTE_EVERY = 10;

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
    const id = big.rows[0].id as string;
    return { url: url.toString(), bigAgent: { id, email: "agent0@bench.example", password: "bench-password-2026" }, busyContactId: `${id}-c7`, ...(await countRows(sql, id)), seconds: 0 };
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
  const insertNotes = (owners: string, perOwner: string) => `
    WITH written AS (
      INSERT INTO "Note" (id, "userId", "contactId", body, "createdAt", "updatedAt")
      SELECT u.id || '-n' || g, u.id, u.id || '-c' || g, ${NOTE_BODY}, now() - (g % 400) * interval '1 day', now()
      FROM ${owners} u, generate_series(${NOTE_EVERY}, ${perOwner}, ${NOTE_EVERY}) g
      RETURNING id, "userId", "contactId", body, "createdAt")
    INSERT INTO "Activity" (id, "userId", "contactId", type, summary, "occurredAt")
    SELECT 'a-' || id, "userId", "contactId", 'NOTE', body, "createdAt" FROM written`;
  await sql.query(insertNotes(bigOwner, String(big)));
  await sql.query(insertNotes(otherOwners, "1000"));
  const bigNotes = Math.floor(big / NOTE_EVERY);
  // The busy contact's 2,000 notes, then calls, so the big agent holds `timeline` timeline rows.
  await sql.query(
    `WITH written AS (
       INSERT INTO "Note" (id, "userId", "contactId", body, "createdAt", "updatedAt")
       SELECT 'busy' || g, $1, $1 || '-c7', 'Note number ' || g, now() - g * interval '1 hour', now() FROM generate_series(1, 2000) g
       RETURNING id, "userId", "contactId", body, "createdAt")
     INSERT INTO "Activity" (id, "userId", "contactId", type, summary, "occurredAt")
     SELECT id, "userId", "contactId", 'NOTE', body, "createdAt" FROM written`,
    [bigId],
  );
  await sql.query(
    `INSERT INTO "Activity" (id, "userId", "contactId", type, summary, "occurredAt")
     SELECT 'a' || g, $3, $3 || '-c' || (1 + (g % $2)), 'CALL', 'Call: Left voicemail', now() - g * interval '1 minute'
     FROM generate_series(1, $1) g`,
    [timeline - 2000 - bigNotes, big, bigId],
  );
  await sql.query("COMMIT");
  await sql.query("VACUUM ANALYZE");
  const counts = await countRows(sql, bigId);
  await sql.end();
  return {
    url,
    bigAgent: { id: bigId, email: "agent0@bench.example", password },
    busyContactId: `${bigId}-c7`,
    ...counts,
    seconds: (performance.now() - started) / 1000,
  };
}
