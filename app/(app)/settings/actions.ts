"use server";

import "server-only";
import { formText } from "@/lib/forms/form-text";
import { revalidatePath } from "next/cache";
import { signIn } from "@/lib/auth/auth";
import { changePassword, requestEmailChange, updateProfileDetails, type ProfileErrors } from "@/lib/auth/profile";
import { requireUser } from "@/lib/auth/session";

export type SettingsFormState = { errors?: ProfileErrors; saved?: boolean; message?: string; values?: Record<string, string> };


export async function saveProfileAction(_prev: SettingsFormState, form: FormData): Promise<SettingsFormState> {
  const user = await requireUser();
  // Echo what was submitted: React resets the form after an action, and the fields should show
  // what the agent chose (or typed, when it was refused), not the values from before.
  const values = { name: formText(form, "name"), timeZone: formText(form, "timeZone") };
  const result = await updateProfileDetails(user.id, values);
  if (!result.ok) return { errors: result.errors, values };
  revalidatePath("/", "layout");
  return { saved: true, message: "Profile saved.", values: { ...values, name: values.name.trim() } };
}

export async function changeEmailAction(_prev: SettingsFormState, form: FormData): Promise<SettingsFormState> {
  const user = await requireUser();
  const result = await requestEmailChange(user.id, { email: formText(form, "email"), currentPassword: formText(form, "currentPassword") });
  if (!result.ok) return { errors: result.errors };
  return { saved: true, message: `We sent a confirmation link to ${formText(form, "email").trim()}. Your email changes when you open it.` };
}

export async function changePasswordAction(_prev: SettingsFormState, form: FormData): Promise<SettingsFormState> {
  const user = await requireUser();
  const newPassword = formText(form, "newPassword");
  const result = await changePassword(user.id, { currentPassword: formText(form, "currentPassword"), newPassword });
  if (!result.ok) return { errors: result.errors };
  // Every session ended with the change; sign this browser straight back in with the new password.
  await signIn("credentials", { email: user.email, password: newPassword, redirectTo: "/settings/profile?saved=password" });
  return { saved: true };
}
