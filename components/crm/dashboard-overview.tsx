"use client";
// The dashboard's cards. A client component on purpose: the page sends the dashboard as formatted
// strings (lib/crm/dashboard-view.ts) rather than as a serialized element tree.
import Link from "next/link";
import type { DashboardView } from "@/lib/crm/dashboard-view";
import { Card, PipelineSummary, SourceChart } from "./dashboard-cards";
import { TaskList } from "./task-list";

const more = (href: string, text: string) => (
  <Link href={href} className="text-xs font-medium text-brand-600 hover:underline">{text}</Link>
);

export function DashboardOverview({ view }: { view: DashboardView }) {
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-4 lg:grid-cols-3">
      <Card title="Today's appointments" action={more("/appointments", "Calendar")}>
        {view.appointments.length === 0 ? (
          <p className="text-sm text-slate-600">No appointments today.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {view.appointments.map((a) => (
              <li key={a.id} className="text-sm">
                <span className="font-medium tabular-nums text-slate-900">{a.time}</span>{" "}
                <Link href={`/appointments/${a.id}`} className="text-slate-800 hover:text-brand-700 hover:underline">{a.title}</Link>
                {a.location && <p className="truncate text-xs text-slate-500">{a.location}</p>}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Due today" action={more("/tasks", view.overdueTasks ?? "All tasks")}>
        {view.tasksToday.length === 0 ? <p className="text-sm text-slate-600">Nothing due today.</p> : <TaskList tasks={view.tasksToday} />}
      </Card>
      <Card title="Overdue follow-ups" action={view.overdueFollowUpCount ? more("/contacts?sort=followUp", `All ${view.overdueFollowUpCount}`) : undefined}>
        {view.overdueFollowUps.length === 0 ? (
          <p className="text-sm text-slate-600">Every follow-up is on time.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {view.overdueFollowUps.map((c) => (
              <li key={c.id} className="flex items-center justify-between gap-2 text-sm">
                <Link href={`/contacts/${c.id}`} className="truncate font-medium text-slate-900 hover:text-brand-700">{c.name}</Link>
                <span className="shrink-0 text-xs text-red-700">was due {c.due}</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="New leads, last 7 days" action={more("/contacts?sort=newest", `${view.newLeadCount} new`)}>
        {view.newLeads.length === 0 ? (
          <p className="text-sm text-slate-600">No new leads this week.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {view.newLeads.map((c) => (
              <li key={c.id} className="flex items-center justify-between gap-2 text-sm">
                <Link href={`/contacts/${c.id}`} className="truncate font-medium text-slate-900 hover:text-brand-700">{c.name}</Link>
                <span className="shrink-0 text-xs text-slate-500">{c.detail}</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Pipeline" action={more("/contacts/board", "Board")}>
        <PipelineSummary pipeline={view.pipeline} />
      </Card>
      <Card title="Leads by source this month">
        <SourceChart sources={view.sources} />
      </Card>
    </div>
  );
}
