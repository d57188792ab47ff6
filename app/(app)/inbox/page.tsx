import { Inbox } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";

export const metadata = { title: "Inbox" };

export default async function InboxPage() {
  await requireUser();
  return (
    <>
      <PageHeader title="Inbox" description="Texts and emails with your contacts." />
      <EmptyState icon={Inbox} title="No conversations yet">
        Replies to your texts and emails land here and on each contact&apos;s timeline.
      </EmptyState>
    </>
  );
}
