"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { PropertyFormState } from "@/app/(app)/properties/actions";
import type { PropertyFormValues } from "@/lib/crm/properties/property-input";
import { PROPERTY_STATUS_LABELS, PROPERTY_STATUSES, PROPERTY_TYPE_LABELS, PROPERTY_TYPES } from "@/lib/crm/labels";
import { Alert } from "../ui/alert";
import { buttonClasses } from "../ui/button";
import { SelectField, TextAreaField } from "../ui/select-field";
import { SubmitButton } from "../ui/submit-button";
import { TextField } from "../ui/text-field";

export function PropertyForm({
  action,
  initial,
  propertyId,
  cancelHref,
  submitLabel,
}: {
  action: (state: PropertyFormState, form: FormData) => Promise<PropertyFormState>;
  initial: PropertyFormValues;
  propertyId?: string;
  cancelHref: string;
  submitLabel: string;
}) {
  const [state, formAction] = useActionState(action, {});
  const v = state.values ?? initial;
  const e = state.errors ?? {};
  const count = Object.keys(e).length;
  return (
    <form key={JSON.stringify(state.values ?? null)} action={formAction} className="flex flex-col gap-5" noValidate>
      {propertyId && <input type="hidden" name="id" value={propertyId} />}
      {count > 0 && <Alert tone="error">{e.form ?? `Please fix ${count === 1 ? "the highlighted field" : `the ${count} highlighted fields`}. Nothing was saved yet.`}</Alert>}
      <fieldset className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-6 sm:p-5">
        <legend className="px-1 text-sm font-semibold text-slate-900">Address</legend>
        <TextField label="Street" name="street" defaultValue={v.street} error={e.street} className="sm:col-span-4" autoComplete="off" />
        <TextField label="Unit" name="unit" defaultValue={v.unit} error={e.unit} className="sm:col-span-2" autoComplete="off" />
        <TextField label="City" name="city" defaultValue={v.city} error={e.city} className="sm:col-span-3" autoComplete="off" />
        <TextField label="State" name="region" defaultValue={v.region} error={e.region} className="sm:col-span-1" autoComplete="off" />
        <TextField label="ZIP" name="postalCode" defaultValue={v.postalCode} error={e.postalCode} className="sm:col-span-2" autoComplete="off" />
      </fieldset>
      <fieldset className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-3 sm:p-5">
        <legend className="px-1 text-sm font-semibold text-slate-900">Listing</legend>
        <SelectField label="Status" name="status" options={PROPERTY_STATUSES.map((s) => [s, PROPERTY_STATUS_LABELS[s]] as const)} defaultValue={v.status || "ACTIVE"} error={e.status} />
        <SelectField label="Type" name="type" options={PROPERTY_TYPES.map((s) => [s, PROPERTY_TYPE_LABELS[s]] as const)} defaultValue={v.type || "SINGLE_FAMILY"} error={e.type} />
        <TextField label="MLS number" name="mlsNumber" defaultValue={v.mlsNumber} error={e.mlsNumber} />
        <TextField label="List price" name="listPrice" inputMode="numeric" placeholder="525,000" defaultValue={v.listPrice} error={e.listPrice} />
        <TextField label="Beds" name="beds" inputMode="numeric" defaultValue={v.beds} error={e.beds} />
        <TextField label="Baths" name="baths" inputMode="decimal" placeholder="2.5" defaultValue={v.baths} error={e.baths} />
        <TextField label="Square feet" name="squareFeet" inputMode="numeric" defaultValue={v.squareFeet} error={e.squareFeet} />
        <TextField label="Lot (sq ft)" name="lotSqft" inputMode="numeric" defaultValue={v.lotSqft} error={e.lotSqft} />
        <TextField label="Year built" name="yearBuilt" inputMode="numeric" defaultValue={v.yearBuilt} error={e.yearBuilt} />
      </fieldset>
      <fieldset className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-5">
        <legend className="px-1 text-sm font-semibold text-slate-900">Photos and notes</legend>
        <TextAreaField label="Photo links (one https:// address per line)" name="photoUrls" rows={3} defaultValue={v.photoUrls} error={e.photoUrls} />
        <TextAreaField label="Notes" name="notes" rows={4} maxLength={10000} defaultValue={v.notes} error={e.notes} />
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
        <Link href={cancelHref} className={buttonClasses("ghost")}>Cancel</Link>
      </div>
    </form>
  );
}
