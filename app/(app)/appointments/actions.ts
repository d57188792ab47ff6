"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { appointmentValuesFromForm, type AppointmentFormValues } from "@/lib/crm/appointments/appointment-input";
import { createAppointment, deleteAppointment, updateAppointment } from "@/lib/crm/appointments/appointments";
import { formText } from "@/lib/forms/form-text";

export type AppointmentFormState = { errors?: Record<string, string>; values?: AppointmentFormValues };

export async function createAppointmentAction(_prev: AppointmentFormState, form: FormData): Promise<AppointmentFormState> {
  const user = await requireUser();
  const values = appointmentValuesFromForm(form);
  const result = await createAppointment(user.id, values);
  if (!result.ok) return { errors: "errors" in result ? result.errors : { form: "This appointment no longer exists." }, values };
  revalidatePath("/", "layout");
  redirect(`/appointments/${result.id}`);
}

export async function updateAppointmentAction(_prev: AppointmentFormState, form: FormData): Promise<AppointmentFormState> {
  const user = await requireUser();
  const id = formText(form, "id");
  const values = appointmentValuesFromForm(form);
  const result = await updateAppointment(user.id, id, values);
  if (!result.ok) return { errors: "errors" in result ? result.errors : { form: "This appointment no longer exists." }, values };
  revalidatePath("/", "layout");
  redirect(`/appointments/${id}`);
}

export async function deleteAppointmentAction(form: FormData): Promise<void> {
  const user = await requireUser();
  await deleteAppointment(user.id, formText(form, "id"));
  revalidatePath("/", "layout");
  redirect("/appointments");
}
