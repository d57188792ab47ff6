// HTTP benchmark at the scale: `next start` on PostgreSQL seeded with one agent holding
// 100,000 contacts and 1,000,000 timeline rows beside 999 agents with 1,000 contacts each; a
// signed-in autocannon load on the contact list page, the search endpoint and a contact page with
// a 2,000-item timeline, at 1 and 10 connections, against two baselines measured in the same run
// on the same server: a bare route handler returning constant JSON (/bench/json) and a bare page
// rendering a constant 50-row table (/bench/table). Prints each figure and its ratio to the baseline,
// with the signed-in app shell around an empty page (/bench-shell), the pipeline board and the
// dashboard as references. Each ratio compares rounds interleaved with the baseline's (see below).
// Usage: npm run build, then
//   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres \
//   npx tsx --conditions react-server tests/bench/http-at-scale.ts
// BENCH_SCALE=0.1 seeds a tenth; BENCH_SECONDS sets each figure's total measuring time (default 15), in 2 s rounds.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { chromium } from "@playwright/test";
import { seedAtScale } from "./support/seed-at-scale";

interface Instance {
  on(event: "response", listener: (client: unknown, status: number, bytes: number, ms: number) => void): void;
  on(event: "reqError", listener: (error: { code?: string; message?: string }) => void): void;
  then: Promise<{ requests: { average: number }; non2xx: number; errors: number; duration: number }>["then"];
}
const autocannon = createRequire(import.meta.url)("autocannon") as (options: object) => Instance;

const adminUrl = process.env.BENCH_DATABASE_URL;
if (!adminUrl) throw new Error("Set BENCH_DATABASE_URL to a PostgreSQL admin connection string.");
const scale = Number(process.env.BENCH_SCALE ?? 1);
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const port = 3200;
const base = `http://localhost:${port}`;

const seeded = await seedAtScale(adminUrl, "alt_bench_http", scale);
const n = (value: number) => value.toLocaleString("en-US");
console.log(`seeded ${n(seeded.contacts)} contacts, ${n(seeded.activities)} timeline rows (${n(seeded.bigAgentActivities)} of them the big agent's) and ${n(seeded.notes)} notes in ${seeded.seconds.toFixed(0)} s`);

const server = spawn("node_modules/.bin/next", ["start", "-p", String(port)], {
  env: {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: seeded.url,
    LOCAL_MODE: "true",
    APP_URL: base,
    AUTH_SECRET: "bench-only-secret-not-used-anywhere-else-0123456789",
    BENCH_BASELINES: "1",
    JOBS_WORKER: "off",
    NEXT_TELEMETRY_DISABLED: "1",
  },
  stdio: ["ignore", "ignore", "inherit"],
});
process.on("exit", () => server.kill());
for (let i = 0; ; i++) {
  if (i > 120) throw new Error("next start did not answer within 60 s (run `npm run build` first).");
  if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) break;
  await new Promise((resolve) => setTimeout(resolve, 500));
}

// Sign in through the real form, as an agent would, and reuse the session cookie.
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-background-networking"] });
const page = await browser.newPage({ baseURL: base });
await page.goto("/sign-in");
await page.getByLabel("Email").fill(seeded.bigAgent.email);
await page.getByLabel("Password").fill(seeded.bigAgent.password);
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL(/\/dashboard$/, { timeout: 60_000 });
const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
await browser.close();

interface Target { label: string; paths: string[]; baseline?: "route" | "page"; expect: string }
const terms = ["whitf", "maria lop", "5125550123", "grcia", "okafor12", "512-555-0042"];
const targets: Target[] = [
  { label: "baseline: bare route (constant JSON)", paths: ["/bench/json"], expect: "Contact 0" },
  { label: "baseline: bare page (constant 50-row table)", paths: ["/bench/table"], expect: "Contact 49" },
  // Not a target: the signed-in floor (layout + session check), to show where a page's time goes.
  { label: "reference: signed-in app shell, empty page", paths: ["/bench-shell"], baseline: "page", expect: "Signed-in shell baseline" },
  { label: "contact list page (50 rows, name sort, stage filter)", paths: ["/contacts?stage=CONNECTED&sort=name"], baseline: "page", expect: "Next page" },
  { label: "search endpoint (mixed terms)", paths: terms.map((q) => `/api/contacts/search?q=${encodeURIComponent(q)}`), baseline: "route", expect: "results" },
  { label: "contact page (2,000-item timeline)", paths: [`/contacts/${seeded.busyContactId}`], baseline: "page", expect: "Note number 1" },
  // Not targets: the other pages an agent opens daily, tracked against the same baseline.
  { label: "reference: pipeline board (225 cards)", paths: ["/contacts/board"], baseline: "page", expect: "See all" },
  { label: "reference: dashboard", paths: ["/dashboard"], baseline: "page", expect: "Overdue follow-ups" },
];

