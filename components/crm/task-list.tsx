import Link from "next/link";
import { completeTaskAction } from "@/app/(app)/contacts/actions";
import { formatInZone } from "@/lib/crm/dates";
import { PRIORITY_LABELS } from "@/lib/crm/task-options";
import type { TaskListItem } from "@/lib/crm/tasks";
import { cn } from "../ui/cn";

export function TaskList({ tasks, timeZone, overdue }: { tasks: TaskListItem[]; timeZone: string; overdue?: boolean }) {
  return (
    <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
      {tasks.map((task) => (
        <li key={task.id} className="flex items-start gap-3 px-4 py-3">
          {task.completedAt ? (
            <span className="mt-0.5 h-5 w-5 shrink-0 rounded border border-emerald-500 bg-emerald-500" aria-label="Done" />
          ) : (
            <form action={completeTaskAction}>
              <input type="hidden" name="id" value={task.id} />
              <button type="submit" className="mt-0.5 h-5 w-5 shrink-0 rounded border border-slate-300 hover:border-brand-500 hover:bg-brand-50" aria-label={`Mark "${task.title}" done`} />
            </form>
          )}
          <div className="min-w-0 flex-1">
            <p className={cn("break-words text-sm text-slate-900", task.completedAt && "text-slate-500 line-through")}>{task.title}</p>
            <p className="text-xs text-slate-500">
              {task.dueAt ? (
                <span className={cn(overdue && "font-medium text-red-700")}>Due {formatInZone(task.dueAt, timeZone, "EEE, MMM d")}</span>
              ) : (
                "No due date"
              )}
              {task.priority === "HIGH" && <span className="ml-2 rounded bg-red-50 px-1.5 py-0.5 font-medium text-red-700">{PRIORITY_LABELS.HIGH}</span>}
              {task.recurrence && " · repeats"}
              {task.contactId && task.contactName && (
                <>
                  {" · "}
                  <Link href={`/contacts/${task.contactId}`} className="text-brand-700 hover:underline">{task.contactName}</Link>
                </>
              )}
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
