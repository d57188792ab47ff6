// Properties (listings and homes a client buys, sells or rents) and the contacts linked to them.
// Tenant-scoped like everything in lib/crm: another agent's property ID reads as "not found".
import "server-only";
import { withTenantDb, type TenantClient } from "../../db";
import type { ContactPropertyRole, PipelineStage, PropertyStatus, PropertyType } from "../../db/crm-types";
import { fullName, agentTimeZone } from "../contacts/contacts";
import { PROPERTY_ROLE_LABELS, PROPERTY_ROLES, PROPERTY_STATUSES } from "../labels";
import { parseProperty, type PropertyData, type PropertyFormValues } from "./property-input";

export type PropertySave = { ok: true; id: string } | { ok: false; errors: Record<string, string> } | { ok: false; notFound: true };

export interface PropertyRow {
  id: string;
  address: string;
  city: string;
  status: PropertyStatus;
  type: PropertyType;
  listPrice: number | null;
  beds: number | null;
  baths: number | null;
  squareFeet: number | null;
  photoUrl: string | null;
}

export interface PropertyDetail extends PropertyData {
  id: string;
  address: string;
  contacts: { linkId: string; contactId: string; name: string; role: ContactPropertyRole; stage: PipelineStage }[];
  appointments: { id: string; title: string; startsAt: Date }[];
}

export const addressLine = (p: { street: string; unit: string | null }) => (p.unit ? `${p.street}, ${p.unit}` : p.street);

const toData = (p: Omit<PropertyData, "baths"> & { baths: { toString(): string } | null }): PropertyData => ({ ...p, baths: p.baths === null ? null : Number(p.baths.toString()) });

export async function createProperty(userId: string, values: PropertyFormValues): Promise<PropertySave> {
  const parsed = parseProperty(values);
  if (!parsed.ok) return parsed;
  return withTenantDb(userId, async (db) => {
    const row = await db.property.create({ data: { userId: db.userId, ...parsed.data }, select: { id: true } });
    return { ok: true, id: row.id };
  });
}

export async function updateProperty(userId: string, id: string, values: PropertyFormValues): Promise<PropertySave> {
  const parsed = parseProperty(values);
  if (!parsed.ok) return parsed;
  return withTenantDb(userId, async (db) => {
    const { count } = await db.property.updateMany({ where: { id }, data: parsed.data });
    return count === 1 ? { ok: true, id } : { ok: false, notFound: true };
  });
}

export async function deleteProperty(userId: string, id: string): Promise<boolean> {
  return withTenantDb(userId, async (db) => {
    await db.appointment.updateMany({ where: { propertyId: id }, data: { propertyId: null } });
    await db.task.updateMany({ where: { propertyId: id }, data: { propertyId: null } });
    return (await db.property.deleteMany({ where: { id } })).count === 1;
  });
}

export const PROPERTY_PAGE = 30;

export async function listProperties(
  userId: string,
  filters: { status: string; q: string },
  after: string | null = null,
): Promise<{ rows: PropertyRow[]; next: string | null }> {
  const status = (PROPERTY_STATUSES as string[]).includes(filters.status) ? (filters.status as PropertyStatus) : null;
  const q = filters.q.trim().slice(0, 100);
  return withTenantDb(userId, async (db) => {
    const rows = await db.property.findMany({
      where: {
        ...(status ? { status } : {}),
        ...(q ? { OR: [{ street: { contains: q, mode: "insensitive" } }, { city: { contains: q, mode: "insensitive" } }, { postalCode: { startsWith: q } }, { mlsNumber: { equals: q, mode: "insensitive" } }] } : {}),
      },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: PROPERTY_PAGE + 1,
      ...(after ? { cursor: { id: after }, skip: 1 } : {}),
      select: { id: true, street: true, unit: true, city: true, region: true, status: true, type: true, listPrice: true, beds: true, baths: true, squareFeet: true, photoUrls: true },
    });
    const page = rows.slice(0, PROPERTY_PAGE).map((p) => ({
      id: p.id, address: addressLine(p), city: `${p.city}, ${p.region}`, status: p.status, type: p.type, listPrice: p.listPrice,
      beds: p.beds, baths: p.baths === null ? null : Number(p.baths), squareFeet: p.squareFeet, photoUrl: p.photoUrls[0] ?? null,
    }));
    return { rows: page, next: rows.length > PROPERTY_PAGE ? page.at(-1)!.id : null };
  });
}

async function readProperty(db: TenantClient, id: string): Promise<PropertyDetail | null> {
  const p = await db.property.findFirst({
    where: { id },
    include: {
      contacts: { include: { contact: { select: { id: true, firstName: true, lastName: true, stage: true } } }, orderBy: { createdAt: "asc" } },
      appointments: { select: { id: true, title: true, startsAt: true }, orderBy: { startsAt: "desc" }, take: 20 },
    },
  });
  if (!p) return null;
  const { contacts, appointments, userId: _u, createdAt: _c, updatedAt: _up, ...rest } = p;
  return {
    ...toData(rest),
    id: p.id,
    address: addressLine(p),
    contacts: contacts.map((l) => ({ linkId: l.id, contactId: l.contact.id, name: fullName(l.contact), role: l.role, stage: l.contact.stage })),
    appointments,
  };
}

export function getProperty(userId: string, id: string): Promise<{ property: PropertyDetail; timeZone: string } | null> {
  return withTenantDb(userId, async (db) => {
    const property = await readProperty(db, id);
    return property && { property, timeZone: await agentTimeZone(db) };
  });
}

export type LinkResult = { ok: true } | { ok: false; error: string };

/** Links a contact to a property with a role, and notes it on the contact's timeline. */
export async function linkContact(userId: string, propertyId: string, contactId: string, role: string): Promise<LinkResult> {
  if (!(PROPERTY_ROLES as string[]).includes(role)) return { ok: false, error: "Choose a role." };
  return withTenantDb(userId, async (db) => {
    const property = await db.property.findFirst({ where: { id: propertyId }, select: { street: true, unit: true } });
    const contact = await db.contact.count({ where: { id: contactId } });
    if (!property || contact !== 1) return { ok: false, error: "Choose a contact from your list." };
    const r = role as ContactPropertyRole;
    const existing = await db.contactProperty.count({ where: { propertyId, contactId, role: r } });
    if (existing) return { ok: false, error: "That contact already has this role here." };
    await db.contactProperty.create({ data: { userId: db.userId, propertyId, contactId, role: r } });
    await db.activity.create({
      data: { userId: db.userId, contactId, type: "PROPERTY_LINKED", summary: `${PROPERTY_ROLE_LABELS[r]} of ${addressLine(property)}`, details: { propertyId, role: r } },
    });
    return { ok: true };
  });
}

export async function unlinkContact(userId: string, linkId: string): Promise<boolean> {
  return withTenantDb(userId, async (db) => (await db.contactProperty.deleteMany({ where: { id: linkId } })).count === 1);
}

/** Properties for a picker (most recently touched first). */
export function listPropertyOptions(userId: string): Promise<{ id: string; address: string }[]> {
  return withTenantDb(userId, async (db) =>
    (await db.property.findMany({ orderBy: [{ updatedAt: "desc" }, { id: "asc" }], select: { id: true, street: true, unit: true, city: true }, take: 300 }))
      .map((p) => ({ id: p.id, address: `${addressLine(p)}, ${p.city}` })),
  );
}
