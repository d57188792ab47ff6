// The background half of an import: reads the stored file, plans it against the agent's contacts
// as they are now, and writes it all in one transaction, reporting progress on the way. Safe to
// run twice (a retried job finds the run DONE and stops), and a failure writes nothing.
import "server-only";
import { withTenantDb } from "../../db";
import { agentTimeZone } from "../contacts/contacts";
import { readMapping } from "./column-mapping";
import { forgetProgress, recordProgress } from "./import-progress";
import { planImport } from "./plan-import";
import { readCsv } from "./read-csv";
import { duplicatePolicy } from "./run-import";
import { existingIndex, writeRows } from "./write-import";

const SAVE_FAILED = "Something went wrong while saving, so nothing from this file was imported. Try again; if it happens again, contact support.";

export type ImportJobOutcome = "done" | "failed" | "not-found" | "already-finished";

export async function processImportRun(userId: string, importRunId: string): Promise<ImportJobOutcome> {
  const run = await withTenantDb(userId, (db) =>
    db.importRun.findFirst({ where: { id: importRunId }, select: { status: true, upload: true, mapping: true, duplicatePolicy: true } }),
  );
  if (!run) return "not-found";
  if (run.status === "DONE" || run.status === "FAILED" || !run.upload) return "already-finished";

  const fail = async (error: string): Promise<ImportJobOutcome> => {
    await withTenantDb(userId, (db) =>
      db.importRun.update({ where: { id: importRunId }, data: { status: "FAILED", error, upload: null, mapping: null, finishedAt: new Date() } }),
    );
    return "failed";
  };
  await withTenantDb(userId, (db) => db.importRun.update({ where: { id: importRunId }, data: { status: "RUNNING", processedRows: 0 } }));
  const csv = readCsv(run.upload);
  if (!csv.ok) return fail(csv.error);
  const mapping = readMapping(run.mapping ?? "", csv.headers.length);
  if (!mapping.ok) return fail(mapping.error);

  try {
    await withTenantDb(
      userId,
      async (db) => {
        const plan = planImport(csv.headers, csv.rows, mapping.mapping, await existingIndex(db), duplicatePolicy(run.duplicatePolicy), await agentTimeZone(db));
        await writeRows(db, plan.rows, (done) => recordProgress(userId, importRunId, done));
        await db.importRun.update({
          where: { id: importRunId },
          data: {
            status: "DONE",
            processedRows: csv.rows.length,
            created: plan.counts.create,
            updated: plan.counts.update,
            skipped: plan.counts.skip,
            upload: null,
            mapping: null,
            finishedAt: new Date(),
          },
        });
      },
      { timeoutMs: 10 * 60_000 },
    );
    return "done";
  } catch (error) {
    // The transaction rolled back: nothing from the file is saved. The cause is for operators.
    console.error(`[import] run ${importRunId} failed: ${(error as Error).message}`);
    return fail(SAVE_FAILED);
  } finally {
    forgetProgress(importRunId);
  }
}
