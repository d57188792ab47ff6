// A contact's open tasks as the contact page lists them: title and one formatted line
// ("Due Mon, Dec 7 · High priority · repeats"), dates in the agent's zone.
import { formatInZone } from "./dates";
import { PRIORITY_LABELS } from "./task-options";
import type { TaskItem } from "./tasks";

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
      task.dueAt ? `Due ${formatInZone(task.dueAt, timeZone, "EEE, MMM d")}` : "No due date",
      task.priority !== "NORMAL" && `${PRIORITY_LABELS[task.priority]} priority`,
      task.recurrence && "repeats",
    ].filter(Boolean).join(" · "),
  }));
}
