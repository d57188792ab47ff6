// Totals the CI run: test counts from the vitest and Playwright JSON reports, plus one check each
// for lint, typecheck, db:check and build. A suite that failed without a report counts as failed.
// Prints "N passed, N failed" and exits non-zero when anything failed.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const [dir, lint, typecheck, dbCheck, build, pglite, postgres, e2e] = process.argv.slice(2);
let passed = 0;
let failed = 0;

for (const status of [lint, typecheck, dbCheck, build]) {
  if (status === "0") passed++;
  else failed++;
}

function vitest(file, status) {
  const path = join(dir, file);
  if (!existsSync(path)) return void failed++;
  const report = JSON.parse(readFileSync(path, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (status !== "0" && report.numFailedTests === 0) failed++; // e.g. an unhandled error
}

function playwright(file, status) {
  const path = join(dir, file);
  if (!existsSync(path)) return void failed++;
  const { stats } = JSON.parse(readFileSync(path, "utf8"));
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
  if (status !== "0" && stats.unexpected === 0) failed++;
}

vitest("vitest-pglite.json", pglite);
vitest("vitest-postgres.json", postgres);
playwright("playwright.json", e2e);

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
