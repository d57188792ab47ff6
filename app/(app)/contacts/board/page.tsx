import { Plus } from "lucide-react";
import { ContactsViewSwitch } from "@/components/crm/contacts-view-switch";
import { PipelineBoard } from "@/components/crm/pipeline-board";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { signedInReads } from "@/lib/auth/session";
import { toBoardCardColumns } from "@/lib/crm/contacts/board-cards";
import { getPipelineBoard } from "@/lib/crm/contacts/pipeline-board";

export const metadata = { title: "Pipeline" };

export default async function PipelinePage() {
  const board = await getPipelineBoard(await signedInReads());
  return (
    <>
      <PageHeader
        title="Pipeline"
        description="Drag a card to move a lead along, or use its “Move to” menu. Every move lands on the contact's timeline."
        actions={
          <ButtonLink href="/contacts/new">
            <Plus className="h-4 w-4" aria-hidden="true" /> New contact
          </ButtonLink>
        }
      />
      <div className="mb-4 flex justify-end">
        <ContactsViewSwitch current="board" />
      </div>
      <PipelineBoard board={toBoardCardColumns(board)} />
    </>
  );
}
