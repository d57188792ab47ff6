// Appointments: showings, listing appointments, consultations, open houses, closings. Stored in
// UTC, shown in the agent's time zone. Linked contacts get an entry on their timeline.
import "server-only";
import { addDays, addMonths, endOfMonth, startOfMonth, startOfWeek } from "date-fns";
import { TZDate } from "@date-fns/tz";
import { withTenantDb, type TenantClient } from "../../db";
import type { AppointmentType } from "../../db/crm-types";
import { agentTimeZone, fullName } from "../contacts/contacts";
import { calendarDate, formatInZone } from "../dates";
import { APPOINTMENT_TYPE_LABELS } from "../labels";
import { addressLine } from "../properties/properties";
import { appointmentChanged, prepareCalendarSync } from "./calendar-sync-seam";
import { parseAppointment, type AppointmentFormValues } from "./appointment-input";

export type AppointmentSave = { ok: true; id: string } | { ok: false; errors: Record<string, string> } | { ok: false; notFound: true };

export interface AppointmentItem {
  id: string;
  title: string;
  type: AppointmentType;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  contacts: { id: string; name: string }[];
  property: { id: string; address: string } | null;
}

export interface AppointmentDetail extends AppointmentItem {
  notes: string | null;
  reminderMinutes: number[];
  /** Google Calendar copy: NOT_SYNCED (no connection, or before connecting), PENDING, SYNCED, FAILED. */
  syncStatus: "NOT_SYNCED" | "PENDING" | "SYNCED" | "FAILED";
  syncError: string | null;
}

const ITEM_SELECT = {
  id: true, title: true, type: true, startsAt: true, endsAt: true, location: true, notes: true, reminderMinutes: true, syncStatus: true, syncError: true,
  contacts: { select: { contact: { select: { id: true, firstName: true, lastName: true } } } },
  property: { select: { id: true, street: true, unit: true } },
} as const;

type Row = { id: string; title: string; type: AppointmentType; startsAt: Date; endsAt: Date; location: string | null; notes: string | null; reminderMinutes: number[]; syncStatus: AppointmentDetail["syncStatus"]; syncError: string | null; contacts: { contact: { id: string; firstName: string; lastName: string } }[]; property: { id: string; street: string; unit: string | null } | null };

const toDetail = (a: Row): AppointmentDetail => ({
  ...a,
  contacts: a.contacts.map((c) => ({ id: c.contact.id, name: fullName(c.contact) })),
  property: a.property && { id: a.property.id, address: addressLine(a.property) },
});

/** Checks that linked records are the agent's own; another agent's IDs read as missing. */
async function checkLinks(db: TenantClient, propertyId: string | null, contactIds: string[]): Promise<Record<string, string>> {
  const errors: Record<string, string> = {};
  if (propertyId && (await db.property.count({ where: { id: propertyId } })) !== 1) errors.propertyId = "Choose a property from your list.";
  if (contactIds.length && (await db.contact.count({ where: { id: { in: contactIds } } })) !== contactIds.length) errors.contactId = "Choose contacts from your list.";
  return errors;
}

async function noteOnTimelines(db: TenantClient, contactIds: string[], title: string, startsAt: Date, tz: string, verb: string) {
  if (!contactIds.length) return;
  const summary = `${verb}: ${title}, ${formatInZone(startsAt, tz, "EEE, MMM d 'at' h:mm a")}`;
  await db.activity.createMany({ data: contactIds.map((contactId) => ({ userId: db.userId, contactId, type: "APPOINTMENT" as const, summary })) });
}

export async function createAppointment(userId: string, values: AppointmentFormValues): Promise<AppointmentSave> {
  await prepareCalendarSync(userId);
  return withTenantDb(userId, async (db) => {
    const tz = await agentTimeZone(db);
    const parsed = parseAppointment(values, tz);
    if (!parsed.ok) return parsed;
    const { contactIds, ...data } = parsed.data;
    const linkErrors = await checkLinks(db, data.propertyId, contactIds);
    if (Object.keys(linkErrors).length) return { ok: false, errors: linkErrors };
    const row = await db.appointment.create({ data: { userId: db.userId, ...data }, select: { id: true } });
    if (contactIds.length) await db.appointmentContact.createMany({ data: contactIds.map((contactId) => ({ userId: db.userId, appointmentId: row.id, contactId })) });
    await noteOnTimelines(db, contactIds, data.title, data.startsAt, tz, "Appointment set");
    await appointmentChanged(db, row.id, "created");
    return { ok: true, id: row.id };
  });
}

