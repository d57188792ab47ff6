import { Users } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata = { title: "Contacts" };

export default function ContactsPage() {
  return (
    <>
      <PageHeader title="Contacts" description="Leads, clients and your sphere, with their pipeline stage." />
      <EmptyState icon={Users} title="No contacts yet">
        Add people one by one or import a CSV from Follow Up Boss, Zillow, Google Contacts or Outlook.
      </EmptyState>
    </>
  );
}