// Every target must answer 200 with its real content for this session before it is measured.
for (const t of targets) {
  for (const path of t.paths) {
    const response = await fetch(base + path, { headers: { cookie }, redirect: "manual" });
    const body = await response.text();
    if (response.status !== 200 || !body.includes(t.expect)) throw new Error(`${path}: HTTP ${response.status}, expected "${t.expect}" in the body`);
  }
}

interface Sample { latencies: number[]; seconds: number }
interface Figures { rps: number; p50: number; p95: number }
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
async function load(t: Target, connections: number, duration: number): Promise<Sample> {
  const latencies: number[] = [];
  const instance = autocannon({
    url: base,
    connections,
    duration,
    headers: { cookie },
    requests: t.paths.map((path) => ({ method: "GET", path })),
  });
  instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  const errors = new Map<string, number>();
  instance.on("reqError", (error) => {
    const kind = error.code ?? error.message ?? "unknown";
    errors.set(kind, (errors.get(kind) ?? 0) + 1);
  });
  const result = await instance;
  if (result.non2xx || result.errors) {
    const kinds = [...errors].map(([kind, n]) => `${kind} ×${n}`).join(", ");
    throw new Error(`${t.label}: ${result.non2xx} non-2xx responses, ${result.errors} errors (${kinds})`);
  }
  return { latencies, seconds: duration };
}
function figures(samples: Sample[]): Figures {
  const latencies = samples.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const seconds = samples.reduce((sum, s) => sum + s.seconds, 0);
  return { rps: latencies.length / seconds, p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95) };
}

// Each target is measured in short rounds alternating with its baseline (baseline, target,
// baseline, target, …) and compared with the baseline's figures from those same rounds, so a
// slow minute on a shared machine slows both sides of a ratio instead of skewing it.
const ROUND_SECONDS = 2;
const rounds = Math.max(1, Math.round(seconds / ROUND_SECONDS));
const fmt = (n: number, digits = 1) => n.toFixed(digits).padStart(7);
const line = (label: string, f: Figures, ratio = "") => `  ${label.padEnd(54)} ${fmt(f.rps, 0)} req/s  p50 ${fmt(f.p50)} ms  p95 ${fmt(f.p95)} ms${ratio}`;
for (const connections of [1, 10]) {
  console.log(`\n${connections} connection${connections > 1 ? "s" : ""}, ${rounds} rounds of ${ROUND_SECONDS} s each, alternating with the baseline (after a 3 s warm-up):`);
  for (const t of targets) {
    const baseline = t.baseline ? targets[t.baseline === "route" ? 0 : 1]! : null;
    if (!baseline) {
      await load(t, connections, 3);
      const samples: Sample[] = [];
      for (let i = 0; i < rounds; i++) samples.push(await load(t, connections, ROUND_SECONDS));
      console.log(line(t.label, figures(samples)));
      continue;
    }
    await load(t, connections, 3);
    const mine: Sample[] = [];
    const theirs: Sample[] = [];
    for (let i = 0; i < rounds; i++) {
      theirs.push(await load(baseline, connections, ROUND_SECONDS));
      mine.push(await load(t, connections, ROUND_SECONDS));
    }
    const f = figures(mine);
    const b = figures(theirs);
    console.log(line(t.label, f, `  throughput ×${(f.rps / b.rps).toFixed(2)} of baseline, p95 ×${(f.p95 / b.p95).toFixed(2)} (baseline meanwhile ${b.rps.toFixed(0)} req/s, p95 ${b.p95.toFixed(1)} ms)`));
  }
}
server.kill();
process.exit(0);
