// Exports of the agent's contacts, properties, appointments and tasks as CSV. Read in pages of
// 1,000 inside the tenant scope, so a 100,000-contact book exports without one giant query.
import "server-only";
import { withTenantDb, type TenantClient } from "../../db";
import { formatInZone } from "../dates";
import { INTENT_LABELS, SOURCE_LABELS, STAGE_LABELS } from "../labels";
import { formatPhone } from "../phone";
import { agentTimeZone } from "../contacts/contacts";
import { toCsv } from "./to-csv";

export const EXPORTS = ["contacts", "properties", "appointments", "tasks"] as const;
export type ExportKind = (typeof EXPORTS)[number];

const BATCH = 1_000;

/** Reads every row of a model in id order, a batch at a time. */
async function allRows<T extends { id: string }>(read: (after: string | null) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  let after: string | null = null;
  for (;;) {
    const batch = await read(after);
    out.push(...batch);
    if (batch.length < BATCH) return out;
    after = batch.at(-1)!.id;
  }
}
const page = (after: string | null) => ({ take: BATCH, orderBy: { id: "asc" as const }, ...(after ? { cursor: { id: after }, skip: 1 } : {}) });

async function contactsCsv(db: TenantClient, tz: string): Promise<string> {
  const rows = await allRows((after) =>
    db.contact.findMany({
      ...page(after),
      include: { emails: { orderBy: { isPrimary: "desc" } }, phones: { orderBy: { isPrimary: "desc" } }, tags: { include: { tag: true } } },
    }),
  );
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
  return toCsv(
    ["First name", "Last name", "Company", "Emails", "Phones", "Stage", "Source", "Intent", "Price min", "Price max", "Target areas", "Timeframe", "Street", "City", "State", "ZIP", "Birthday", "Home anniversary", "Next follow-up", "Last contacted", "Do not call", "Do not text", "Do not email", "Tags", "Created"],
    rows.map((c) => [
      c.firstName, c.lastName, c.company, c.emails.map((e) => e.email).join("; "), c.phones.map((p) => formatPhone(p.phone)).join("; "),
      STAGE_LABELS[c.stage], SOURCE_LABELS[c.source], INTENT_LABELS[c.intent], c.priceMin, c.priceMax, c.targetAreas.join("; "), c.timeframe,
      c.street, c.city, c.region, c.postalCode, day(c.birthday), day(c.homeAnniversary),
      c.nextFollowUpAt ? formatInZone(c.nextFollowUpAt, tz, "yyyy-MM-dd") : "", c.lastContactedAt ? formatInZone(c.lastContactedAt, tz, "yyyy-MM-dd HH:mm") : "",
      c.doNotCall ? "yes" : "", c.doNotText ? "yes" : "", c.doNotEmail ? "yes" : "", c.tags.map((t) => t.tag.name).sort().join("; "), formatInZone(c.createdAt, tz, "yyyy-MM-dd"),
    ]),
  );
}

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

export function exportCsv(userId: string, kind: ExportKind): Promise<string> {
  return withTenantDb(
    userId,
    async (db) => {
      const tz = await agentTimeZone(db);
      if (kind === "contacts") return contactsCsv(db, tz);
      if (kind === "properties") return propertiesCsv(db);
      if (kind === "appointments") return appointmentsCsv(db, tz);
      return tasksCsv(db, tz);
    },
    { timeoutMs: 120_000 },
  );
}
