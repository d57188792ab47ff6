import { Settings } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata = { title: "Settings" };

export default function SettingsPage() {
  return (
    <>
      <PageHeader title="Settings" description="Profile, calendar sync, billing, privacy and AI." />
      <EmptyState icon={Settings} title="Settings">
        Your profile, Google Calendar connection, subscription and data controls live here.
      </EmptyState>
    </>
  );
}
