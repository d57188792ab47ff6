"use client";

import { useActionState } from "react";
import { linkContactAction, type LinkState } from "@/app/(app)/properties/actions";
import { PROPERTY_ROLE_LABELS, PROPERTY_ROLES } from "@/lib/crm/labels";
import { Alert } from "../ui/alert";
import { SelectField } from "../ui/select-field";
import { SubmitButton } from "../ui/submit-button";
import { ContactPicker } from "./contact-picker";

export function LinkContactForm({ propertyId }: { propertyId: string }) {
  const [state, action] = useActionState<LinkState, FormData>(linkContactAction, {});
  return (
    <form key={state.done} action={action} className="flex flex-col gap-3 border-t border-slate-100 pt-4" noValidate>
      <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Link someone</h3>
      <input type="hidden" name="propertyId" value={propertyId} />
      {state.error && <Alert tone="error">{state.error}</Alert>}
      <ContactPicker name="contactId" label="Contact" />
      <SelectField id="link-role" label="Role" name="role" defaultValue="INTERESTED" options={PROPERTY_ROLES.map((r) => [r, PROPERTY_ROLE_LABELS[r]] as const)} />
      <SubmitButton pendingLabel="Linking…" className="self-start">Link contact</SubmitButton>
    </form>
  );
}
