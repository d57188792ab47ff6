import Link from "next/link";
import type { DashboardData } from "@/lib/crm/dashboard";
import { formatInZone } from "@/lib/crm/dates";
import { SOURCE_LABELS, STAGE_LABELS, STAGE_TONES } from "@/lib/crm/labels";
import { compactCount, compactMoney } from "@/lib/crm/numbers";
import { cn } from "../ui/cn";

export function Card({ title, action, children, className }: { title: string; action?: React.ReactNode; children: React.ReactNode; className?: string }) {
  const id = `card-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section aria-labelledby={id} className={cn("flex flex-col rounded-xl border border-slate-200 bg-white p-4", className)}>
      <div className="mb-3 flex items-baseline justify-between gap-2">
        <h2 id={id} className="text-sm font-semibold text-slate-900">{title}</h2>
        {action}
      </div>
      {children}
    </section>
  );
}


export function PipelineSummary({ pipeline }: { pipeline: DashboardData["pipeline"] }) {
  const max = Math.max(1, ...pipeline.map((p) => p.count));
  return (
    <table className="w-full text-sm">
      <thead className="sr-only">
        <tr><th>Stage</th><th>Contacts</th><th>Value</th></tr>
      </thead>
      <tbody>
        {pipeline.map((p) => (
          <tr key={p.stage}>
            <th scope="row" className="w-36 py-1 pr-2 text-left font-normal text-slate-700">
              <Link href={`/contacts?stage=${p.stage}`} className="flex items-center gap-2 hover:text-brand-700">
                <span className={cn("h-2 w-2 shrink-0 rounded-full", STAGE_TONES[p.stage])} aria-hidden="true" />
                {STAGE_LABELS[p.stage]}
              </Link>
            </th>
            <td className="py-1">
              <div className="flex items-center gap-2">
                <div className="h-2 flex-1 rounded-full bg-slate-100">
                  <div className={cn("h-2 rounded-full", STAGE_TONES[p.stage])} style={{ width: `${(p.count / max) * 100}%` }} />
                </div>
                <span className="w-12 text-right tabular-nums text-slate-900">{compactCount(p.count)}</span>
              </div>
            </td>
            <td className="w-16 py-1 pl-2 text-right tabular-nums text-slate-500">{p.value ? compactMoney(p.value) : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Leads by source this month: a bar chart that is also a readable table. */
export function SourceChart({ sources }: { sources: DashboardData["sourcesThisMonth"] }) {
  const total = sources.reduce((n, s) => n + s.count, 0);
  if (total === 0) return <p className="text-sm text-slate-600">No new leads this month yet.</p>;
  const max = Math.max(...sources.map((s) => s.count));
  return (
    <table className="w-full text-sm" aria-describedby="source-total">
      <caption id="source-total" className="mb-2 text-left text-xs text-slate-500">{compactCount(total)} new {total === 1 ? "lead" : "leads"} this month</caption>
      <tbody>
        {sources.map((s) => (
          <tr key={s.source}>
            <th scope="row" className="w-28 py-1 pr-2 text-left font-normal text-slate-700">{SOURCE_LABELS[s.source]}</th>
            <td className="py-1">
              <div className="flex items-center gap-2">
                <div className="h-3 flex-1">
                  <div className="h-3 rounded bg-brand-500" style={{ width: `${(s.count / max) * 100}%`, minWidth: s.count ? 4 : 0 }} />
                </div>
                <span className="w-12 text-right tabular-nums text-slate-900">{compactCount(s.count)}</span>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function when(date: Date, timeZone: string, pattern = "h:mm a") {
  return formatInZone(date, timeZone, pattern);
}
