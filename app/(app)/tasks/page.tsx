import { CheckSquare } from "lucide-react";
import Link from "next/link";
import { TaskForm } from "@/components/crm/task-form";
import { TaskList } from "@/components/crm/task-list";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { toTaskListLines } from "@/lib/crm/task-lines";
import { listTasks, TASK_VIEWS, type TaskView } from "@/lib/crm/tasks";

export const metadata = { title: "Tasks" };

const VIEW_LABELS: Record<TaskView, string> = { today: "Today", overdue: "Overdue", upcoming: "Upcoming", done: "Done" };
const EMPTY: Record<TaskView, string> = {
  today: "Nothing due today. Enjoy the breathing room, or plan ahead below.",
  overdue: "Nothing overdue. Nicely done.",
  upcoming: "No upcoming tasks. Add one below or from a contact's page.",
  done: "Completed tasks show up here.",
};

export default async function TasksPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireUser();
  const requested = (await searchParams).view;
  const view: TaskView = (TASK_VIEWS as readonly string[]).includes(requested ?? "") ? (requested as TaskView) : "today";
  const { tasks, counts, timeZone } = await listTasks(user.id, view);
  return (
    <>
      <PageHeader title="Tasks" description="Calls to make, paperwork to send, follow-ups to keep." />
      <nav aria-label="Task views" className="mb-4 flex gap-1 overflow-x-auto rounded-lg bg-slate-100 p-1 sm:self-start">
        {TASK_VIEWS.map((v) => (
          <Link
            key={v}
            href={`/tasks?view=${v}`}
            aria-current={v === view ? "page" : undefined}
            className={cn("flex shrink-0 items-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium", v === view ? "bg-white text-slate-900 shadow-sm" : "text-slate-600 hover:text-slate-900")}
          >
            {VIEW_LABELS[v]}
            {v !== "done" && counts[v] > 0 && (
              <span className={cn("rounded-full px-1.5 text-xs", v === "overdue" ? "bg-red-100 text-red-700" : "bg-slate-200 text-slate-700")}>{counts[v]}</span>
            )}
          </Link>
        ))}
      </nav>
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,1.6fr)_minmax(0,1fr)]">
        <section aria-label={`${VIEW_LABELS[view]} tasks`}>
          {tasks.length === 0 ? (
            <EmptyState icon={CheckSquare} title={view === "overdue" ? "All caught up" : `No ${VIEW_LABELS[view].toLowerCase()} tasks`}>{EMPTY[view]}</EmptyState>
          ) : (
            <TaskList tasks={toTaskListLines(tasks, timeZone)} overdue={view === "overdue"} />
          )}
        </section>
        <section aria-labelledby="new-task" className="self-start rounded-xl border border-slate-200 bg-white p-4">
          <h2 id="new-task" className="mb-3 text-sm font-semibold text-slate-900">New task</h2>
          <TaskForm />
        </section>
      </div>
    </>
  );
}
