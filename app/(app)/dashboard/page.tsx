import { LayoutDashboard } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata = { title: "Dashboard" };

export default function DashboardPage() {
  return (
    <>
      <PageHeader title="Dashboard" description="Today's appointments and tasks, overdue follow-ups and new leads." />
      <EmptyState icon={LayoutDashboard} title="Your day at a glance">
        Once you add contacts and appointments, this page shows what needs you today.
      </EmptyState>
    </>
  );
}
