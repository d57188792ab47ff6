// Tasks: to-dos with a due day, a priority and an optional contact. Completing one writes the
// contact's timeline; a recurring one schedules its next occurrence.
import "server-only";
import { addDays, addMonths, addWeeks } from "date-fns";
import { z } from "zod";
import { sql, withTenantDb, type TenantClient, type TenantReader } from "../db";
import type { Prisma, TaskPriority } from "../db/crm-types";
import { agentTimeZone, fullName } from "./contacts/contacts";
import { startOfLocalDay, startOfToday } from "./dates";
import { RECURRENCES } from "./task-options";


export interface TaskItem {
  id: string;
  title: string;
  dueAt: Date | null;
  priority: TaskPriority;
  recurrence: string | null;
  completedAt: Date | null;
  contactId: string | null;
}

const taskSchema = z.object({
  title: z.string().trim().min(1, "Enter what needs doing.").max(200, "Use at most 200 characters.")
    .refine((v) => !/[\u0000-\u001f]/.test(v), "The title contains characters that can't be saved."),
  due: z.string().trim(),
  priority: z.enum(["HIGH", "NORMAL", "LOW"], { error: "Choose a priority." }),
  recurrence: z.enum(Object.keys(RECURRENCES) as [keyof typeof RECURRENCES], { error: "Choose how often it repeats." }),
});

export type TaskResult = { ok: true; id: string } | { ok: false; errors: Record<string, string> } | { ok: false; notFound: true };

export async function createTask(
  userId: string,
  input: { title: string; due: string; priority: string; recurrence: string; contactId?: string | null },
): Promise<TaskResult> {
  const parsed = taskSchema.safeParse({ ...input, priority: input.priority || "NORMAL" });
  const errors: Record<string, string> = {};
  if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
  return withTenantDb(userId, async (db) => {
    let dueAt: Date | null = null;
    if (input.due.trim()) {
      dueAt = startOfLocalDay(input.due.trim(), await agentTimeZone(db));
      if (!dueAt) errors.due = "Choose a real date.";
    }
    if (!parsed.success || Object.keys(errors).length) return { ok: false, errors };
    if (input.contactId && (await db.contact.count({ where: { id: input.contactId } })) !== 1) return { ok: false, notFound: true };
    const task = await db.task.create({
      data: {
        userId: db.userId,
        title: parsed.data.title,
        dueAt,
        priority: parsed.data.priority,
        recurrence: parsed.data.recurrence || null,
        contactId: input.contactId || null,
      },
      select: { id: true },
    });
    return { ok: true, id: task.id };
  });
}

function nextDue(dueAt: Date, recurrence: string): Date | null {
  if (recurrence === "FREQ=DAILY") return addDays(dueAt, 1);
  if (recurrence === "FREQ=WEEKLY") return addWeeks(dueAt, 1);
  if (recurrence === "FREQ=MONTHLY") return addMonths(dueAt, 1);
  return null;
}

/** Marks a task done (timeline entry on its contact; next occurrence if it repeats). */
export async function completeTask(userId: string, id: string, now = new Date()): Promise<boolean> {
  return withTenantDb(userId, async (db) => {
    const task = await db.task.findFirst({ where: { id, completedAt: null } });
    if (!task) return false;
    await db.task.update({ where: { id }, data: { completedAt: now } });
    if (task.contactId) {
      await db.activity.create({ data: { userId: db.userId, contactId: task.contactId, type: "TASK_COMPLETED", summary: `Task done: ${task.title}`, details: { taskId: id } } });
    }
    const due = task.recurrence && task.dueAt ? nextDue(task.dueAt, task.recurrence) : null;
    if (due) {
      await db.task.create({
        data: { userId: db.userId, title: task.title, notes: task.notes, dueAt: due, priority: task.priority, recurrence: task.recurrence, contactId: task.contactId, propertyId: task.propertyId },
      });
    }
    return true;
  });
}

const TASK_SELECT = { id: true, title: true, dueAt: true, priority: true, recurrence: true, completedAt: true, contactId: true } as const;

