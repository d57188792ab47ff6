"use client";

import { CalendarPlus, CheckSquare, Mail, MessageSquare, Phone, StickyNote } from "lucide-react";
import Link from "next/link";
import { useActionState, useState } from "react";
import { addNoteAction, logCallAction, type QuickActionState } from "@/app/(app)/contacts/actions";
import { CALL_OUTCOMES } from "@/lib/crm/call-outcomes";
import { Saved } from "./action-feedback";
import { TaskForm } from "./task-form";
import { buttonClasses } from "../ui/button";
import { cn } from "../ui/cn";
import { SelectField, TextAreaField } from "../ui/select-field";
import { SubmitButton } from "../ui/submit-button";

type Tab = "call" | "note" | "task" | "text" | "email" | "appointment";
const TABS: { id: Tab; label: string; icon: typeof Phone }[] = [
  { id: "call", label: "Log call", icon: Phone },
  { id: "note", label: "Add note", icon: StickyNote },
  { id: "task", label: "Add task", icon: CheckSquare },
  { id: "appointment", label: "Schedule", icon: CalendarPlus },
  { id: "text", label: "Text", icon: MessageSquare },
  { id: "email", label: "Email", icon: Mail },
];

function useQuickAction(action: (s: QuickActionState, f: FormData) => Promise<QuickActionState>) {
  return useActionState(action, {});
}

function CallForm({ contactId }: { contactId: string }) {
  const [state, action] = useQuickAction(logCallAction);
  return (
    <form key={state.done} action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="contactId" value={contactId} />
      <Saved state={state} message="Call logged." />
      <SelectField id="call-outcome" label="How did it go?" name="outcome" options={CALL_OUTCOMES.map((o) => [o, o] as const)} />
      <TextAreaField id="call-notes" label="Notes (optional)" name="notes" maxLength={2000} rows={2} />
      <SubmitButton pendingLabel="Saving…" className="self-start">Log call</SubmitButton>
    </form>
  );
}

function NoteForm({ contactId }: { contactId: string }) {
  const [state, action] = useQuickAction(addNoteAction);
  return (
    <form key={state.done} action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="contactId" value={contactId} />
      <Saved state={state} message="Note added." />
      <TextAreaField id="note-body" label="Note" name="body" maxLength={10000} rows={3} placeholder="What did you learn?" />
      <SubmitButton pendingLabel="Saving…" className="self-start">Add note</SubmitButton>
    </form>
  );
}

function ComingSoon({ children }: { children: React.ReactNode }) {
  return <p className="rounded-lg bg-slate-50 px-4 py-3 text-sm text-slate-600">{children}</p>;
}

export function QuickActions({ contactId, doNotText, doNotEmail }: { contactId: string; doNotText: boolean; doNotEmail: boolean }) {
  const [tab, setTab] = useState<Tab>("call");
  return (
    <section aria-label="Quick actions" className="rounded-xl border border-slate-200 bg-white">
      {/* Two rows of three where six don't fit, so the chosen tab is never scrolled out of sight. */}
      <div role="tablist" aria-label="Quick actions" className="grid grid-cols-3 border-b border-slate-200 sm:grid-cols-6 lg:grid-cols-3 2xl:grid-cols-6">
        {TABS.map(({ id, label, icon: Icon }) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls="quick-action-panel"
            onClick={() => setTab(id)}
            className={cn(
              "flex items-center justify-center gap-1.5 whitespace-nowrap border-b-2 px-2 py-2.5 text-sm font-medium",
              tab === id ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900",
            )}
          >
            <Icon className="h-4 w-4" aria-hidden="true" />
            {label}
          </button>
        ))}
      </div>
      <div id="quick-action-panel" role="tabpanel" aria-labelledby={`tab-${tab}`} className="p-4">
        {tab === "call" && <CallForm contactId={contactId} />}
        {tab === "note" && <NoteForm contactId={contactId} />}
        {tab === "task" && <TaskForm contactId={contactId} />}
        {tab === "appointment" && (
          <div className="flex flex-col items-start gap-3">
            <p className="text-sm text-slate-600">Book a showing, consultation or closing; it lands on this timeline and your calendar.</p>
            <Link href={`/appointments/new?contactId=${contactId}`} className={buttonClasses("primary")}>Schedule an appointment</Link>
          </div>
        )}
        {tab === "text" && (
          <ComingSoon>{doNotText ? "This contact asked not to be texted." : "Texting through your ALT number arrives with messaging. Log the conversation as a call or note for now."}</ComingSoon>
        )}
        {tab === "email" && (
          <ComingSoon>{doNotEmail ? "This contact asked not to be emailed." : "Sending email from ALT arrives with messaging. Add a note to keep the history complete."}</ComingSoon>
        )}
      </div>
    </section>
  );
}
