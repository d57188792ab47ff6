import { ContactForm } from "@/components/crm/contact-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { createContactAction } from "../actions";

export const metadata = { title: "New contact" };

const EMPTY = {
  firstName: "", lastName: "", company: "", street: "", city: "", region: "", postalCode: "", stage: "NEW", source: "OTHER", intent: "UNKNOWN",
  priceMin: "", priceMax: "", targetAreas: "", timeframe: "", birthday: "", homeAnniversary: "", nextFollowUp: "",
  doNotCall: false, doNotText: false, doNotEmail: false, tags: "", emails: [], phones: [], primaryEmail: 0, primaryPhone: 0,
};

export default async function NewContactPage() {
  await requireUser();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title="New contact" description="Only a first name is required; add the rest as you learn it." />
      <ContactForm action={createContactAction} initial={EMPTY} cancelHref="/contacts" submitLabel="Save contact" />
    </div>
  );
}
