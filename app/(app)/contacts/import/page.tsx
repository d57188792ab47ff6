import { CsvImport } from "@/components/crm/csv-import";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { formatInZone } from "@/lib/crm/dates";
import { listImportRuns, type ImportRunStatus } from "@/lib/crm/import/run-import";
import { getProfile } from "@/lib/auth/profile";

export const metadata = { title: "Import contacts" };

const n = (value: number) => value.toLocaleString("en-US");

function RunOutcome({ run }: { run: ImportRunStatus }) {
  if (run.status === "DONE") return <>{n(run.created)} new, {n(run.updated)} merged, {n(run.skipped)} skipped</>;
  if (run.status === "FAILED") return <span className="text-red-700">failed, nothing imported{run.error ? ` (${run.error})` : ""}</span>;
  return <span className="text-brand-700">{run.status === "QUEUED" ? "waiting to start" : "importing…"}</span>;
}

export default async function ImportPage() {
  const user = await requireUser();
  const runs = await listImportRuns(user.id);
  const timeZone = (await getProfile(user.id))?.timeZone ?? "UTC";
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6">
      <PageHeader title="Import contacts" description="Bring your book over from another CRM, a spreadsheet or your phone's address book." />
      <CsvImport activeRunId={runs.find((r) => r.status === "QUEUED" || r.status === "RUNNING")?.id ?? null} />
      <section aria-labelledby="history" className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="history" className="mb-2 text-sm font-semibold text-slate-900">Import history</h2>
        {runs.length === 0 ? (
          <p className="text-sm text-slate-600">No imports yet.</p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {runs.map((r) => (
              <li key={r.id} className="flex flex-wrap justify-between gap-2 py-2">
                <span className="font-medium text-slate-900">{r.fileName}</span>
                <span className="text-slate-600">
                  {formatInZone(r.createdAt, timeZone, "MMM d, yyyy h:mm a")} · {n(r.rowCount)} rows: <RunOutcome run={r} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
