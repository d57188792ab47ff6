import { PropertyForm } from "@/components/crm/property-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { EMPTY_PROPERTY } from "@/lib/crm/properties/property-input";
import { createPropertyAction } from "../actions";

export const metadata = { title: "New property" };

export default async function NewPropertyPage() {
  await requireUser();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title="New property" description="A listing, a home a client is buying, or one they're watching." />
      <PropertyForm action={createPropertyAction} initial={{ ...EMPTY_PROPERTY, status: "ACTIVE", type: "SINGLE_FAMILY" }} cancelHref="/properties" submitLabel="Save property" />
    </div>
  );
}
