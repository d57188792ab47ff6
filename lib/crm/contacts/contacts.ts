// Contacts and leads: create, read, update, delete, and pipeline moves. Every function runs in
// the signed-in agent's tenant scope; another agent's contact ID reads as "not found". (Writes
// name `userId: db.userId` for the types; the scope sets the owner whatever is passed.)
import "server-only";
import { SCOPED_USER_ID, sql, withTenantDb, withTenantReadsDb, type TenantClient, type TenantReader } from "../../db";
import type { ContactIntent, LeadSource, PipelineStage } from "../../db/crm-types";
import { STAGE_LABELS } from "../labels";
import { formatPhone } from "../phone";
import { parseContact, type ContactData, type ContactErrors, type ContactFormValues } from "./contact-input";

export interface ContactDetail {
  id: string;
  firstName: string;
  lastName: string;
  name: string;
  company: string | null;
  stage: PipelineStage;
  source: LeadSource;
  intent: ContactIntent;
  priceMin: number | null;
  priceMax: number | null;
  targetAreas: string[];
  timeframe: string | null;
  street: string | null;
  city: string | null;
  region: string | null;
  postalCode: string | null;
  birthday: Date | null;
  homeAnniversary: Date | null;
  nextFollowUpAt: Date | null;
  lastContactedAt: Date | null;
  doNotCall: boolean;
  doNotText: boolean;
  doNotEmail: boolean;
  createdAt: Date;
  emails: { email: string; isPrimary: boolean }[];
  phones: { phone: string; display: string; isPrimary: boolean }[];
  tags: string[];
}

export type SaveResult = { ok: true; id: string } | { ok: false; errors: ContactErrors } | { ok: false; notFound: true };

export const fullName = (c: { firstName: string; lastName: string }) => [c.firstName, c.lastName].filter(Boolean).join(" ");

/** The agent's time zone, for reading dates typed into forms. */
export async function agentTimeZone(db: TenantClient): Promise<string> {
  const me = await db.user.findFirst({ select: { timeZone: true } });
  return me?.timeZone ?? "UTC";
}

/**
 * The same on the read-only path, as an opening statement (withTenantReadsDb's `opening`): it
 * travels with the transaction's setup instead of costing a round trip of its own.
 */
export const TIME_ZONE_OPENING = `SELECT u."timeZone" FROM "User" u WHERE u.id = ${SCOPED_USER_ID}`;
export type TimeZoneRow = { timeZone: string };

type DetailRow = Omit<ContactDetail, "name" | "phones" | "tags"> & { phones: { phone: string; isPrimary: boolean }[]; tags: string[] };

/** One contact with its emails and phones (primary first, then oldest) and tags, in one statement. */
export async function readContact(db: TenantReader, id: string): Promise<ContactDetail | null> {
  const [row] = await db.query<DetailRow>(sql`
    SELECT c.id, c."firstName", c."lastName", c.company, c.stage::text AS stage, c.source::text AS source, c.intent::text AS intent,
           c."priceMin", c."priceMax", c."targetAreas", c.timeframe, c.street, c.city, c.region, c."postalCode",
           c.birthday, c."homeAnniversary", c."nextFollowUpAt", c."lastContactedAt",
           c."doNotCall", c."doNotText", c."doNotEmail", c."createdAt",
           COALESCE((SELECT json_agg(json_build_object('email', e.email, 'isPrimary', e."isPrimary") ORDER BY e."isPrimary" DESC, e."createdAt")
                     FROM "ContactEmail" e WHERE e."userId" = c."userId" AND e."contactId" = c.id), '[]'::json) AS emails,
           COALESCE((SELECT json_agg(json_build_object('phone', p.phone, 'isPrimary', p."isPrimary") ORDER BY p."isPrimary" DESC, p."createdAt")
                     FROM "ContactPhone" p WHERE p."userId" = c."userId" AND p."contactId" = c.id), '[]'::json) AS phones,
           ARRAY(SELECT t.name FROM "ContactTag" ct JOIN "Tag" t ON t."userId" = ct."userId" AND t.id = ct."tagId"
                  WHERE ct."userId" = c."userId" AND ct."contactId" = c.id) AS tags
    FROM "Contact" c WHERE c."userId" = ${db.userId} AND c.id = ${id}`, { reusePlan: true });
  if (!row) return null;
  return {
    ...row,
    name: fullName(row),
    phones: row.phones.map((p) => ({ ...p, display: formatPhone(p.phone) })),
    tags: row.tags.sort((a, b) => a.localeCompare(b)),
  };
}

