// The contacts export, streamed: read on the driver (see lib/db/tenant-reads.ts) in one read-only
// transaction, 1,000 contacts per statement with their emails, phones (primary first) and tags,
// each batch written out as CSV before the next is read. Through the ORM, with its nested reads and
// the whole file in memory, 100,000 contacts took 26 s to export.
import "server-only";
import { sql, withTenantReadsDb, type TenantReader } from "../../db";
import type { ContactIntent, LeadSource, PipelineStage } from "../../db/crm-types";
import { TIME_ZONE_OPENING, type TimeZoneRow } from "../contacts/contacts";
import { formatInZone } from "../dates";
import { INTENT_LABELS, SOURCE_LABELS, STAGE_LABELS } from "../labels";
import { formatPhone } from "../phone";
import { BATCH, forEachBatch } from "./batches";
import { csvHeader, csvRows } from "./to-csv";

type ContactExportRow = {
  id: string; firstName: string; lastName: string; company: string | null; stage: PipelineStage; source: LeadSource; intent: ContactIntent;
  priceMin: number | null; priceMax: number | null; targetAreas: string[]; timeframe: string | null;
  street: string | null; city: string | null; region: string | null; postalCode: string | null;
  birthday: Date | null; homeAnniversary: Date | null; nextFollowUpAt: Date | null; lastContactedAt: Date | null;
  doNotCall: boolean; doNotText: boolean; doNotEmail: boolean; createdAt: Date;
  emails: string[]; phones: string[]; tags: string[];
};

const HEADER = ["First name", "Last name", "Company", "Emails", "Phones", "Stage", "Source", "Intent", "Price min", "Price max", "Target areas", "Timeframe", "Street", "City", "State", "ZIP", "Birthday", "Home anniversary", "Next follow-up", "Last contacted", "Do not call", "Do not text", "Do not email", "Tags", "Created"];

/** The contacts after `after` (by ID), one batch. */
const contactBatch = (db: TenantReader, after: string | null) =>
  db.query<ContactExportRow>(sql`
    SELECT c.id, c."firstName", c."lastName", c.company, c.stage::text AS stage, c.source::text AS source, c.intent::text AS intent,
           c."priceMin", c."priceMax", c."targetAreas", c.timeframe, c.street, c.city, c.region, c."postalCode",
           c.birthday, c."homeAnniversary", c."nextFollowUpAt", c."lastContactedAt", c."doNotCall", c."doNotText", c."doNotEmail", c."createdAt",
           ARRAY(SELECT e.email FROM "ContactEmail" e WHERE e."userId" = c."userId" AND e."contactId" = c.id
                 ORDER BY e."isPrimary" DESC, e."createdAt", e.id) AS emails,
           ARRAY(SELECT p.phone FROM "ContactPhone" p WHERE p."userId" = c."userId" AND p."contactId" = c.id
                 ORDER BY p."isPrimary" DESC, p."createdAt", p.id) AS phones,
           ARRAY(SELECT t.name FROM "ContactTag" ct JOIN "Tag" t ON t."userId" = ct."userId" AND t.id = ct."tagId"
                 WHERE ct."userId" = c."userId" AND ct."contactId" = c.id ORDER BY t.name) AS tags
    FROM "Contact" c
    WHERE c."userId" = ${db.userId} AND (${after}::text IS NULL OR c.id > ${after})
    ORDER BY c.id LIMIT ${BATCH}`);

function toCells(c: ContactExportRow, tz: string) {
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
  return [
    c.firstName, c.lastName, c.company, c.emails.join("; "), c.phones.map((p) => formatPhone(p)).join("; "),
    STAGE_LABELS[c.stage], SOURCE_LABELS[c.source], INTENT_LABELS[c.intent], c.priceMin, c.priceMax, c.targetAreas.join("; "), c.timeframe,
    c.street, c.city, c.region, c.postalCode, day(c.birthday), day(c.homeAnniversary),
    c.nextFollowUpAt ? formatInZone(c.nextFollowUpAt, tz, "yyyy-MM-dd") : "", c.lastContactedAt ? formatInZone(c.lastContactedAt, tz, "yyyy-MM-dd HH:mm") : "",
    c.doNotCall ? "yes" : "", c.doNotText ? "yes" : "", c.doNotEmail ? "yes" : "", c.tags.join("; "), formatInZone(c.createdAt, tz, "yyyy-MM-dd"),
  ];
}

/**
 * The agent's contacts as CSV text chunks (the header, then one chunk per batch). Reading waits
 * while the reader is behind (backpressure); if the reader goes away, the transaction ends there.
 */
export function contactsCsvStream(userId: string): ReadableStream<string> {
  const { readable, writable } = new TransformStream<string, string>();
  const out = writable.getWriter();
  withTenantReadsDb<void, TimeZoneRow>(
    userId,
    async (db, [me]) => {
      const tz = me?.timeZone ?? "UTC";
      await out.write(csvHeader(HEADER));
      let lineBreak = ""; // between batches: each batch's rows end without one
      await forEachBatch(
        (after) => contactBatch(db, after),
        async (batch) => {
          await out.write(lineBreak + csvRows(HEADER, batch.map((c) => toCells(c, tz))));
          lineBreak = "\r\n";
        },
      );
    },
    { opening: TIME_ZONE_OPENING },
  )
    .then(
      () => out.close(),
      (error: unknown) => out.abort(error),
    )
    .catch(() => {}); // the reader went away: nothing is left to tell
  return readable;
}
