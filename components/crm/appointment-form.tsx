"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { AppointmentFormState } from "@/app/(app)/appointments/actions";
import type { AppointmentFormValues } from "@/lib/crm/appointments/appointment-input";
import { APPOINTMENT_TYPE_LABELS, APPOINTMENT_TYPES, REMINDER_CHOICES } from "@/lib/crm/labels";
import { Alert } from "../ui/alert";
import { buttonClasses } from "../ui/button";
import { SelectField, TextAreaField } from "../ui/select-field";
import { SubmitButton } from "../ui/submit-button";
import { TextField } from "../ui/text-field";
import { ContactPicker } from "./contact-picker";

export function AppointmentForm({
  action,
  initial,
  appointmentId,
  linkedContacts,
  properties,
  timeZone,
  cancelHref,
  submitLabel,
}: {
  action: (state: AppointmentFormState, form: FormData) => Promise<AppointmentFormState>;
  initial: AppointmentFormValues;
  appointmentId?: string;
  linkedContacts: { id: string; name: string }[];
  properties: { id: string; address: string }[];
  timeZone: string;
  cancelHref: string;
  submitLabel: string;
}) {
  const [state, formAction] = useActionState(action, {});
  const v = state.values ?? initial;
  const e = state.errors ?? {};
  const count = Object.keys(e).length;
  return (
    <form key={JSON.stringify(state.values ?? null)} action={formAction} className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-5" noValidate>
      {appointmentId && <input type="hidden" name="id" value={appointmentId} />}
      {count > 0 && <Alert tone="error">{e.form ?? `Please fix ${count === 1 ? "the highlighted field" : `the ${count} highlighted fields`}. Nothing was saved yet.`}</Alert>}
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField label="Title" name="title" maxLength={200} defaultValue={v.title} error={e.title} className="sm:col-span-2" placeholder="Showing at 48 Porch Swing Ln" />
        <SelectField label="Type" name="type" options={APPOINTMENT_TYPES.map((t) => [t, APPOINTMENT_TYPE_LABELS[t]] as const)} defaultValue={v.type || "SHOWING"} error={e.type} />
        <TextField label="Date" name="date" type="date" defaultValue={v.date} error={e.date} />
        <TextField label="Starts" name="startTime" type="time" defaultValue={v.startTime} error={e.startTime} />
        <TextField label="Ends" name="endTime" type="time" defaultValue={v.endTime} error={e.endTime} />
      </div>
      <p className="-mt-2 text-xs text-slate-500">Times are in your time zone, {timeZone.replace(/_/g, " ")}.</p>
      <TextField label="Location" name="location" maxLength={300} defaultValue={v.location} error={e.location} />
      <SelectField label="Property" name="propertyId" options={[["", "No property"], ...properties.map((p) => [p.id, p.address] as const)]} defaultValue={v.propertyId} error={e.propertyId} />
      <div className="flex flex-col gap-2">
        <span className="text-sm font-medium text-slate-800">Who&apos;s coming</span>
        {linkedContacts.map((c) => (
          <label key={c.id} className="flex items-center gap-2 text-sm text-slate-800">
            <input type="checkbox" name="contactId" value={c.id} defaultChecked={v.contactIds.includes(c.id)} className="h-4 w-4 rounded border-slate-300" />
            {c.name}
          </label>
        ))}
        <ContactPicker name="contactId" label={linkedContacts.length ? "Add another contact" : "Contact"} />
        {e.contactId && <p className="text-sm text-red-600">{e.contactId}</p>}
      </div>
      <SelectField label="Reminder" name="reminder" options={REMINDER_CHOICES} defaultValue={v.reminder} error={e.reminder} />
      <TextAreaField label="Notes" name="notes" rows={3} maxLength={10000} defaultValue={v.notes} error={e.notes} />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
        <Link href={cancelHref} className={buttonClasses("ghost")}>Cancel</Link>
      </div>
    </form>
  );
}