/** A contact's open tasks, soonest due first (undated last), for the contact page. */
export function readOpenTasksFor(db: TenantReader, contactId: string): Promise<TaskItem[]> {
  return db.query<TaskItem>(sql`
    SELECT t.id, t.title, t."dueAt", t.priority::text AS priority, t.recurrence, t."completedAt", t."contactId"
    FROM "Task" t WHERE t."userId" = ${db.userId} AND t."contactId" = ${contactId} AND t."completedAt" IS NULL
    ORDER BY t."dueAt" ASC NULLS LAST, t.id LIMIT 20`, { reusePlan: true });
}

/**
 * Open tasks due in [from, to), soonest first, with their contact's name: the "today" view of
 * taskViewWhere/readTasks on the read-only path, for the dashboard's "Due today".
 */
export async function readTasksDueBetween(db: TenantReader, from: Date, to: Date): Promise<TaskListItem[]> {
  const rows = await db.query<TaskItem & { firstName: string | null; lastName: string | null }>(sql`
    SELECT t.id, t.title, t."dueAt", t.priority::text AS priority, t.recurrence, t."completedAt", t."contactId",
           c."firstName", c."lastName"
    FROM "Task" t LEFT JOIN "Contact" c ON c."userId" = t."userId" AND c.id = t."contactId"
    WHERE t."userId" = ${db.userId} AND t."completedAt" IS NULL
      AND t."dueAt" >= ${from} AND t."dueAt" < ${to}
    ORDER BY t."dueAt", t.priority, t.id LIMIT 200`);
  return rows.map(({ firstName, lastName, ...task }) => ({ ...task, contactName: task.contactId ? fullName({ firstName: firstName ?? "", lastName: lastName ?? "" }) : null }));
}

export const TASK_VIEWS = ["today", "overdue", "upcoming", "done"] as const;
export type TaskView = (typeof TASK_VIEWS)[number];

export interface TaskListItem extends TaskItem {
  contactName: string | null;
}

/** Which tasks a view holds, by due day in the agent's time zone. */
export function taskViewWhere(view: TaskView, timeZone: string, now = new Date()): Prisma.TaskWhereInput {
  const today = startOfToday(timeZone, now);
  const tomorrow = addDays(today, 1);
  switch (view) {
    case "overdue":
      return { completedAt: null, dueAt: { lt: today } };
    case "today":
      return { completedAt: null, dueAt: { gte: today, lt: tomorrow } };
    case "upcoming":
      return { completedAt: null, OR: [{ dueAt: { gte: tomorrow } }, { dueAt: null }] };
    case "done":
      return { completedAt: { not: null } };
  }
}

export async function readTasks(db: TenantClient, view: TaskView, timeZone: string, now = new Date()): Promise<TaskListItem[]> {
  const rows = await db.task.findMany({
    where: taskViewWhere(view, timeZone, now),
    orderBy: view === "done" ? [{ completedAt: "desc" }, { id: "asc" }] : [{ dueAt: { sort: "asc", nulls: "last" } }, { priority: "asc" }, { id: "asc" }],
    select: { ...TASK_SELECT, contact: { select: { firstName: true, lastName: true } } },
    take: 200,
  });
  return rows.map(({ contact, ...task }) => ({ ...task, contactName: contact ? [contact.firstName, contact.lastName].filter(Boolean).join(" ") : null }));
}

export function listTasks(userId: string, view: TaskView, now = new Date()): Promise<{ tasks: TaskListItem[]; counts: Record<TaskView, number>; timeZone: string }> {
  return withTenantDb(userId, async (db) => {
    const timeZone = await agentTimeZone(db);
    const tasks = await readTasks(db, view, timeZone, now);
    const counts = {} as Record<TaskView, number>;
    for (const v of TASK_VIEWS) counts[v] = v === "done" ? 0 : await db.task.count({ where: taskViewWhere(v, timeZone, now) });
    return { tasks, counts, timeZone };
  });
}
