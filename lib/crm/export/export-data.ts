// Exports of the agent's contacts, properties, appointments and tasks as CSV. Read in pages of
// 1,000 inside the tenant scope, so a 100,000-contact book exports without one giant query;
// contacts, the big one, stream from the driver without the ORM (contacts-csv.ts).
import "server-only";
import { withTenantDb, type TenantClient } from "../../db";
import { formatInZone } from "../dates";
import { agentTimeZone } from "../contacts/contacts";
import { allRows, BATCH } from "./batches";
import { contactsCsvStream } from "./contacts-csv";
import { toCsv } from "./to-csv";

export const EXPORTS = ["contacts", "properties", "appointments", "tasks"] as const;
export type ExportKind = (typeof EXPORTS)[number];

const page = (after: string | null) => ({ take: BATCH, orderBy: { id: "asc" as const }, ...(after ? { cursor: { id: after }, skip: 1 } : {}) });

async function propertiesCsv(db: TenantClient): Promise<string> {
  const rows = await allRows((after) => db.property.findMany(page(after)));
  return toCsv(
    ["Street", "Unit", "City", "State", "ZIP", "MLS number", "List price", "Beds", "Baths", "Square feet", "Lot (sq ft)", "Year built", "Type", "Status", "Notes"],
    rows.map((p) => [p.street, p.unit, p.city, p.region, p.postalCode, p.mlsNumber, p.listPrice, p.beds, p.baths?.toString() ?? null, p.squareFeet, p.lotSqft, p.yearBuilt, p.type, p.status, p.notes]),
  );
}

async function appointmentsCsv(db: TenantClient, tz: string): Promise<string> {
  const rows = await allRows((after) => db.appointment.findMany({ ...page(after), include: { contacts: { include: { contact: true } } } }));
  const t = (d: Date) => formatInZone(d, tz, "yyyy-MM-dd HH:mm");
  return toCsv(
    ["Title", "Type", "Starts", "Ends", "Time zone", "Location", "Contacts", "Notes"],
    rows.map((a) => [a.title, a.type, t(a.startsAt), t(a.endsAt), tz, a.location, a.contacts.map((c) => `${c.contact.firstName} ${c.contact.lastName}`.trim()).join("; "), a.notes]),
  );
}

async function tasksCsv(db: TenantClient, tz: string): Promise<string> {
  const rows = await allRows((after) => db.task.findMany({ ...page(after), include: { contact: true } }));
  return toCsv(
    ["Title", "Due", "Priority", "Repeats", "Done", "Contact", "Notes"],
    rows.map((x) => [x.title, x.dueAt ? formatInZone(x.dueAt, tz, "yyyy-MM-dd") : "", x.priority, x.recurrence, x.completedAt ? formatInZone(x.completedAt, tz, "yyyy-MM-dd HH:mm") : "", x.contact ? `${x.contact.firstName} ${x.contact.lastName}`.trim() : "", x.notes]),
  );
}

/**
 * An export as the download sends it: contacts (up to 100,000 rows, ~11 MB) stream a batch at a
 * time, so the server never holds the whole file; the others are small and built whole.
 */
export function exportCsvStream(userId: string, kind: ExportKind): ReadableStream<string> {
  if (kind === "contacts") return contactsCsvStream(userId);
  return new ReadableStream({
    async start(controller) {
      try {
        controller.enqueue(await exportCsv(userId, kind));
        controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
  });
}

/** An export as one string (the same bytes as the download). */
export async function exportCsv(userId: string, kind: ExportKind): Promise<string> {
  if (kind === "contacts") {
    const reader = contactsCsvStream(userId).getReader();
    let text = "";
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += chunk.value;
    return text;
  }
  return withTenantDb(
    userId,
    async (db) => {
      const tz = await agentTimeZone(db);
      if (kind === "properties") return propertiesCsv(db);
      if (kind === "appointments") return appointmentsCsv(db, tz);
      return tasksCsv(db, tz);
    },
    { timeoutMs: 120_000 },
  );
}
