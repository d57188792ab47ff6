"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { contactValuesFromForm, type ContactFormValues } from "@/lib/crm/contacts/contact-input";
import { createContact, deleteContact, moveContactToStage, updateContact } from "@/lib/crm/contacts/contacts";
import { PIPELINE_STAGES } from "@/lib/crm/labels";
import { mergeContacts } from "@/lib/crm/contacts/duplicates";
import { deleteSavedList, saveList } from "@/lib/crm/contacts/saved-lists";
import { completeTask, createTask } from "@/lib/crm/tasks";
import { addNote, logCall } from "@/lib/crm/timeline";
import type { PipelineStage } from "@/lib/db/crm-types";
import { formText } from "@/lib/forms/form-text";

export type ContactFormState = { errors?: Record<string, string>; values?: ContactFormValues };
export type QuickActionState = { error?: string; errors?: Record<string, string>; done?: number };

const NOT_FOUND = "This contact no longer exists.";

export async function createContactAction(_prev: ContactFormState, form: FormData): Promise<ContactFormState> {
  const user = await requireUser();
  const values = contactValuesFromForm(form);
  const result = await createContact(user.id, values);
  if (!result.ok) return { errors: "errors" in result ? result.errors : { form: NOT_FOUND }, values };
  revalidatePath("/contacts");
  redirect(`/contacts/${result.id}`);
}

export async function updateContactAction(_prev: ContactFormState, form: FormData): Promise<ContactFormState> {
  const user = await requireUser();
  const id = formText(form, "id");
  const values = contactValuesFromForm(form);
  const result = await updateContact(user.id, id, values);
  if (!result.ok) return { errors: "errors" in result ? result.errors : { form: NOT_FOUND }, values };
  revalidatePath("/contacts", "layout");
  redirect(`/contacts/${id}`);
}

export async function deleteContactAction(form: FormData): Promise<void> {
  const user = await requireUser();
  await deleteContact(user.id, formText(form, "id"));
  revalidatePath("/contacts", "layout");
  redirect("/contacts");
}

/** Board drag or stage menu. Returns false when the contact is not (or no longer) the agent's. */
export async function moveStageAction(id: string, stage: string): Promise<boolean> {
  const user = await requireUser();
  if (typeof id !== "string" || !(PIPELINE_STAGES as string[]).includes(stage)) return false;
  const moved = await moveContactToStage(user.id, id, stage as PipelineStage);
  if (moved) revalidatePath("/contacts", "layout");
  return moved;
}

export async function addNoteAction(prev: QuickActionState, form: FormData): Promise<QuickActionState> {
  const user = await requireUser();
  const id = formText(form, "contactId");
  const result = await addNote(user.id, id, formText(form, "body"));
  if (!result.ok) return { error: "error" in result ? result.error : NOT_FOUND };
  revalidatePath(`/contacts/${id}`);
  return { done: (prev.done ?? 0) + 1 };
}

export async function logCallAction(prev: QuickActionState, form: FormData): Promise<QuickActionState> {
  const user = await requireUser();
  const id = formText(form, "contactId");
  const result = await logCall(user.id, id, { outcome: formText(form, "outcome"), notes: formText(form, "notes") });
  if (!result.ok) return { error: "error" in result ? result.error : NOT_FOUND };
  revalidatePath(`/contacts/${id}`);
  return { done: (prev.done ?? 0) + 1 };
}

export async function addTaskAction(prev: QuickActionState, form: FormData): Promise<QuickActionState> {
  const user = await requireUser();
  const contactId = formText(form, "contactId") || null;
  const result = await createTask(user.id, {
    title: formText(form, "title"),
    due: formText(form, "due"),
    priority: formText(form, "priority"),
    recurrence: formText(form, "recurrence"),
    contactId,
  });
  if (!result.ok) return "errors" in result ? { errors: result.errors } : { error: NOT_FOUND };
  revalidatePath(contactId ? `/contacts/${contactId}` : "/tasks");
  return { done: (prev.done ?? 0) + 1 };
}

export async function completeTaskAction(form: FormData): Promise<void> {
  const user = await requireUser();
  await completeTask(user.id, formText(form, "id"));
  revalidatePath("/contacts", "layout");
  revalidatePath("/tasks");
}

export type SaveListState = { error?: string; saved?: string };

export async function saveListAction(_prev: SaveListState, form: FormData): Promise<SaveListState> {
  const user = await requireUser();
  const name = formText(form, "name");
  const result = await saveList(user.id, name, formText(form, "query"));
  if (!result.ok) return { error: result.error };
  revalidatePath("/contacts");
  return { saved: name.trim() };
}

export async function deleteListAction(form: FormData): Promise<void> {
  const user = await requireUser();
  await deleteSavedList(user.id, formText(form, "id"));
  revalidatePath("/contacts");
}

export async function mergeContactsAction(form: FormData): Promise<void> {
  const user = await requireUser();
  const keep = formText(form, "keep");
  const ids = form.getAll("id").filter((v): v is string => typeof v === "string");
  for (const gone of ids.filter((id) => id !== keep)) await mergeContacts(user.id, keep, gone);
  revalidatePath("/contacts", "layout");
  redirect(`/contacts/duplicates?merged=1`);
}
