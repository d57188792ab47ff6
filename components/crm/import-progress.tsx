"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { ImportRunStatus } from "@/lib/crm/import/run-import";
import { Alert } from "../ui/alert";

const POLL_MS = 750;
const n = (value: number) => value.toLocaleString("en-US");

/** Follows a queued import to the end: a progress bar while it runs, then the outcome. */
export function ImportProgress({ runId }: { runId: string }) {
  const router = useRouter();
  const [run, setRun] = useState<ImportRunStatus | null>(null);
  const [offline, setOffline] = useState(false);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    async function poll() {
      try {
        const response = await fetch(`/api/imports/${encodeURIComponent(runId)}`, { cache: "no-store" });
        if (!response.ok) throw new Error(String(response.status));
        const { run: next } = (await response.json()) as { run: ImportRunStatus };
        if (stopped) return;
        setRun(next);
        setOffline(false);
        if (next.status === "DONE" || next.status === "FAILED") {
          router.refresh(); // the history below and the contact counts
          return;
        }
      } catch {
        if (!stopped) setOffline(true);
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    }
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [runId, router]);

  if (run?.status === "DONE") {
    return (
      <Alert tone="success">
        Imported {run.fileName}: {n(run.created)} new, {n(run.updated)} merged, {n(run.skipped)} skipped.{" "}
        <Link href="/contacts?sort=newest" className="font-medium underline">See your contacts</Link>
      </Alert>
    );
  }
  if (run?.status === "FAILED") return <Alert tone="error">{run.error ?? "The import failed. Nothing from the file was saved."}</Alert>;

  const total = run?.rowCount ?? 0;
  const done = run?.processedRows ?? 0;
  const percent = total ? Math.min(100, Math.round((done / total) * 100)) : 0;
  const label = !run || run.status === "QUEUED" ? "Waiting to start…" : done === 0 ? "Checking rows against your contacts…" : `Saved ${n(done)} of ${n(total)} rows`;
  return (
    <section aria-labelledby="import-progress" className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5">
      <h2 id="import-progress" className="mb-2 text-sm font-semibold text-slate-900">Importing{run ? ` ${run.fileName}` : ""}</h2>
      <div
        role="progressbar"
        aria-labelledby="import-progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={label}
        className="h-2.5 w-full overflow-hidden rounded-full bg-slate-100"
      >
        <div className="h-full rounded-full bg-brand-600 transition-[width] duration-500" style={{ width: `${Math.max(percent, run?.status === "RUNNING" ? 3 : 0)}%` }} />
      </div>
      <p className="mt-2 text-sm text-slate-600" aria-live="polite">{label}</p>
      <p className="mt-1 text-xs text-slate-500">
        {offline ? "Lost touch with the server; still trying… " : ""}You can leave this page: the import carries on, and its result appears in the history below.
      </p>
    </section>
  );
}
