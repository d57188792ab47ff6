// CSV import end to end through the lib for 10,000 and 100,000 rows on PostgreSQL: analyse, dry run
// (plan with duplicate detection), commit (store the file, queue the job), and the background job
// on the real pg-boss queue until the run is DONE. Prints the time of each step.
// Usage: BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres \
//        npx tsx --conditions react-server tests/bench/csv-import.ts
import pg from "pg";
import { createBenchDatabase } from "./support/bench-database";

const adminUrl = process.env.BENCH_DATABASE_URL;
if (!adminUrl) throw new Error("Set BENCH_DATABASE_URL to a PostgreSQL admin connection string.");
const sizes = (process.env.BENCH_ROWS ?? "10000,100000").split(",").map(Number);

const url = await createBenchDatabase(adminUrl, "alt_bench_import");
process.env.DATABASE_URL = url;

const { runImportStep, getImportStatus } = await import("../../lib/crm/import/run-import");
const { startWorker } = await import("../../lib/jobs/worker");
const { stopQueue } = await import("../../lib/jobs/queue");
await startWorker();
const sql = new pg.Client({ connectionString: url });
await sql.connect();

const SOURCES = ["Zillow", "Realtor.com", "Open House", "Referral", "Website"];
for (const size of sizes) {
  const userId = `bench-${size}`;
  await sql.query(`INSERT INTO "User" (id, name, email, "updatedAt") VALUES ($1, 'Bench', $2, now())`, [userId, `${userId}@bench.example`]);
  const lines = ["First Name,Last Name,Email,Phone,Lead Source,Tags,Notes"];
  for (let i = 0; i < size; i++) {
    lines.push(`Lead${i},Person${i % 997},lead${i}@bench.example,(512) ${String(200 + (i % 700)).padStart(3, "0")}-${String(i % 10000).padStart(4, "0")},${SOURCES[i % 5]},${i % 7 ? "" : "hot"},${i % 10 ? "" : "Asked about schools"}`);
  }
  const bytes = new TextEncoder().encode(lines.join("\n"));
  const input = { fileName: "bench.csv", bytes, mapping: "", duplicates: "skip" };
  let t = performance.now();
  const analysis = await runImportStep(userId, { ...input, step: "analyze" });
  if (!analysis.ok || analysis.step !== "analyze") throw new Error(JSON.stringify(analysis));
  const mapping = JSON.stringify(analysis.mapping);
  const analyzeMs = performance.now() - t;
  t = performance.now();
  const dry = await runImportStep(userId, { ...input, mapping, step: "dry-run" });
  const dryMs = performance.now() - t;
  t = performance.now();
  const queued = await runImportStep(userId, { ...input, mapping, step: "commit" });
  const queueMs = performance.now() - t;
  if (!dry.ok || !queued.ok || queued.step !== "queued") throw new Error(JSON.stringify(queued));
  let run = await getImportStatus(userId, queued.runId);
  while (run && run.status !== "DONE" && run.status !== "FAILED") {
    await new Promise((resolve) => setTimeout(resolve, 100));
    run = await getImportStatus(userId, queued.runId);
  }
  const jobMs = performance.now() - t - queueMs;
  if (run?.status !== "DONE") throw new Error(JSON.stringify(run));
  const s = (ms: number) => (ms / 1000).toFixed(2);
  console.log(`${size.toLocaleString("en-US")} rows (${(bytes.byteLength / 1e6).toFixed(1)} MB): analyse ${s(analyzeMs)} s, dry run ${s(dryMs)} s, commit (store + queue) ${s(queueMs)} s, background job until DONE ${s(jobMs)} s; end to end ${(
    (analyzeMs + dryMs + queueMs + jobMs) / 1000
  ).toFixed(1)} s; created ${run.created}, skipped ${run.skipped}`);
}
await sql.end();
await stopQueue();
process.exit(0);
