"use client";
// The contact page's body when not editing: details, open tasks, quick actions and the timeline.
// A client component on purpose: it receives formatted strings (contact-facts.ts,
// task-lines.ts, timeline-entries.ts) rather than a serialized element tree.
import type { ContactFacts } from "@/lib/crm/contacts/contact-facts";
import type { OpenTaskLine } from "@/lib/crm/task-lines";
import type { TimelineEntry } from "@/lib/crm/timeline-entries";
import { ContactDetails } from "./contact-details";
import { OpenTasks } from "./open-tasks";
import { QuickActions } from "./quick-actions";
import { Timeline } from "./timeline";

interface Props {
  contact: { id: string; doNotText: boolean; doNotEmail: boolean };
  facts: ContactFacts;
  tasks: OpenTaskLine[];
  timeline: { entries: TimelineEntry[]; olderHref: string | null };
}

export function ContactOverview({ contact, facts, tasks, timeline }: Props) {
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)]">
      <div className="flex flex-col gap-6">
        <section className="rounded-xl border border-slate-200 bg-white p-4" aria-labelledby="details-heading">
          <h2 id="details-heading" className="mb-1 text-sm font-semibold text-slate-900">Details</h2>
          <ContactDetails facts={facts} />
        </section>
        <OpenTasks tasks={tasks} />
      </div>
      <div className="flex flex-col gap-6">
        <QuickActions contactId={contact.id} doNotText={contact.doNotText} doNotEmail={contact.doNotEmail} />
        <section aria-labelledby="timeline-heading">
          <h2 id="timeline-heading" className="mb-3 text-sm font-semibold text-slate-900">Timeline</h2>
          <Timeline entries={timeline.entries} olderHref={timeline.olderHref} />
        </section>
      </div>
    </div>
  );
}
