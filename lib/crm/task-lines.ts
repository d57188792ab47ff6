// Tasks as the pages list them, formatted on the server (due dates in the agent's zone): the lists
// render in client components, which receive these strings rather than dates to format.
import { formatInZone } from "./dates";
import { PRIORITY_LABELS } from "./task-options";
import type { TaskItem, TaskListItem } from "./tasks";

const dueDay = (dueAt: Date, timeZone: string) => formatInZone(dueAt, timeZone, "EEE, MMM d");

/** A contact's open task on the contact page: title and one line ("Due Mon, Dec 7 · High priority · repeats"). */
export interface OpenTaskLine {
  id: string;
  title: string;
  detail: string;
}

export function toOpenTaskLines(tasks: TaskItem[], timeZone: string): OpenTaskLine[] {
  return tasks.map((task) => ({
    id: task.id,
    title: task.title,
    detail: [
      task.dueAt ? `Due ${dueDay(task.dueAt, timeZone)}` : "No due date",
      task.priority !== "NORMAL" && `${PRIORITY_LABELS[task.priority]} priority`,
      task.recurrence && "repeats",
    ].filter(Boolean).join(" · "),
  }));
}

/** A task on the tasks page and the dashboard, with its contact. */
export interface TaskListLine {
  id: string;
  title: string;
  done: boolean;
  /** "Mon, Dec 7", or null without a due date. */
  due: string | null;
  high: boolean;
  repeats: boolean;
  contact: { id: string; name: string } | null;
}

export function toTaskListLines(tasks: TaskListItem[], timeZone: string): TaskListLine[] {
  return tasks.map((task) => ({
    id: task.id,
    title: task.title,
    done: task.completedAt !== null,
    due: task.dueAt ? dueDay(task.dueAt, timeZone) : null,
    high: task.priority === "HIGH",
    repeats: Boolean(task.recurrence),
    contact: task.contactId && task.contactName ? { id: task.contactId, name: task.contactName } : null,
  }));
}