export async function updateAppointment(userId: string, id: string, values: AppointmentFormValues): Promise<AppointmentSave> {
  await prepareCalendarSync(userId);
  return withTenantDb(userId, async (db) => {
    if ((await db.appointment.count({ where: { id } })) !== 1) return { ok: false, notFound: true };
    const tz = await agentTimeZone(db);
    const parsed = parseAppointment(values, tz);
    if (!parsed.ok) return parsed;
    const { contactIds, ...data } = parsed.data;
    const linkErrors = await checkLinks(db, data.propertyId, contactIds);
    if (Object.keys(linkErrors).length) return { ok: false, errors: linkErrors };
    const before = (await db.appointmentContact.findMany({ where: { appointmentId: id }, select: { contactId: true } })).map((c) => c.contactId);
    await db.appointment.update({ where: { id }, data });
    await db.appointmentContact.deleteMany({ where: { appointmentId: id } });
    if (contactIds.length) await db.appointmentContact.createMany({ data: contactIds.map((contactId) => ({ userId: db.userId, appointmentId: id, contactId })) });
    await noteOnTimelines(db, contactIds.filter((c) => !before.includes(c)), data.title, data.startsAt, tz, "Appointment set");
    await appointmentChanged(db, id, "updated");
    return { ok: true, id };
  });
}

export async function deleteAppointment(userId: string, id: string): Promise<boolean> {
  await prepareCalendarSync(userId);
  return withTenantDb(userId, async (db) => {
    const deleted = (await db.appointment.deleteMany({ where: { id } })).count === 1;
    if (deleted) await appointmentChanged(db, id, "deleted");
    return deleted;
  });
}

export function getAppointment(userId: string, id: string): Promise<{ appointment: AppointmentDetail; timeZone: string } | null> {
  return withTenantDb(userId, async (db) => {
    const row = await db.appointment.findFirst({ where: { id }, select: ITEM_SELECT });
    return row && { appointment: toDetail(row), timeZone: await agentTimeZone(db) };
  });
}

export const CALENDAR_VIEWS = ["agenda", "day", "week", "month"] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

export interface CalendarRange {
  view: CalendarView;
  timeZone: string;
  /** The day the view is anchored on ("yyyy-MM-dd", agent's zone). */
  anchor: string;
  from: Date;
  to: Date;
  items: AppointmentItem[];
  prev: string;
  next: string;
}

/** Appointments for a day, week (Sunday first) or month around `anchor`; agenda = the next 60 days. */
export function getCalendar(userId: string, view: CalendarView, anchorInput: string | null, now = new Date()): Promise<CalendarRange> {
  return withTenantDb(userId, async (db) => {
    const timeZone = await agentTimeZone(db);
    const anchorDay = anchorInput && calendarDate(anchorInput) ? anchorInput : formatInZone(now, timeZone, "yyyy-MM-dd");
    const d = calendarDate(anchorDay)!;
    const local = new TZDate(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), timeZone);
    let from: TZDate;
    let to: TZDate;
    let step: (date: TZDate, n: number) => TZDate;
    if (view === "day") [from, to, step] = [local, addDays(local, 1), addDays];
    // Ranges end at the midnight after the last day shown (endOfWeek is 23:59:59.999, not it).
    else if (view === "week") [from, to, step] = [startOfWeek(local), addDays(startOfWeek(local), 7), (x, n) => addDays(x, 7 * n)];
    else if (view === "month") [from, to, step] = [startOfWeek(startOfMonth(local)), addDays(startOfWeek(endOfMonth(local)), 7), addMonths];
    else [from, to, step] = [local, addDays(local, 60), (x, n) => addDays(x, 60 * n)];
    if (view === "agenda" && !anchorInput) from = new TZDate(now, timeZone);
    const rows = await db.appointment.findMany({
      where: { startsAt: { lt: new Date(to.getTime()) }, endsAt: { gt: new Date(from.getTime()) } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: ITEM_SELECT,
      take: 500,
    });
    const fmt = (x: TZDate) => formatInZone(new Date(x.getTime()), timeZone, "yyyy-MM-dd");
    return {
      view, timeZone, anchor: anchorDay, from: new Date(from.getTime()), to: new Date(to.getTime()),
      items: rows.map(toDetail), prev: fmt(step(local, -1)), next: fmt(step(local, 1)),
    };
  });
}

export const typeLabel = (t: AppointmentType) => APPOINTMENT_TYPE_LABELS[t];
