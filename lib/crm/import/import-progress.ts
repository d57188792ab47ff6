// Live progress of running imports. The job writes all rows in one transaction, so its progress
// cannot live in that transaction: on PostgreSQL it is written beside it on a second connection
// (any app instance can answer "how far along?"); PGlite is one process with one connection, so
// there the process's memory is the record.
import "server-only";
import { hasConcurrentConnections, withTenantDb } from "../../db";

const store = globalThis as typeof globalThis & { __altImportProgress?: Map<string, number> };
const live = (store.__altImportProgress ??= new Map());

export async function recordProgress(userId: string, importRunId: string, processedRows: number): Promise<void> {
  live.set(importRunId, processedRows);
  if (await hasConcurrentConnections()) {
    await withTenantDb(userId, (db) => db.importRun.updateMany({ where: { id: importRunId, status: "RUNNING" }, data: { processedRows } }));
  }
}

/** Rows done as this process saw them (undefined when the import runs elsewhere or has ended). */
export function liveProgress(importRunId: string): number | undefined {
  return live.get(importRunId);
}

export function forgetProgress(importRunId: string): void {
  live.delete(importRunId);
}
