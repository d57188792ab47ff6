"use client";

import Link from "next/link";
import { useState } from "react";
import { IMPORT_FIELDS, type ImportField } from "@/lib/crm/import/column-mapping";
import type { ImportStep } from "@/lib/crm/import/run-import";
import { Alert } from "../ui/alert";
import { ImportProgress } from "./import-progress";
import { Button, buttonClasses } from "../ui/button";
import { fieldClasses } from "../ui/select-field";
import { cn } from "../ui/cn";

type Analysis = Extract<ImportStep, { step: "analyze" }>;
type DryRun = Extract<ImportStep, { step: "dry-run" }>;

const ACTION_LABELS = { create: "New", update: "Merge", skip: "Skip" } as const;

/**
 * Upload → map columns → dry run → import. The file stays in the browser until the agent commits;
 * then the server keeps it for the background job and this page follows the job's progress.
 */
export function CsvImport({ activeRunId = null }: { activeRunId?: string | null }) {
  const [file, setFile] = useState<File | null>(null);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [mapping, setMapping] = useState<ImportField[]>([]);
  const [duplicates, setDuplicates] = useState<"skip" | "merge">("skip");
  const [dryRun, setDryRun] = useState<DryRun | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [runId, setRunId] = useState<string | null>(activeRunId);

  async function send(step: "analyze" | "dry-run" | "commit", chosen = file): Promise<Exclude<ImportStep, { ok: false }> | null> {
    if (!chosen) return null;
    const body = new FormData();
    body.set("file", chosen);
    body.set("step", step);
    body.set("mapping", JSON.stringify(mapping));
    body.set("duplicates", duplicates);
    setBusy(step);
    setError(null);
    try {
      const response = await fetch("/api/imports", { method: "POST", body });
      const result = (await response.json().catch(() => ({ ok: false, error: "The server couldn't read that file." }))) as ImportStep;
      if (!result.ok) {
        setError(result.error);
        return null;
      }
      return result;
    } catch {
      setError("The upload didn't reach the server. Check your connection and try again.");
      return null;
    } finally {
      setBusy(null);
    }
  }

  async function choose(chosen: File | null) {
    setFile(chosen);
    setAnalysis(null);
    setDryRun(null);
    setRunId(null);
    if (!chosen) return;
    const result = await send("analyze", chosen);
    if (result?.step === "analyze") {
      setAnalysis(result);
      setMapping(result.mapping);
    }
  }

  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="step-file" className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5">
        <h2 id="step-file" className="mb-1 text-sm font-semibold text-slate-900">1. Choose a CSV file</h2>
        <p className="mb-3 text-sm text-slate-600">Exports from Follow Up Boss, Zillow, Google Contacts and Outlook are recognised. Up to 100,000 rows or 50 MB, saved as CSV UTF-8.</p>
        <label htmlFor="csv-file" className="sr-only">CSV file</label>
        <input id="csv-file" type="file" accept=".csv,text/csv" onChange={(e) => choose(e.target.files?.[0] ?? null)} className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-lg file:border-0 file:bg-brand-50 file:px-4 file:py-2 file:font-medium file:text-brand-700" />
        {busy === "analyze" && <p className="mt-2 text-sm text-slate-600">Reading the file…</p>}
      </section>

      {error && <Alert tone="error">{error}</Alert>}
      {runId && <ImportProgress key={runId} runId={runId} />}

      {analysis && !runId && (
        <section aria-labelledby="step-map" className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5">
          <h2 id="step-map" className="mb-1 text-sm font-semibold text-slate-900">2. Match the columns</h2>
          <p className="mb-3 text-sm text-slate-600">{analysis.rowCount.toLocaleString("en-US")} rows. Check what each column becomes; unmatched columns are left out.</p>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="text-xs uppercase text-slate-500">
                <tr><th className="py-2 pr-3 font-medium">Column in your file</th><th className="py-2 pr-3 font-medium">Imports as</th><th className="py-2 font-medium">First values</th></tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {analysis.headers.map((header, i) => (
                  <tr key={i}>
                    <td className="py-2 pr-3 font-medium text-slate-900">{header || `(column ${i + 1})`}</td>
                    <td className="py-2 pr-3">
                      <label htmlFor={`map-${i}`} className="sr-only">Import {header} as</label>
                      <select id={`map-${i}`} value={mapping[i]} onChange={(e) => { const next = [...mapping]; next[i] = e.target.value as ImportField; setMapping(next); setDryRun(null); }} className={cn(fieldClasses, "h-9 border-slate-300 py-0")}>
                        {Object.entries(IMPORT_FIELDS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
                      </select>
                    </td>
                    <td className="max-w-xs truncate py-2 text-slate-600">{analysis.sample.map((r) => r[i]).filter(Boolean).slice(0, 3).join(" · ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <fieldset className="mt-4">
            <legend className="text-sm font-medium text-slate-800">When someone is already in your contacts (same email, or same phone and name)</legend>
            <div className="mt-2 flex flex-wrap gap-4 text-sm text-slate-700">
              <label className="flex items-center gap-2"><input type="radio" name="duplicates" checked={duplicates === "skip"} onChange={() => { setDuplicates("skip"); setDryRun(null); }} /> Skip the row</label>
              <label className="flex items-center gap-2"><input type="radio" name="duplicates" checked={duplicates === "merge"} onChange={() => { setDuplicates("merge"); setDryRun(null); }} /> Merge new details into them</label>
            </div>
          </fieldset>
          <Button className="mt-4" disabled={busy !== null} onClick={async () => { const r = await send("dry-run"); if (r?.step === "dry-run") setDryRun(r); }}>
            {busy === "dry-run" ? "Checking every row…" : "Check the import (nothing is saved)"}
          </Button>
        </section>
      )}

      {dryRun && !runId && (
        <section aria-labelledby="step-check" className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5">
          <h2 id="step-check" className="mb-3 text-sm font-semibold text-slate-900">3. Review and import</h2>
          <p className="mb-3 text-sm text-slate-700">
            <strong>{dryRun.plan.counts.create.toLocaleString("en-US")}</strong> new · <strong>{dryRun.plan.counts.update.toLocaleString("en-US")}</strong> merged · <strong>{dryRun.plan.counts.skip.toLocaleString("en-US")}</strong> skipped
          </p>
          <div className="max-h-80 overflow-auto rounded-lg border border-slate-100">
            <table className="w-full text-left text-sm">
              <thead className="sticky top-0 bg-slate-50 text-xs uppercase text-slate-500"><tr><th className="px-3 py-2 font-medium">Line</th><th className="px-3 py-2 font-medium">Name</th><th className="px-3 py-2 font-medium">Result</th><th className="px-3 py-2 font-medium">Why</th></tr></thead>
              <tbody className="divide-y divide-slate-100">
                {[...dryRun.plan.rows.filter((r) => r.action !== "create"), ...dryRun.plan.rows.filter((r) => r.action === "create")].slice(0, 500).map((r) => (
                  <tr key={r.line}>
                    <td className="px-3 py-1.5 tabular-nums text-slate-500">{r.line}</td>
                    <td className="px-3 py-1.5 text-slate-900">{r.name}</td>
                    <td className={cn("px-3 py-1.5 font-medium", r.action === "skip" ? "text-amber-700" : r.action === "update" ? "text-violet-700" : "text-emerald-700")}>{ACTION_LABELS[r.action]}</td>
                    <td className="px-3 py-1.5 text-slate-600">{r.reason ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Button
            className="mt-4"
            disabled={busy !== null || dryRun.plan.counts.create + dryRun.plan.counts.update === 0}
            onClick={async () => {
              const r = await send("commit");
              if (r?.step === "queued") setRunId(r.runId);
            }}
          >
            {busy === "commit" ? "Uploading…" : `Import ${(dryRun.plan.counts.create + dryRun.plan.counts.update).toLocaleString("en-US")} contacts`}
          </Button>
          <p className="mt-2 text-xs text-slate-500">All or nothing: if anything fails, no contact from this file is saved.</p>
        </section>
      )}
      {!analysis && !file && <Link href="/contacts" className={buttonClasses("ghost", "sm", "self-start")}>Back to contacts</Link>}
    </div>
  );
}
