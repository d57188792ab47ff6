import { AppointmentForm } from "@/components/crm/appointment-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getContact } from "@/lib/crm/contacts/contacts";
import { calendarDate } from "@/lib/crm/dates";
import { listPropertyOptions } from "@/lib/crm/properties/properties";
import { getProfile } from "@/lib/auth/profile";
import { createAppointmentAction } from "../actions";

export const metadata = { title: "New appointment" };

export default async function NewAppointmentPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireUser();
  const params = await searchParams;
  const contact = params.contactId ? await getContact(user.id, params.contactId) : null;
  const properties = await listPropertyOptions(user.id);
  const timeZone = (await getProfile(user.id))?.timeZone ?? "UTC";
  const date = params.date && calendarDate(params.date) ? params.date : "";
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title="New appointment" description={contact ? `With ${contact.name}.` : "A showing, consultation, open house or closing."} />
      <AppointmentForm
        action={createAppointmentAction}
        initial={{ title: "", type: "SHOWING", date, startTime: "10:00", endTime: "11:00", location: "", notes: "", propertyId: params.propertyId ?? "", contactIds: contact ? [contact.id] : [], reminder: "60" }}
        linkedContacts={contact ? [{ id: contact.id, name: contact.name }] : []}
        properties={properties}
        timeZone={timeZone}
        cancelHref={contact ? `/contacts/${contact.id}` : "/appointments"}
        submitLabel="Save appointment"
      />
    </div>
  );
}
