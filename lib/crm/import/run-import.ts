// CSV import as the import page sees it: analyse (headers, suggested mapping, sample), dry run (the
// plan, nothing written), and commit, which stores the file with the agent's choices and queues the
// background job (import-job.ts) that writes it; plus the import's progress and the history.
import "server-only";
import { withTenantDb } from "../../db";
import { enqueue } from "../../jobs/queue";
import { agentTimeZone } from "../contacts/contacts";
import { autoMap, readMapping, type ImportField } from "./column-mapping";
import { liveProgress } from "./import-progress";
import { planImport, type DuplicatePolicy, type ImportPlan, type PlannedRow } from "./plan-import";
import { readCsv } from "./read-csv";
import { existingIndex } from "./write-import";

export type ImportStep =
  | { ok: false; error: string }
  | { ok: true; step: "analyze"; headers: string[]; mapping: ImportField[]; sample: string[][]; rowCount: number }
  | { ok: true; step: "dry-run"; plan: Omit<ImportPlan, "rows"> & { rows: Omit<PlannedRow, "data" | "note">[] } }
  | { ok: true; step: "queued"; runId: string };

const NOT_STARTED = "The import couldn't be started. Nothing was imported; try again in a minute.";

export const duplicatePolicy = (value: string | null | undefined): DuplicatePolicy => (value === "merge" ? "merge" : "skip");

export async function runImportStep(
  userId: string,
  input: { step: string; fileName: string; bytes: Uint8Array; mapping: string; duplicates: string },
): Promise<ImportStep> {
  const csv = readCsv(input.bytes);
  if (!csv.ok) return csv;
  if (input.step === "analyze") {
    return { ok: true, step: "analyze", headers: csv.headers, mapping: autoMap(csv.headers), sample: csv.rows.slice(0, 5), rowCount: csv.rows.length };
  }
  const mapping = readMapping(input.mapping, csv.headers.length);
  if (!mapping.ok) return mapping;
  const policy = duplicatePolicy(input.duplicates);
  if (input.step === "commit") return queueImport(userId, input, csv.rows.length, policy);
  return withTenantDb(userId, async (db) => {
    const plan = planImport(csv.headers, csv.rows, mapping.mapping, await existingIndex(db), policy, await agentTimeZone(db));
    return { ok: true, step: "dry-run", plan: { counts: plan.counts, rows: plan.rows.map(({ data: _d, note: _n, ...r }) => r) } } as const;
  });
}

/** Keeps the file and the choices on a new import run and queues the job that writes it. */
async function queueImport(
  userId: string,
  input: { fileName: string; bytes: Uint8Array; mapping: string },
  rowCount: number,
  policy: DuplicatePolicy,
): Promise<ImportStep> {
  const run = await withTenantDb(userId, (db) =>
    db.importRun.create({
      data: {
        userId: db.userId,
        fileName: input.fileName.slice(0, 200) || "import.csv",
        rowCount,
        status: "QUEUED",
        upload: Buffer.from(input.bytes),
        mapping: input.mapping,
        duplicatePolicy: policy,
      },
      select: { id: true },
    }),
  );
  try {
    await enqueue("import-contacts", { userId, importRunId: run.id }, { singletonKey: run.id });
  } catch (error) {
    console.error(`[import] could not queue run ${run.id}: ${(error as Error).message}`);
    await withTenantDb(userId, (db) =>
      db.importRun.update({ where: { id: run.id }, data: { status: "FAILED", upload: null, error: NOT_STARTED, finishedAt: new Date() } }),
    );
    return { ok: false, error: NOT_STARTED };
  }
  return { ok: true, step: "queued", runId: run.id };
}

export interface ImportRunStatus {
  id: string;
  fileName: string;
  status: "QUEUED" | "RUNNING" | "DONE" | "FAILED";
  rowCount: number;
  processedRows: number;
  created: number;
  updated: number;
  skipped: number;
  error: string | null;
  createdAt: Date;
}

const STATUS_FIELDS = { id: true, fileName: true, status: true, rowCount: true, processedRows: true, created: true, updated: true, skipped: true, error: true, createdAt: true } as const;

/** One import's progress, or null when it isn't this agent's. */
export async function getImportStatus(userId: string, importRunId: string): Promise<ImportRunStatus | null> {
  const run = await withTenantDb(userId, (db) => db.importRun.findFirst({ where: { id: importRunId }, select: STATUS_FIELDS }));
  if (!run) return null;
  const live = run.status === "RUNNING" ? liveProgress(run.id) : undefined;
  return { ...run, processedRows: Math.max(run.processedRows, live ?? 0) };
}

export function listImportRuns(userId: string): Promise<ImportRunStatus[]> {
  return withTenantDb(userId, (db) => db.importRun.findMany({ orderBy: { createdAt: "desc" }, take: 20, select: STATUS_FIELDS }));
}
