import { Pencil } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ContactDetails } from "@/components/crm/contact-details";
import { ContactForm } from "@/components/crm/contact-form";
import { QuickActions } from "@/components/crm/quick-actions";
import { StageSelect } from "@/components/crm/stage-select";
import { Timeline } from "@/components/crm/timeline";
import { OpenTasks } from "@/components/crm/open-tasks";
import { buttonClasses } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/session";
import { contactFormValues } from "@/lib/crm/contacts/contact-input";
import { getContactPage } from "@/lib/crm/contacts/contact-page";
import { toTimelineEntries } from "@/lib/crm/timeline-entries";
import { deleteContactAction, updateContactAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata() {
  return { title: "Contact" };
}

export default async function ContactPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const data = await getContactPage(user.id, id, query.before ?? null);
  if (!data) notFound();
  const { contact, timeline, tasks, timeZone } = data;
  const editing = query.edit === "1";

  return (
    <div className="flex flex-col gap-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/contacts" className="text-slate-500 hover:text-slate-800">Contacts</Link>
        <span className="mx-1.5 text-slate-400">/</span>
        <span className="text-slate-800">{contact.name}</span>
      </nav>
      <header className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <h1 className="break-words text-2xl font-semibold tracking-tight text-slate-900">{contact.name}</h1>
          {contact.company && <p className="text-sm text-slate-600">{contact.company}</p>}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <StageSelect contactId={contact.id} stage={contact.stage} />
          {!editing && (
            <Link href={`/contacts/${contact.id}?edit=1`} className={buttonClasses("secondary", "sm")}>
              <Pencil className="h-4 w-4" aria-hidden="true" /> Edit
            </Link>
          )}
        </div>
      </header>

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
        <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)]">
          <div className="flex flex-col gap-6">
            <section className="rounded-xl border border-slate-200 bg-white p-4" aria-labelledby="details-heading">
              <h2 id="details-heading" className="mb-1 text-sm font-semibold text-slate-900">Details</h2>
              <ContactDetails contact={contact} timeZone={timeZone} />
            </section>
            <OpenTasks tasks={tasks} timeZone={timeZone} />
          </div>
          <div className="flex flex-col gap-6">
            <QuickActions contactId={contact.id} doNotText={contact.doNotText} doNotEmail={contact.doNotEmail} />
            <section aria-labelledby="timeline-heading">
              <h2 id="timeline-heading" className="mb-3 text-sm font-semibold text-slate-900">Timeline</h2>
              <Timeline entries={toTimelineEntries(timeline.items, timeZone)} olderHref={timeline.next ? `/contacts/${contact.id}?before=${timeline.next}` : null} />
            </section>
          </div>
        </div>
      )}
    </div>
  );
}
