// The dashboard: what needs the agent today, at a glance. One read-only tenant transaction of a
// few indexed statements without the ORM (the page every agent opens each morning; through
// Prisma its ten queries cost ~9 ms of server CPU at 100,000 contacts), with every "today" and
// "this month" boundary in the agent's time zone.
import "server-only";
import { addDays, startOfMonth } from "date-fns";
import { TZDate } from "@date-fns/tz";
import { sql, tenantReads, type ReadsAs } from "../db";
import type { LeadSource, PipelineStage } from "../db/crm-types";
import { fullName, TIME_ZONE_OPENING, type TimeZoneRow } from "./contacts/contacts";
import { startOfToday } from "./dates";
import { LEAD_SOURCES, PIPELINE_STAGES } from "./labels";
import { readTasksDueBetween, type TaskListItem } from "./tasks";

export interface DashboardData {
  timeZone: string;
  appointments: { id: string; title: string; startsAt: Date; endsAt: Date; location: string | null }[];
  tasksToday: TaskListItem[];
  overdueTasks: number;
  overdueFollowUps: { id: string; name: string; nextFollowUpAt: Date; stage: PipelineStage }[];
  /** Counted up to OVERDUE_COUNT_CAP; `overdueFollowUpMore` says there are more than that. */
  overdueFollowUpCount: number;
  overdueFollowUpMore: boolean;
  newLeads: { id: string; name: string; source: LeadSource; createdAt: Date }[];
  newLeadCount: number;
  pipeline: { stage: PipelineStage; count: number; value: number }[];
  sourcesThisMonth: { source: LeadSource; count: number }[];
}

/**
 * Overdue follow-ups are counted up to here: past it the card says "1,000+". Counting an agent's
 * 28,000 overdue contacts read that whole index range on every dashboard load (6.7 ms against
 * 0.4 ms for stopping at 1,001), for a number nobody works through one by one.
 */
export const OVERDUE_COUNT_CAP = 1_000;

const OPEN_STAGES: PipelineStage[] = PIPELINE_STAGES.filter((s) => s !== "CLOSED" && s !== "LOST");

type NamedRow = { id: string; firstName: string; lastName: string };

export function getDashboard(agent: ReadsAs, now = new Date()): Promise<DashboardData> {
  return tenantReads(agent)<DashboardData, TimeZoneRow>(async (db, [me]) => {
    const timeZone = me?.timeZone ?? "UTC";
    const today = startOfToday(timeZone, now);
    const tomorrow = addDays(today, 1);
    const weekAgo = new Date(now.getTime() - 7 * 86_400_000);
    const monthStart = new Date(startOfMonth(new TZDate(now, timeZone)).getTime());
    const overdueFollowUp = sql`c."userId" = ${db.userId} AND c."nextFollowUpAt" < ${today} AND c.stage = ANY (${OPEN_STAGES}::"PipelineStage"[])`;

    // The counts read only indexes: Task (userId, completedAt, dueAt), Contact (userId, nextFollowUpAt,
    // stage) and (userId, createdAt).
    const [counts] = await db.query<{ overdueTasks: number; overdueFollowUpCount: number; newLeadCount: number }>(sql`
      SELECT (SELECT count(*)::int FROM "Task" t WHERE t."userId" = ${db.userId} AND t."completedAt" IS NULL AND t."dueAt" < ${today}) AS "overdueTasks",
             (SELECT count(*)::int FROM (SELECT 1 FROM "Contact" c WHERE ${overdueFollowUp} LIMIT ${OVERDUE_COUNT_CAP + 1}) o) AS "overdueFollowUpCount",
             (SELECT count(*)::int FROM "Contact" c WHERE c."userId" = ${db.userId} AND c."createdAt" >= ${weekAgo}) AS "newLeadCount"`);
    const appointments = await db.query<DashboardData["appointments"][number]>(sql`
      SELECT a.id, a.title, a."startsAt", a."endsAt", a.location FROM "Appointment" a
      WHERE a."userId" = ${db.userId} AND a."startsAt" >= ${today} AND a."startsAt" < ${tomorrow}
      ORDER BY a."startsAt", a.id LIMIT 20`);
    const tasksToday = await readTasksDueBetween(db, today, tomorrow);
    const overdue = await db.query<NamedRow & { nextFollowUpAt: Date; stage: PipelineStage }>(sql`
      SELECT c.id, c."firstName", c."lastName", c."nextFollowUpAt", c.stage::text AS stage FROM "Contact" c
      WHERE ${overdueFollowUp} ORDER BY c."nextFollowUpAt", c.id LIMIT 8`);
    const leads = await db.query<NamedRow & { source: LeadSource; createdAt: Date }>(sql`
      SELECT c.id, c."firstName", c."lastName", c.source::text AS source, c."createdAt" FROM "Contact" c
      WHERE c."userId" = ${db.userId} AND c."createdAt" >= ${weekAgo} ORDER BY c."createdAt" DESC, c.id DESC LIMIT 6`);
    // Count and value by stage (the top of each price range, or its floor when that is all we
    // know), kept by the database as contacts change (ContactStageTotal).
    const stages = await db.query<{ stage: PipelineStage; count: number; value: number | null }>(sql`
      SELECT t.stage::text AS stage, sum(t.count)::int AS count, sum(t.value)::float8 AS value
      FROM "ContactStageTotal" t WHERE t."userId" = ${db.userId} GROUP BY t.stage`);
    const sources = await db.query<{ source: LeadSource; count: number }>(sql`
      SELECT c.source::text AS source, count(*)::int AS count FROM "Contact" c
      WHERE c."userId" = ${db.userId} AND c."createdAt" >= ${monthStart} GROUP BY c.source`);

    return {
      timeZone,
      appointments,
      tasksToday,
      overdueTasks: counts!.overdueTasks,
      overdueFollowUps: overdue.map((c) => ({ id: c.id, name: fullName(c), nextFollowUpAt: c.nextFollowUpAt, stage: c.stage })),
      overdueFollowUpCount: Math.min(counts!.overdueFollowUpCount, OVERDUE_COUNT_CAP),
      overdueFollowUpMore: counts!.overdueFollowUpCount > OVERDUE_COUNT_CAP,
      newLeads: leads.map((c) => ({ id: c.id, name: fullName(c), source: c.source, createdAt: c.createdAt })),
      newLeadCount: counts!.newLeadCount,
      pipeline: PIPELINE_STAGES.map((stage) => {
        const row = stages.find((r) => r.stage === stage);
        return { stage, count: row?.count ?? 0, value: row?.value ?? 0 };
      }),
      sourcesThisMonth: LEAD_SOURCES.map((source) => ({ source, count: sources.find((r) => r.source === source)?.count ?? 0 })),
    };
  }, { opening: TIME_ZONE_OPENING });
}
