// A contact's timeline: everything that happened with them, newest first, in Activity rows
// (notes, calls, texts, emails, appointments, stage changes, tasks done). Paged by cursor, so a
// contact with thousands of items opens as fast as one with ten.
import "server-only";
import { z } from "zod";
import { sql, withTenantDb, withTenantReadsDb, type TenantClient, type TenantReader } from "../db";
import type { ActivityType } from "../db/crm-types";
import { CALL_OUTCOMES } from "./call-outcomes";

export const TIMELINE_PAGE = 50;

export interface TimelineItem {
  id: string;
  type: ActivityType;
  summary: string;
  occurredAt: Date;
}

export interface TimelinePage {
  items: TimelineItem[];
  next: string | null;
}

/**
 * Newest first; ties on the time are broken by ID, so a cursor (an item's ID) is exact. The first
 * page reuses its plan: the (userId, contactId, occurredAt, id) index gives the order, so it reads
 * just the page however long the timeline is. Later pages are planned each time (their row
 * comparison is planned best with the cursor's values).
 */
export async function readTimeline(db: TenantReader, contactId: string, after: string | null = null, limit = TIMELINE_PAGE): Promise<TimelinePage> {
  const rows = await db.query<TimelineItem>(after
    ? sql`SELECT a.id, a.type::text AS type, a.summary, a."occurredAt" FROM "Activity" a
          JOIN "Activity" k ON k."userId" = ${db.userId} AND k."contactId" = ${contactId} AND k.id = ${after}
          WHERE a."userId" = ${db.userId} AND a."contactId" = ${contactId} AND (a."occurredAt", a.id) < (k."occurredAt", k.id)
          ORDER BY a."occurredAt" DESC, a.id DESC LIMIT ${limit + 1}`
    : sql`SELECT a.id, a.type::text AS type, a.summary, a."occurredAt" FROM "Activity" a
          WHERE a."userId" = ${db.userId} AND a."contactId" = ${contactId}
          ORDER BY a."occurredAt" DESC, a.id DESC LIMIT ${limit + 1}`, { reusePlan: !after });
  const items = rows.slice(0, limit);
  return { items, next: rows.length > limit ? items.at(-1)!.id : null };
}

export function listTimeline(userId: string, contactId: string, after: string | null = null): Promise<TimelinePage> {
  return withTenantReadsDb(userId, (db) => readTimeline(db, contactId, after));
}

const noteBody = z.string().trim().min(1, "Write something first.").max(10_000, "Notes can be up to 10,000 characters.")
  .refine((v) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(v), "The note contains characters that can't be saved.");

export type TimelineResult = { ok: true } | { ok: false; error: string } | { ok: false; notFound: true };

const contactExists = async (db: TenantClient, contactId: string) => (await db.contact.count({ where: { id: contactId } })) === 1;

export async function addNote(userId: string, contactId: string, body: string): Promise<TimelineResult> {
  const parsed = noteBody.safeParse(body);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]!.message };
  return withTenantDb(userId, async (db) => {
    if (!(await contactExists(db, contactId))) return { ok: false, notFound: true };
    await db.note.create({ data: { userId: db.userId, contactId, body: parsed.data } });
    await db.activity.create({ data: { userId: db.userId, contactId, type: "NOTE", summary: parsed.data } });
    return { ok: true };
  });
}


export async function logCall(userId: string, contactId: string, input: { outcome: string; notes: string }): Promise<TimelineResult> {
  if (!(CALL_OUTCOMES as readonly string[]).includes(input.outcome)) return { ok: false, error: "Choose how the call went." };
  const notes = input.notes.trim();
  if (notes.length > 2_000) return { ok: false, error: "Call notes can be up to 2,000 characters." };
  return withTenantDb(userId, async (db) => {
    if (!(await contactExists(db, contactId))) return { ok: false, notFound: true };
    const now = new Date();
    await db.activity.create({
      data: { userId: db.userId, contactId, type: "CALL", summary: notes ? `Call: ${input.outcome}. ${notes}` : `Call: ${input.outcome}`, details: { outcome: input.outcome }, occurredAt: now },
    });
    await db.contact.update({ where: { id: contactId }, data: { lastContactedAt: now } });
    return { ok: true };
  });
}
