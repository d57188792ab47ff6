import { notFound } from "next/navigation";
import { ContactForm } from "@/components/crm/contact-form";
import { ContactHeader } from "@/components/crm/contact-header";
import { ContactOverview } from "@/components/crm/contact-overview";
import { buttonClasses } from "@/components/ui/button";
import { signedInReads } from "@/lib/auth/session";
import { toContactFacts } from "@/lib/crm/contacts/contact-facts";
import { contactFormValues } from "@/lib/crm/contacts/contact-input";
import { getContactPage } from "@/lib/crm/contacts/contact-page";
import { toOpenTaskLines } from "@/lib/crm/task-lines";
import { toTimelineEntries } from "@/lib/crm/timeline-entries";
import { deleteContactAction, updateContactAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata() {
  return { title: "Contact" };
}

export default async function ContactPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const data = await getContactPage(await signedInReads(), id, query.before ?? null);
  if (!data) notFound();
  const { contact, timeline, tasks, timeZone } = data;
  const editing = query.edit === "1";

  return (
    <div className="flex flex-col gap-6">
      <ContactHeader contact={{ id: contact.id, name: contact.name, company: contact.company, stage: contact.stage }} editing={editing} />
      {editing ? (
        <div className="max-w-3xl">
          <ContactForm action={updateContactAction} initial={contactFormValues(contact, timeZone)} contactId={contact.id} cancelHref={`/contacts/${contact.id}`} submitLabel="Save changes" />
          <form action={deleteContactAction} className="mt-8 border-t border-slate-200 pt-6">
            <input type="hidden" name="id" value={contact.id} />
            <p className="mb-3 text-sm text-slate-600">Deleting removes this contact and their timeline. Their tasks stay, unlinked.</p>
            <button type="submit" className={buttonClasses("secondary", "sm", "border-red-300 text-red-700 hover:bg-red-50")}>Delete contact</button>
          </form>
        </div>
      ) : (
        <ContactOverview
          contact={{ id: contact.id, doNotText: contact.doNotText, doNotEmail: contact.doNotEmail }}
          facts={toContactFacts(contact, timeZone)}
          tasks={toOpenTaskLines(tasks, timeZone)}
          timeline={{
            entries: toTimelineEntries(timeline.items, timeZone),
            olderHref: timeline.next ? `/contacts/${contact.id}?before=${timeline.next}` : null,
          }}
        />
      )}
    </div>
  );
}
