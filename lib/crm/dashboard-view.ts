// The dashboard as it reads: times and dates in the agent's zone, short figures, labels and bar
// widths, computed on the server. The cards are client components that receive these strings
// (no dates to format, no time-zone library in the browser).
import type { PipelineStage } from "../db/crm-types";
import type { DashboardData } from "./dashboard";
import { formatInZone } from "./dates";
import { SOURCE_LABELS, STAGE_LABELS } from "./labels";
import { compactCount, compactMoney } from "./numbers";
import { toTaskListLines, type TaskListLine } from "./task-lines";

export interface DashboardView {
  appointments: { id: string; title: string; time: string; location: string | null }[];
  tasksToday: TaskListLine[];
  /** "3 overdue", or null when nothing is overdue. */
  overdueTasks: string | null;
  overdueFollowUps: { id: string; name: string; due: string }[];
  /** "1,000+" past the count's cap, or null when none is overdue. */
  overdueFollowUpCount: string | null;
  newLeads: { id: string; name: string; detail: string }[];
  newLeadCount: string;
  /** Bar widths in percent of the largest. */
  pipeline: { stage: PipelineStage; label: string; count: string; value: string; width: number }[];
  /** Null when no lead came in this month. */
  sources: { caption: string; bars: { label: string; count: string; width: number; visible: boolean }[] } | null;
}

const TASKS_SHOWN = 6;

export function toDashboardView(d: DashboardData): DashboardView {
  const day = (date: Date) => formatInZone(date, d.timeZone, "MMM d");
  const maxStage = Math.max(1, ...d.pipeline.map((p) => p.count));
  const totalSources = d.sourcesThisMonth.reduce((n, s) => n + s.count, 0);
  const maxSource = Math.max(1, ...d.sourcesThisMonth.map((s) => s.count));
  return {
    appointments: d.appointments.map((a) => ({ id: a.id, title: a.title, time: formatInZone(a.startsAt, d.timeZone, "h:mm a"), location: a.location })),
    tasksToday: toTaskListLines(d.tasksToday.slice(0, TASKS_SHOWN), d.timeZone),
    overdueTasks: d.overdueTasks ? `${compactCount(d.overdueTasks)} overdue` : null,
    overdueFollowUps: d.overdueFollowUps.map((c) => ({ id: c.id, name: c.name, due: day(c.nextFollowUpAt) })),
    overdueFollowUpCount: d.overdueFollowUpCount > 0 ? `${compactCount(d.overdueFollowUpCount)}${d.overdueFollowUpMore ? "+" : ""}` : null,
    newLeads: d.newLeads.map((c) => ({ id: c.id, name: c.name, detail: `${SOURCE_LABELS[c.source]} · ${day(c.createdAt)}` })),
    newLeadCount: compactCount(d.newLeadCount),
    pipeline: d.pipeline.map((p) => ({
      stage: p.stage,
      label: STAGE_LABELS[p.stage],
      count: compactCount(p.count),
      value: p.value ? compactMoney(p.value) : "—",
      width: (p.count / maxStage) * 100,
    })),
    sources: totalSources === 0 ? null : {
      caption: `${compactCount(totalSources)} new ${totalSources === 1 ? "lead" : "leads"} this month`,
      bars: d.sourcesThisMonth.map((s) => ({ label: SOURCE_LABELS[s.source], count: compactCount(s.count), width: (s.count / maxSource) * 100, visible: s.count > 0 })),
    },
  };
}
