import { CalendarDays } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata = { title: "Appointments" };

export default function AppointmentsPage() {
  return (
    <>
      <PageHeader title="Appointments" description="Showings, listing appointments, consultations and closings." />
      <EmptyState icon={CalendarDays} title="Nothing scheduled">
        Appointments you book appear here by day, week or month, in your time zone.
      </EmptyState>
    </>
  );
}
