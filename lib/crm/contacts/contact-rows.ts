// Contact rows as lists show them (name, stage, primary email and phone, tags, dates), for a
// known set of IDs, in one statement. Lists are the most-read pages, and Prisma's nested
// selects of emails, phones and tags cost several times the query itself in decoding.
import "server-only";
import { sql, type QueryOptions, type Sql, type TenantReader } from "../../db";
import type { ContactIntent, LeadSource, PipelineStage } from "../../db/crm-types";
import { formatPhone } from "../phone";
import { fullName } from "./contacts";

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

/** As the statement returns it: names apart, the phone in E.164. */
type RawRow = Omit<ContactRow, "name"> & { firstName: string; lastName: string };

/**
 * The rows for `ids` (a list, or a text[] expression such as a page query), in that order; IDs
 * the agent cannot see are left out (row-level security, and the user filter). Each row is read
 * by its ID (a LATERAL subquery with a LIMIT is never turned into a join), so a reused, generic
 * plan cannot hash all of a large agent's contacts to find a page. A list of IDs always reuses
 * its plan; an expression's caller says whether its plan can be reused (see QueryOptions).
 */
export async function readContactRows(db: TenantReader, ids: string[] | Sql, options: QueryOptions = {}): Promise<ContactRow[]> {
  if (Array.isArray(ids) && ids.length === 0) return [];
  const idList = Array.isArray(ids) ? sql`${ids}::text[]` : ids;
  const rows = await db.query<RawRow>(sql`
    SELECT c.id, c."firstName", c."lastName", c.company, c.stage::text AS stage, c.source::text AS source,
           c.intent::text AS intent, c."nextFollowUpAt", c."lastContactedAt", c."createdAt",
           (SELECT e.email FROM "ContactEmail" e
             WHERE e."userId" = c."userId" AND e."contactId" = c.id AND e."isPrimary" LIMIT 1) AS email,
           (SELECT p.phone FROM "ContactPhone" p
             WHERE p."userId" = c."userId" AND p."contactId" = c.id AND p."isPrimary" LIMIT 1) AS phone,
           ARRAY(SELECT t.name FROM "ContactTag" ct JOIN "Tag" t ON t."userId" = ct."userId" AND t.id = ct."tagId"
                  WHERE ct."userId" = c."userId" AND ct."contactId" = c.id ORDER BY t.name) AS tags
    FROM unnest(${idList}) WITH ORDINALITY AS wanted(id, position)
    CROSS JOIN LATERAL (
      SELECT n.id, n."userId", n."firstName", n."lastName", n.company, n.stage, n.source, n.intent,
             n."nextFollowUpAt", n."lastContactedAt", n."createdAt"
      FROM "Contact" n WHERE n."userId" = ${db.userId} AND n.id = wanted.id LIMIT 1) c
    ORDER BY wanted.position`, { reusePlan: Array.isArray(ids) || options.reusePlan });
  return rows.map(({ firstName, lastName, phone, ...rest }) => ({
    ...rest,
    name: fullName({ firstName, lastName }),
    phone: phone ? formatPhone(phone) : null,
  }));
}
