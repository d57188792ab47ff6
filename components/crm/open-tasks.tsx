import { completeTaskAction } from "@/app/(app)/contacts/actions";
import type { OpenTaskLine } from "@/lib/crm/task-lines";

export function OpenTasks({ tasks }: { tasks: OpenTaskLine[] }) {
  return (
    <section className="rounded-xl border border-slate-200 bg-white p-4" aria-labelledby="tasks-heading">
      <h2 id="tasks-heading" className="mb-2 text-sm font-semibold text-slate-900">Open tasks</h2>
      {tasks.length === 0 ? (
        <p className="text-sm text-slate-600">No open tasks for this contact.</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {tasks.map((task) => (
            <li key={task.id} className="flex items-start gap-3 py-2">
              <form action={completeTaskAction}>
                <input type="hidden" name="id" value={task.id} />
                <button type="submit" className="mt-0.5 h-5 w-5 rounded border border-slate-300 hover:border-brand-500 hover:bg-brand-50" aria-label={`Mark "${task.title}" done`} />
              </form>
              <div className="min-w-0">
                <p className="break-words text-sm text-slate-900">{task.title}</p>
                <p className="text-xs text-slate-500">{task.detail}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
