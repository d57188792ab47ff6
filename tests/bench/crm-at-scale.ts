// The CRM's queries at the scale, on PostgreSQL: one agent with 100,000 contacts and
// 1,000,000 timeline rows beside 999 agents with 1,000 contacts each. Measures the lib functions
// behind the contact list (first 50 rows, sorted, one filter), search, and a contact page with a
// 2,000-item timeline, at 1 and 10 concurrent callers; then every list sort, first page and 20
// pages in, the possible-duplicates view and the contacts CSV export. (HTTP throughput against `next start`
// with autocannon is a separate, later benchmark.)
// Usage: BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres \
//        npx tsx --conditions react-server tests/bench/crm-at-scale.ts
// BENCH_SCALE=0.1 seeds a tenth of everything for a quick run.
import { seedAtScale } from "./support/seed-at-scale";

const adminUrl = process.env.BENCH_DATABASE_URL;
if (!adminUrl) throw new Error("Set BENCH_DATABASE_URL to a PostgreSQL admin connection string.");
const seeded = await seedAtScale(adminUrl, "alt_bench_crm", Number(process.env.BENCH_SCALE ?? 1));
console.log(`seeded ${seeded.contacts} contacts, ${seeded.activities} timeline rows (${seeded.bigAgentActivities} of them the big agent's) and ${seeded.notes} notes in ${seeded.seconds.toFixed(1)} s`);
const big = seeded.bigAgent.id;

process.env.DATABASE_URL = seeded.url;
const { listContacts } = await import("../../lib/crm/contacts/contacts-view");
const { readContactFilters } = await import("../../lib/crm/contacts/contact-filters");
const { suggestContacts } = await import("../../lib/crm/contacts/search-contacts");
const { getContactPage } = await import("../../lib/crm/contacts/contact-page");
const { findDuplicates } = await import("../../lib/crm/contacts/duplicates");
const { exportCsv } = await import("../../lib/crm/export/export-data");

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
  await measure("contact page (2,000-item timeline, first 50)", () => getContactPage(big, seeded.busyContactId), c);
}

// Every sort the list offers, on its first page and 20 pages in (keyset cursor), and the filter
// that picks the contacts without a date: each must read an index range, not sort the agent's
// 100,000 contacts (the last-contacted sort did: 140 ms a page before its index).
const views: [string, Record<string, string>][] = [
  ["name", { sort: "name" }],
  ["newest", { sort: "newest" }],
  ["updated", { sort: "updated" }],
  ["follow-up", { sort: "followUp" }],
  ["last contacted", { sort: "lastContacted" }],
  ["no follow-up set, by follow-up", { sort: "followUp", noFollowUp: "1" }],
];
for (const [label, query] of views) {
  const filters = readContactFilters(query);
  let cursor: string | null = null;
  for (let page = 1; page <= 20; page++) cursor = (await listContacts(big, filters, cursor)).next;
  await measure(`list by ${label}, first page`, () => listContacts(big, filters), 1, 50);
  await measure(`list by ${label}, page 21`, () => listContacts(big, filters, cursor), 1, 50);
}
// The possible-duplicates view reads the agent's whole book of emails and phones on every visit.
await measure("possible duplicates (whole book)", () => findDuplicates(big), 1, 20);
// The whole book as CSV (100,000 rows, about 11 MB).
await measure("contacts CSV export (whole book)", () => exportCsv(big, "contacts"), 1, 3);
process.exit(0);