export function getContact(userId: string, id: string): Promise<ContactDetail | null> {
  return withTenantReadsDb(userId, (db) => readContact(db, id));
}

/** Attaches tags by name, creating the agent's tags that don't exist yet. */
async function setTags(db: TenantClient, contactId: string, names: string[]) {
  await db.contactTag.deleteMany({ where: { contactId } });
  if (names.length === 0) return;
  const existing = await db.tag.findMany({ where: { name: { in: names } }, select: { id: true, name: true } });
  const missing = names.filter((n) => !existing.some((t) => t.name === n));
  const created = missing.length ? await db.tag.createManyAndReturn({ data: missing.map((name) => ({ userId: db.userId, name })), select: { id: true, name: true }, skipDuplicates: true }) : [];
  const ids = [...existing, ...created].map((t) => t.id);
  await db.contactTag.createMany({ data: ids.map((tagId) => ({ userId: db.userId, contactId, tagId })), skipDuplicates: true });
}

async function setChannels(db: TenantClient, contactId: string, data: ContactData) {
  await db.contactEmail.deleteMany({ where: { contactId } });
  await db.contactPhone.deleteMany({ where: { contactId } });
  if (data.emails.length) await db.contactEmail.createMany({ data: data.emails.map((e) => ({ userId: db.userId, contactId, ...e })) });
  if (data.phones.length) await db.contactPhone.createMany({ data: data.phones.map((p) => ({ userId: db.userId, contactId, ...p, label: "mobile" })) });
}

function columns(data: ContactData) {
  const { tags: _tags, emails: _emails, phones: _phones, ...rest } = data;
  return rest;
}

export async function createContact(userId: string, values: ContactFormValues): Promise<SaveResult> {
  return withTenantDb(userId, async (db) => {
    const parsed = parseContact(values, await agentTimeZone(db));
    if (!parsed.ok) return parsed;
    const contact = await db.contact.create({ data: { userId: db.userId, ...columns(parsed.data) }, select: { id: true } });
    await setChannels(db, contact.id, parsed.data);
    await setTags(db, contact.id, parsed.data.tags);
    await db.activity.create({ data: { userId: db.userId, contactId: contact.id, type: "CONTACT_CREATED", summary: "Contact created" } });
    return { ok: true, id: contact.id };
  });
}

export async function updateContact(userId: string, id: string, values: ContactFormValues): Promise<SaveResult> {
  return withTenantDb(userId, async (db) => {
    const before = await db.contact.findFirst({ where: { id }, select: { stage: true } });
    if (!before) return { ok: false, notFound: true };
    const parsed = parseContact(values, await agentTimeZone(db));
    if (!parsed.ok) return parsed;
    await db.contact.update({ where: { id }, data: columns(parsed.data) });
    await setChannels(db, id, parsed.data);
    await setTags(db, id, parsed.data.tags);
    if (before.stage !== parsed.data.stage) await recordStageChange(db, id, before.stage, parsed.data.stage);
    return { ok: true, id };
  });
}

async function recordStageChange(db: TenantClient, contactId: string, from: PipelineStage, to: PipelineStage) {
  await db.activity.create({
    data: { userId: db.userId, contactId, type: "STAGE_CHANGE", summary: `Moved from ${STAGE_LABELS[from]} to ${STAGE_LABELS[to]}`, details: { from, to } },
  });
}

/** A pipeline move (board drag or stage menu); recorded on the timeline. False if not found. */
export async function moveContactToStage(userId: string, id: string, stage: PipelineStage): Promise<boolean> {
  return withTenantDb(userId, async (db) => {
    const before = await db.contact.findFirst({ where: { id }, select: { stage: true } });
    if (!before) return false;
    if (before.stage === stage) return true;
    await db.contact.update({ where: { id }, data: { stage } });
    await recordStageChange(db, id, before.stage, stage);
    return true;
  });
}

export async function deleteContact(userId: string, id: string): Promise<boolean> {
  return withTenantDb(userId, async (db) => {
    // Tasks and messages outlive the contact (unlinked), as an agent would expect.
    await db.task.updateMany({ where: { contactId: id }, data: { contactId: null } });
    await db.message.updateMany({ where: { contactId: id }, data: { contactId: null } });
    const { count } = await db.contact.deleteMany({ where: { id } });
    return count === 1;
  });
}
