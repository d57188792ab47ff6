"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { propertyValuesFromForm, type PropertyFormValues } from "@/lib/crm/properties/property-input";
import { createProperty, deleteProperty, linkContact, unlinkContact, updateProperty } from "@/lib/crm/properties/properties";
import { formText } from "@/lib/forms/form-text";

export type PropertyFormState = { errors?: Record<string, string>; values?: PropertyFormValues };
export type LinkState = { error?: string; done?: number };

export async function createPropertyAction(_prev: PropertyFormState, form: FormData): Promise<PropertyFormState> {
  const user = await requireUser();
  const values = propertyValuesFromForm(form);
  const result = await createProperty(user.id, values);
  if (!result.ok) return { errors: "errors" in result ? result.errors : { form: "This property no longer exists." }, values };
  revalidatePath("/properties");
  redirect(`/properties/${result.id}`);
}

export async function updatePropertyAction(_prev: PropertyFormState, form: FormData): Promise<PropertyFormState> {
  const user = await requireUser();
  const id = formText(form, "id");
  const values = propertyValuesFromForm(form);
  const result = await updateProperty(user.id, id, values);
  if (!result.ok) return { errors: "errors" in result ? result.errors : { form: "This property no longer exists." }, values };
  revalidatePath("/properties", "layout");
  redirect(`/properties/${id}`);
}

export async function deletePropertyAction(form: FormData): Promise<void> {
  const user = await requireUser();
  await deleteProperty(user.id, formText(form, "id"));
  revalidatePath("/properties", "layout");
  redirect("/properties");
}

export async function linkContactAction(prev: LinkState, form: FormData): Promise<LinkState> {
  const user = await requireUser();
  const propertyId = formText(form, "propertyId");
  const result = await linkContact(user.id, propertyId, formText(form, "contactId"), formText(form, "role"));
  if (!result.ok) return { error: result.error };
  revalidatePath(`/properties/${propertyId}`);
  return { done: (prev.done ?? 0) + 1 };
}

export async function unlinkContactAction(form: FormData): Promise<void> {
  const user = await requireUser();
  await unlinkContact(user.id, formText(form, "linkId"));
  revalidatePath(`/properties/${formText(form, "propertyId")}`);
}
