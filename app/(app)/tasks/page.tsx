import { CheckSquare } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata = { title: "Tasks" };

export default function TasksPage() {
  return (
    <>
      <PageHeader title="Tasks" description="Today, overdue and upcoming to-dos." />
      <EmptyState icon={CheckSquare} title="You're all caught up">
        Tasks you create for calls, paperwork and follow-ups show up here by due date.
      </EmptyState>
    </>
  );
}
