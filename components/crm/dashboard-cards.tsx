// The dashboard's card frame and its two charts; the figures arrive formatted (lib/crm/dashboard-view.ts).
import Link from "next/link";
import type { DashboardView } from "@/lib/crm/dashboard-view";
import { STAGE_TONES } from "@/lib/crm/labels";
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

export function PipelineSummary({ pipeline }: { pipeline: DashboardView["pipeline"] }) {
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
                {p.label}
              </Link>
            </th>
            <td className="py-1">
              <div className="flex items-center gap-2">
                <div className="h-2 flex-1 rounded-full bg-slate-100">
                  <div className={cn("h-2 rounded-full", STAGE_TONES[p.stage])} style={{ width: `${p.width}%` }} />
                </div>
                <span className="w-12 text-right tabular-nums text-slate-900">{p.count}</span>
              </div>
            </td>
            <td className="w-16 py-1 pl-2 text-right tabular-nums text-slate-500">{p.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Leads by source this month: a bar chart that is also a readable table. */
export function SourceChart({ sources }: { sources: DashboardView["sources"] }) {
  if (!sources) return <p className="text-sm text-slate-600">No new leads this month yet.</p>;
  return (
    <table className="w-full text-sm" aria-describedby="source-total">
      <caption id="source-total" className="mb-2 text-left text-xs text-slate-500">{sources.caption}</caption>
      <tbody>
        {sources.bars.map((s) => (
          <tr key={s.label}>
            <th scope="row" className="w-28 py-1 pr-2 text-left font-normal text-slate-700">{s.label}</th>
            <td className="py-1">
              <div className="flex items-center gap-2">
                <div className="h-3 flex-1">
                  <div className="h-3 rounded bg-brand-500" style={{ width: `${s.width}%`, minWidth: s.visible ? 4 : 0 }} />
                </div>
                <span className="w-12 text-right tabular-nums text-slate-900">{s.count}</span>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
