// The contact list: one page of rows for the filters and sort, paged by cursor (the last row's
// ID), so page 200 costs what page 1 does. A search term switches to ranked search results.
import "server-only";
import { withTenantDb, type TenantClient } from "../../db";
import type { ContactIntent, LeadSource, PipelineStage, Prisma } from "../../db/crm-types";
import { formatPhone } from "../phone";
import { agentTimeZone, fullName } from "./contacts";
import { contactOrderBy, contactWhere, type ContactFilters } from "./contact-filters";
import { searchContactIds } from "./search-contacts";

export const PAGE_SIZE = 50;

export interface ContactRow {
  id: string;
  name: string;
  company: string | null;
  stage: PipelineStage;
  source: LeadSource;
  intent: ContactIntent;
  email: string | null;
  phone: string | null;
  tags: string[];
  nextFollowUpAt: Date | null;
  lastContactedAt: Date | null;
  createdAt: Date;
}

export interface ContactPage {
  rows: ContactRow[];
  /** Cursor for the next page, or null on the last one. */
  next: string | null;
  timeZone: string;
}

export const ROW_SELECT = {
  id: true, firstName: true, lastName: true, company: true, stage: true, source: true, intent: true,
  nextFollowUpAt: true, lastContactedAt: true, createdAt: true,
  emails: { where: { isPrimary: true }, select: { email: true }, take: 1 },
  phones: { where: { isPrimary: true }, select: { phone: true }, take: 1 },
  tags: { select: { tag: { select: { name: true } } } },
} satisfies Prisma.ContactSelect;

type RowData = Prisma.ContactGetPayload<{ select: typeof ROW_SELECT }>;

export const toContactRow = (c: RowData): ContactRow => ({
  id: c.id,
  name: fullName(c),
  company: c.company,
  stage: c.stage,
  source: c.source,
  intent: c.intent,
  email: c.emails[0]?.email ?? null,
  phone: c.phones[0] ? formatPhone(c.phones[0].phone) : null,
  tags: c.tags.map((t) => t.tag.name).sort(),
  nextFollowUpAt: c.nextFollowUpAt,
  lastContactedAt: c.lastContactedAt,
  createdAt: c.createdAt,
});

export async function readContactPage(db: TenantClient, filters: ContactFilters, after: string | null): Promise<ContactPage> {
  const timeZone = await agentTimeZone(db);
  const where = contactWhere(filters, timeZone);
  if (filters.q) {
    // Search results are ranked by relevance; the best page of them is what an agent wants.
    const ids = await searchContactIds(db, filters.q, PAGE_SIZE);
    const found = await db.contact.findMany({ where: { AND: [where, { id: { in: ids } }] }, select: ROW_SELECT });
    const byId = new Map(found.map((c) => [c.id, toContactRow(c)]));
    return { rows: ids.flatMap((id) => byId.get(id) ?? []), next: null, timeZone };
  }
  // Two steps: the page's IDs (an index-friendly query on Contact alone), then those 51 rows with
  // their primary email, phone and tags. In one query PostgreSQL builds the related rows for every
  // contact that passes the filter before sorting and keeping 51 (26 ms → 6 ms for a stage holding
  // 1,100 of an agent's 10,000 contacts).
  const ids = await db.contact.findMany({
    where,
    orderBy: contactOrderBy(filters.sort),
    select: { id: true },
    take: PAGE_SIZE + 1,
    ...(after ? { cursor: { id: after }, skip: 1 } : {}),
  });
  const pageIds = ids.slice(0, PAGE_SIZE).map((r) => r.id);
  const found = await db.contact.findMany({ where: { id: { in: pageIds } }, select: ROW_SELECT });
  const byId = new Map(found.map((c) => [c.id, toContactRow(c)]));
  const page = pageIds.flatMap((id) => byId.get(id) ?? []);
  return { rows: page, next: ids.length > PAGE_SIZE ? page.at(-1)!.id : null, timeZone };
}

export function listContacts(userId: string, filters: ContactFilters, after: string | null = null): Promise<ContactPage> {
  return withTenantDb(userId, (db) => readContactPage(db, filters, after));
}
