// Calendar push throughput: 100 connected agents, 200 appointments, 1,000 edits made in bursts
// while the worker runs, drained against the local fake Google on PostgreSQL. Prints jobs/s and
// Google calls per final appointment state (target: at most 1).
// Usage: BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres \
//        npx tsx --conditions react-server tests/bench/calendar-push.ts
import pg from "pg";
import { startFakeGoogle } from "../fakes/google/fake-google";
import { createBenchDatabase } from "./support/bench-database";

const adminUrl = process.env.BENCH_DATABASE_URL;
if (!adminUrl) throw new Error("Set BENCH_DATABASE_URL to a PostgreSQL admin connection string.");
const AGENTS = 100;
const PER_AGENT = 2;
const EDITS_PER_APPOINTMENT = 5;

const url = await createBenchDatabase(adminUrl, "alt_bench_calendar");
const google = await startFakeGoogle({ clientId: "bench-client", clientSecret: "bench-secret" });
Object.assign(process.env, { DATABASE_URL: url, GOOGLE_CLIENT_ID: "bench-client", GOOGLE_CLIENT_SECRET: "bench-secret", GOOGLE_API_BASE_URL: google.url, APP_URL: "http://localhost:3000" });
const { startConnect, finishConnect } = await import("../../lib/integrations/google-calendar/connect");
const { createAppointment, updateAppointment } = await import("../../lib/crm/appointments/appointments");
const { startWorker } = await import("../../lib/jobs/worker");
const { stopQueue } = await import("../../lib/jobs/queue");

const sql = new pg.Client({ connectionString: url });
await sql.connect();
const users = (
  await sql.query(`INSERT INTO "User" (id, name, email, "timeZone", "updatedAt") SELECT 'bench-' || g, 'Agent ' || g, 'agent' || g || '@bench.example', 'America/Chicago', now() FROM generate_series(1, $1) g RETURNING id`, [AGENTS])
).rows.map((r: { id: string }) => r.id);
for (const [i, userId] of users.entries()) {
  const back = await google.authorize(await startConnect(userId), { email: `agent${i}@gmail.test` });
  const result = await finishConnect(userId, { state: back.searchParams.get("state"), code: back.searchParams.get("code") });
  if (!result.ok) throw new Error(result.error);
}
const form = (title: string, hour: number) => ({ title, type: "SHOWING", date: "2027-01-15", startTime: `${String(hour).padStart(2, "0")}:00`, endTime: `${String(hour + 1).padStart(2, "0")}:00`, location: "1 Main St", notes: "", propertyId: "", contactIds: [], reminder: "" });

await startWorker();
const callsBefore = google.requests.filter((r) => r.path.startsWith("/calendar/")).length;
const started = performance.now();
// Each agent creates its appointments and edits each one in a quick burst, ten agents at a time.
let edits = 0;
for (let batch = 0; batch < users.length; batch += 10) {
  await Promise.all(
    users.slice(batch, batch + 10).map(async (userId) => {
      for (let a = 0; a < PER_AGENT; a++) {
        const saved = await createAppointment(userId, form("Showing v0", 9 + a));
        if (!saved.ok) throw new Error("not saved");
        for (let e = 1; e < EDITS_PER_APPOINTMENT; e++) {
          await updateAppointment(userId, saved.id, form(`Showing v${e}`, 9 + a));
          edits++;
        }
        edits++;
      }
    }),
  );
}
const editsDone = performance.now();
const appointments = AGENTS * PER_AGENT;
for (;;) {
  const { rows } = await sql.query(`SELECT count(*)::int AS n FROM "Appointment" WHERE "syncStatus" = 'SYNCED'`);
  if (rows[0].n === appointments) break;
  if (performance.now() - started > 300_000) throw new Error(`only ${rows[0].n} of ${appointments} synced after 5 minutes`);
  await new Promise((resolve) => setTimeout(resolve, 100));
}
const drained = performance.now();
const calls = google.requests.filter((r) => r.path.startsWith("/calendar/")).slice(callsBefore);
const finalTitles = [...google.calendar.events.values()].flatMap((events) => [...events.values()].map((e) => e.summary));
const { rows: jobRows } = await sql.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'calendar-push' AND state = 'completed'`);
console.log(`${edits} appointment writes (${appointments} appointments × ${EDITS_PER_APPOINTMENT}) by ${AGENTS} connected agents in ${((editsDone - started) / 1000).toFixed(1)} s`);
console.log(`queue drained ${((drained - started) / 1000).toFixed(1)} s after the first write: ${jobRows[0].n} push jobs ran, ${(jobRows[0].n / ((drained - started) / 1000)).toFixed(1)} jobs/s`);
console.log(`Google calls: ${calls.length} (${calls.filter((c) => c.method === "POST").length} inserts, ${calls.filter((c) => c.method === "PATCH").length} patches) for ${appointments} final states = ${(calls.length / appointments).toFixed(2)} per appointment; every event shows its last version: ${finalTitles.every((t) => t === `Showing v${EDITS_PER_APPOINTMENT - 1}`)}`);
await sql.end();
await stopQueue();
await google.close();
process.exit(0);
