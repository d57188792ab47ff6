// The contact list's filters, sort and cursor as SQL, for the list's ORM-free read
// (withTenantReadsDb). Column names come only from the fixed tables below; every value is a
// parameter.
import "server-only";
import { sql, sqlJoin, type Sql } from "../../db";
import { startOfLocalDay } from "../dates";
import type { ContactFilters } from "./contact-filters";
import type { ContactSort } from "./contact-sorts";

const DAY_MS = 86_400_000;

/** The filters as conditions on `c` (a "Contact" row), joined with AND; `TRUE` when there are none. */
export function contactConditions(filters: ContactFilters, timeZone: string): Sql {
  const conditions: Sql[] = [];
  // One stage as an equality: the (userId, stage, name…) index then serves the order directly,
  // where `= ANY` would read every row of the stage and sort them (5.6 ms for 11,000 rows).
  if (filters.stages.length === 1) conditions.push(sql`c.stage = ${filters.stages[0]}::"PipelineStage"`);
  if (filters.stages.length > 1) conditions.push(sql`c.stage = ANY (${filters.stages}::"PipelineStage"[])`);
  if (filters.source) conditions.push(sql`c.source = ${filters.source}::"LeadSource"`);
  if (filters.intent) conditions.push(sql`c.intent = ${filters.intent}::"ContactIntent"`);
  if (filters.tag) {
    conditions.push(sql`EXISTS (SELECT 1 FROM "ContactTag" ct JOIN "Tag" t ON t."userId" = ct."userId" AND t.id = ct."tagId"
      WHERE ct."userId" = c."userId" AND ct."contactId" = c.id AND t.name = ${filters.tag})`);
  }
  if (filters.noFollowUp) conditions.push(sql`c."nextFollowUpAt" IS NULL`);
  // The range is in the agent's days: "to" includes the whole of its day.
  const from = filters.contactedFrom && startOfLocalDay(filters.contactedFrom, timeZone);
  const toStart = filters.contactedTo && startOfLocalDay(filters.contactedTo, timeZone);
  if (from) conditions.push(sql`c."lastContactedAt" >= ${from}`);
  if (toStart) conditions.push(sql`c."lastContactedAt" < ${new Date(toStart.getTime() + DAY_MS)}`);
  return conditions.length ? sqlJoin(conditions, " AND ") : sql`TRUE`;
}

interface SortSql {
  orderBy: Sql;
  /** Rows of `c` that come after the cursor row `k` in this order. */
  after: Sql;
}

/**
 * Each sort ends with the ID so the order is total and a cursor is exact. Nullable dates sort
 * last, so the rows after a cursor also include every row without a date.
 */
const SORTS: Record<ContactSort, SortSql> = {
  name: {
    orderBy: sql`c."lastName", c."firstName", c.id`,
    after: sql`(c."lastName", c."firstName", c.id) > (k."lastName", k."firstName", k.id)`,
  },
  newest: {
    orderBy: sql`c."createdAt" DESC, c.id DESC`,
    after: sql`(c."createdAt", c.id) < (k."createdAt", k.id)`,
  },
  updated: {
    orderBy: sql`c."updatedAt" DESC, c.id DESC`,
    after: sql`(c."updatedAt", c.id) < (k."updatedAt", k.id)`,
  },
  followUp: {
    orderBy: sql`c."nextFollowUpAt" ASC NULLS LAST, c.id`,
    after: sql`CASE WHEN k."nextFollowUpAt" IS NULL THEN c."nextFollowUpAt" IS NULL AND c.id > k.id
      ELSE c."nextFollowUpAt" > k."nextFollowUpAt" OR (c."nextFollowUpAt" = k."nextFollowUpAt" AND c.id > k.id) OR c."nextFollowUpAt" IS NULL END`,
  },
  lastContacted: {
    orderBy: sql`c."lastContactedAt" DESC NULLS LAST, c.id`,
    after: sql`CASE WHEN k."lastContactedAt" IS NULL THEN c."lastContactedAt" IS NULL AND c.id > k.id
      ELSE c."lastContactedAt" < k."lastContactedAt" OR (c."lastContactedAt" = k."lastContactedAt" AND c.id > k.id) OR c."lastContactedAt" IS NULL END`,
  },
};

/**
 * The IDs of one page (up to `limit`), in order, as a text[] expression. With a cursor, the page
 * starts after that contact; a cursor the agent cannot see yields an empty page.
 */
export function contactPageIds(userId: string, filters: ContactFilters, timeZone: string, after: string | null, limit: number): Sql {
  const sort = SORTS[filters.sort];
  const where = contactConditions(filters, timeZone);
  if (!after) {
    return sql`ARRAY(SELECT c.id FROM "Contact" c WHERE c."userId" = ${userId} AND ${where} ORDER BY ${sort.orderBy} LIMIT ${limit})`;
  }
  return sql`ARRAY(SELECT c.id FROM "Contact" c
    JOIN "Contact" k ON k."userId" = ${userId} AND k.id = ${after}
    WHERE c."userId" = ${userId} AND ${where} AND (${sort.after})
    ORDER BY ${sort.orderBy} LIMIT ${limit})`;
}

/**
 * Whether the page's statement can keep one plan for every agent (QueryOptions.reusePlan): the
 * first page by name, of all contacts or of one stage, which the (userId, lastName, firstName, id)
 * and (userId, stage, lastName, firstName, id) indexes serve in order, so the plan reads just the
 * page whether the agent has ten contacts or 100,000. Other filters and sorts are planned with
 * their values each time: their best plan depends on how many contacts match.
 */
export function pagePlanFitsEveryAgent(filters: ContactFilters, after: string | null): boolean {
  const { stages, source, intent, tag, contactedFrom, contactedTo, noFollowUp, sort, q } = filters;
  return !after && !q && sort === "name" && stages.length <= 1 && !source && !intent && !tag && !contactedFrom && !contactedTo && !noFollowUp;
}
