"use client";

import { Plus, X } from "lucide-react";
import Link from "next/link";
import { useActionState, useState } from "react";
import type { ContactFormState } from "@/app/(app)/contacts/actions";
import type { ContactFormValues } from "@/lib/crm/contacts/contact-input";
import { INTENT_LABELS, INTENTS, LEAD_SOURCES, PIPELINE_STAGES, SOURCE_LABELS, STAGE_LABELS } from "@/lib/crm/labels";
import { Alert } from "../ui/alert";
import { buttonClasses } from "../ui/button";
import { SelectField } from "../ui/select-field";
import { SubmitButton } from "../ui/submit-button";
import { TextField } from "../ui/text-field";

const MAX_ROWS = 5;
const stageOptions = PIPELINE_STAGES.map((s) => [s, STAGE_LABELS[s]] as const);
const sourceOptions = LEAD_SOURCES.map((s) => [s, SOURCE_LABELS[s]] as const);
const intentOptions = INTENTS.map((s) => [s, INTENT_LABELS[s]] as const);

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <fieldset className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5">
      <legend className="px-1 text-sm font-semibold text-slate-900">{title}</legend>
      <div className="grid gap-4 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}

/** Several emails or phones, one marked primary. */
function ChannelRows({ kind, values, primary, errors }: { kind: "email" | "phone"; values: string[]; primary: number; errors: Record<string, string> }) {
  const [rows, setRows] = useState(() => (values.length ? values : [""]));
  const label = kind === "email" ? "Email" : "Phone";
  return (
    <div className="flex flex-col gap-2 sm:col-span-2">
      <span className="text-sm font-medium text-slate-800">{label === "Email" ? "Emails" : "Phones"}</span>
      {rows.map((value, i) => (
        <div key={i} className="flex items-start gap-2">
          <TextField
            id={`field-${kind}-${i}`}
            label={`${label} ${i + 1}`}
            name={kind}
            type={kind === "email" ? "email" : "tel"}
            autoComplete="off"
            defaultValue={value}
            placeholder={kind === "email" ? "name@example.com" : "(512) 555-0123"}
            error={errors[`${kind}.${i}`]}
            className="flex-1 [&>label]:sr-only"
          />
          <label className="mt-3 flex items-center gap-1.5 text-xs text-slate-600">
            <input type="radio" name={kind === "email" ? "primaryEmail" : "primaryPhone"} value={i} defaultChecked={i === primary} />
            Primary
          </label>
          {rows.length > 1 && (
            <button type="button" className="mt-2 rounded-md p-1.5 text-slate-500 hover:bg-slate-100" aria-label={`Remove ${label.toLowerCase()} ${i + 1}`} onClick={() => setRows(rows.filter((_, j) => j !== i))}>
              <X className="h-4 w-4" />
            </button>
          )}
        </div>
      ))}
      {rows.length < MAX_ROWS && (
        <button type="button" className="flex items-center gap-1 self-start text-sm font-medium text-brand-600 hover:underline" onClick={() => setRows([...rows, ""])}>
          <Plus className="h-4 w-4" aria-hidden="true" /> Add another {label.toLowerCase()}
        </button>
      )}
    </div>
  );
}

