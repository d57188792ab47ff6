// What an appointment form may contain: times are typed in the agent's time zone and stored as
// UTC instants; the end must follow the start.
import { TZDate } from "@date-fns/tz";
import { z } from "zod";
import type { AppointmentType } from "../../db/crm-types";
import { formText } from "../../forms/form-text";
import { calendarDate } from "../dates";
import { APPOINTMENT_TYPES, REMINDER_CHOICES } from "../labels";

export interface AppointmentFormValues {
  title: string;
  type: string;
  date: string;
  startTime: string;
  endTime: string;
  location: string;
  notes: string;
  propertyId: string;
  contactIds: string[];
  reminder: string;
}

export interface AppointmentData {
  title: string;
  type: AppointmentType;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  notes: string | null;
  propertyId: string | null;
  contactIds: string[];
  reminderMinutes: number[];
}

export type AppointmentParse = { ok: true; data: AppointmentData } | { ok: false; errors: Record<string, string> };

export function appointmentValuesFromForm(form: FormData): AppointmentFormValues {
  return {
    title: formText(form, "title"), type: formText(form, "type"), date: formText(form, "date"),
    startTime: formText(form, "startTime"), endTime: formText(form, "endTime"), location: formText(form, "location"),
    notes: formText(form, "notes"), propertyId: formText(form, "propertyId"), reminder: formText(form, "reminder"),
    contactIds: form.getAll("contactId").filter((v): v is string => typeof v === "string" && v !== "").slice(0, 10),
  };
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const text = (max: number, label: string) =>
  z.string().trim().max(max, `${label}: use at most ${max} characters.`).refine((v) => !CONTROL.test(v), `${label} contains characters that can't be saved.`);

const schema = z.object({
  title: text(200, "Title").min(1, "Give the appointment a title."),
  type: z.enum(APPOINTMENT_TYPES as [AppointmentType, ...AppointmentType[]], { error: "Choose a type from the list." }),
  location: text(300, "Location").transform((v) => v || null),
  notes: text(10_000, "Notes").transform((v) => v || null),
});

/** "2026-12-01" + "14:30" in `timeZone` → the UTC instant; null when either part is not real. */
export function localDateTime(date: string, time: string, timeZone: string): Date | null {
  const day = calendarDate(date);
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!day || !match) return null;
  return new Date(new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), Number(match[1]), Number(match[2]), timeZone).getTime());
}

export function parseAppointment(values: AppointmentFormValues, timeZone: string): AppointmentParse {
  const errors: Record<string, string> = {};
  const parsed = schema.safeParse({ ...values, type: values.type || "SHOWING" });
  if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
  const startsAt = localDateTime(values.date.trim(), values.startTime.trim(), timeZone);
  const endsAt = localDateTime(values.date.trim(), values.endTime.trim(), timeZone);
  if (!calendarDate(values.date.trim())) errors.date = "Choose a real date.";
  else if (!startsAt) errors.startTime = "Enter a start time, like 14:30.";
  if (calendarDate(values.date.trim()) && !endsAt) errors.endTime = "Enter an end time, like 15:30.";
  else if (startsAt && endsAt && endsAt <= startsAt) errors.endTime = "The end must be after the start.";
  const reminder = values.reminder.trim();
  if (reminder && !REMINDER_CHOICES.some(([m]) => m === reminder)) errors.reminder = "Choose a reminder from the list.";
  if (!parsed.success || Object.keys(errors).length || !startsAt || !endsAt) return { ok: false, errors };
  return {
    ok: true,
    data: {
      ...parsed.data,
      startsAt,
      endsAt,
      propertyId: values.propertyId.trim() || null,
      contactIds: [...new Set(values.contactIds)],
      reminderMinutes: reminder ? [Number(reminder)] : [],
    },
  };
}
