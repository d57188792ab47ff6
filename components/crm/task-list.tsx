import Link from "next/link";
import { completeTaskAction } from "@/app/(app)/contacts/actions";
import { PRIORITY_LABELS } from "@/lib/crm/task-options";
import type { TaskListLine } from "@/lib/crm/task-lines";
import { cn } from "../ui/cn";

/** Tasks with a done box each; the lines arrive formatted (lib/crm/task-lines.ts). */
export function TaskList({ tasks, overdue }: { tasks: TaskListLine[]; overdue?: boolean }) {
  return (
    <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
      {tasks.map((task) => (
        <li key={task.id} className="flex items-start gap-3 px-4 py-3">
          {task.done ? (
            <span className="mt-0.5 h-5 w-5 shrink-0 rounded border border-emerald-500 bg-emerald-500" aria-label="Done" />
          ) : (
            <form action={completeTaskAction}>
              <input type="hidden" name="id" value={task.id} />
              <button type="submit" className="mt-0.5 h-5 w-5 shrink-0 rounded border border-slate-300 hover:border-brand-500 hover:bg-brand-50" aria-label={`Mark "${task.title}" done`} />
            </form>
          )}
          <div className="min-w-0 flex-1">
            <p className={cn("break-words text-sm text-slate-900", task.done && "text-slate-500 line-through")}>{task.title}</p>
            <p className="text-xs text-slate-500">
              {task.due ? <span className={cn(overdue && "font-medium text-red-700")}>Due {task.due}</span> : "No due date"}
              {task.high && <span className="ml-2 rounded bg-red-50 px-1.5 py-0.5 font-medium text-red-700">{PRIORITY_LABELS.HIGH}</span>}
              {task.repeats && " · repeats"}
              {task.contact && (
                <>
                  {" · "}
                  <Link href={`/contacts/${task.contact.id}`} className="text-brand-700 hover:underline">{task.contact.name}</Link>
                </>
              )}
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
