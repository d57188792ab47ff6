import Link from "next/link";
import { Card, PipelineSummary, SourceChart, when } from "@/components/crm/dashboard-cards";
import { TaskList } from "@/components/crm/task-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getDashboard } from "@/lib/crm/dashboard";
import { SOURCE_LABELS } from "@/lib/crm/labels";
import { compactCount } from "@/lib/crm/numbers";

export const metadata = { title: "Dashboard" };

const more = (href: string, text: string) => (
  <Link href={href} className="text-xs font-medium text-brand-600 hover:underline">{text}</Link>
);

export default async function DashboardPage() {
  const user = await requireUser();
  const d = await getDashboard(user.id);
  const firstName = user.name.split(" ")[0];
  return (
    <>
      <PageHeader title="Dashboard" description={`Good to see you, ${firstName}. Here's what needs you today.`} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-4 lg:grid-cols-3">
        <Card title="Today's appointments" action={more("/appointments", "Calendar")}>
          {d.appointments.length === 0 ? (
            <p className="text-sm text-slate-600">No appointments today.</p>
          ) : (
            <ul className="flex flex-col gap-2">
              {d.appointments.map((a) => (
                <li key={a.id} className="text-sm">
                  <span className="font-medium tabular-nums text-slate-900">{when(a.startsAt, d.timeZone)}</span>{" "}
                  <Link href={`/appointments/${a.id}`} className="text-slate-800 hover:text-brand-700 hover:underline">{a.title}</Link>
                  {a.location && <p className="truncate text-xs text-slate-500">{a.location}</p>}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="Due today" action={more("/tasks", d.overdueTasks ? `${compactCount(d.overdueTasks)} overdue` : "All tasks")}>
          {d.tasksToday.length === 0 ? <p className="text-sm text-slate-600">Nothing due today.</p> : <TaskList tasks={d.tasksToday.slice(0, 6)} timeZone={d.timeZone} />}
        </Card>
        <Card title="Overdue follow-ups" action={d.overdueFollowUpCount > 0 ? more("/contacts?sort=followUp", `All ${compactCount(d.overdueFollowUpCount)}${d.overdueFollowUpMore ? "+" : ""}`) : undefined}>
          {d.overdueFollowUps.length === 0 ? (
            <p className="text-sm text-slate-600">Every follow-up is on time.</p>
          ) : (
            <ul className="flex flex-col gap-2">
              {d.overdueFollowUps.map((c) => (
                <li key={c.id} className="flex items-center justify-between gap-2 text-sm">
                  <Link href={`/contacts/${c.id}`} className="truncate font-medium text-slate-900 hover:text-brand-700">{c.name}</Link>
                  <span className="shrink-0 text-xs text-red-700">was due {when(c.nextFollowUpAt, d.timeZone, "MMM d")}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="New leads, last 7 days" action={more("/contacts?sort=newest", `${compactCount(d.newLeadCount)} new`)}>
          {d.newLeads.length === 0 ? (
            <p className="text-sm text-slate-600">No new leads this week.</p>
          ) : (
            <ul className="flex flex-col gap-2">
              {d.newLeads.map((c) => (
                <li key={c.id} className="flex items-center justify-between gap-2 text-sm">
                  <Link href={`/contacts/${c.id}`} className="truncate font-medium text-slate-900 hover:text-brand-700">{c.name}</Link>
                  <span className="shrink-0 text-xs text-slate-500">{SOURCE_LABELS[c.source]} · {when(c.createdAt, d.timeZone, "MMM d")}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="Pipeline" action={more("/contacts/board", "Board")}>
          <PipelineSummary pipeline={d.pipeline} />
        </Card>
        <Card title="Leads by source this month">
          <SourceChart sources={d.sourcesThisMonth} />
        </Card>
      </div>
    </>
  );
}