export function ContactForm({
  action,
  initial,
  contactId,
  cancelHref,
  submitLabel,
}: {
  action: (state: ContactFormState, form: FormData) => Promise<ContactFormState>;
  initial: ContactFormValues;
  contactId?: string;
  cancelHref: string;
  submitLabel: string;
}) {
  const [state, formAction] = useActionState(action, {});
  const v = state.values ?? initial;
  const e = state.errors ?? {};
  const errorCount = Object.keys(e).length;
  return (
    // A new key after each refused submit re-applies the echoed values (React resets forms).
    <form key={JSON.stringify(state.values ?? null)} action={formAction} className="flex flex-col gap-5" noValidate>
      {contactId && <input type="hidden" name="id" value={contactId} />}
      {errorCount > 0 && <Alert tone="error">{e.form ?? `Please fix ${errorCount === 1 ? "the highlighted field" : `the ${errorCount} highlighted fields`}. Nothing was saved yet.`}</Alert>}
      <Section title="Who">
        <TextField label="First name" name="firstName" required maxLength={100} defaultValue={v.firstName} error={e.firstName} autoComplete="off" />
        <TextField label="Last name" name="lastName" maxLength={100} defaultValue={v.lastName} error={e.lastName} autoComplete="off" />
        <TextField label="Company" name="company" maxLength={200} defaultValue={v.company} error={e.company} className="sm:col-span-2" />
        <ChannelRows kind="email" values={v.emails} primary={v.primaryEmail} errors={e} />
        <ChannelRows kind="phone" values={v.phones} primary={v.primaryPhone} errors={e} />
      </Section>
      <Section title="Pipeline">
        <SelectField label="Stage" name="stage" options={stageOptions} defaultValue={v.stage || "NEW"} error={e.stage} />
        <SelectField label="Lead source" name="source" options={sourceOptions} defaultValue={v.source || "OTHER"} error={e.source} />
        <SelectField label="Looking to" name="intent" options={intentOptions} defaultValue={v.intent || "UNKNOWN"} error={e.intent} />
        <TextField label="Next follow-up" name="nextFollowUp" type="date" defaultValue={v.nextFollowUp} error={e.nextFollowUp} />
        <TextField label="Tags" name="tags" defaultValue={v.tags} error={e.tags} hint="Separate with commas, e.g. hot, first-time buyer" className="sm:col-span-2" />
      </Section>
      <Section title="What they want">
        <TextField label="Price from" name="priceMin" inputMode="numeric" placeholder="450,000" defaultValue={v.priceMin} error={e.priceMin} />
        <TextField label="Price to" name="priceMax" inputMode="numeric" placeholder="600,000" defaultValue={v.priceMax} error={e.priceMax} />
        <TextField label="Target areas" name="targetAreas" defaultValue={v.targetAreas} error={e.targetAreas} hint="Neighborhoods or ZIP codes, separated by commas" />
        <TextField label="Timeframe" name="timeframe" placeholder="Spring 2027" defaultValue={v.timeframe} error={e.timeframe} />
      </Section>
      <Section title="Address">
        <TextField label="Street" name="street" defaultValue={v.street} error={e.street} autoComplete="off" className="sm:col-span-2" />
        <TextField label="City" name="city" defaultValue={v.city} error={e.city} autoComplete="off" />
        <div className="grid grid-cols-2 gap-4">
          <TextField label="State" name="region" defaultValue={v.region} error={e.region} autoComplete="off" />
          <TextField label="ZIP" name="postalCode" defaultValue={v.postalCode} error={e.postalCode} autoComplete="off" />
        </div>
      </Section>
      <Section title="Dates and preferences">
        <TextField label="Birthday" name="birthday" type="date" defaultValue={v.birthday} error={e.birthday} />
        <TextField label="Home anniversary" name="homeAnniversary" type="date" defaultValue={v.homeAnniversary} error={e.homeAnniversary} />
        <div className="flex flex-col gap-2 sm:col-span-2">
          <span className="text-sm font-medium text-slate-800">Do not contact by</span>
          <div className="flex flex-wrap gap-4 text-sm text-slate-700">
            {(["doNotCall", "doNotText", "doNotEmail"] as const).map((key) => (
              <label key={key} className="flex items-center gap-2">
                <input type="checkbox" name={key} defaultChecked={v[key]} className="h-4 w-4 rounded border-slate-300" />
                {key === "doNotCall" ? "Phone calls" : key === "doNotText" ? "Text messages" : "Email"}
              </label>
            ))}
          </div>
        </div>
      </Section>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
        <Link href={cancelHref} className={buttonClasses("ghost")}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
