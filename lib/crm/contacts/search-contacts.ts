// Contact search: names, company, address, emails, phone digits (Contact.searchText, kept by a
// trigger) and note text. Substring matches rank first; trigram word similarity catches typos
// ("jonh smth") and partial words (word similarity ≥ 0.3; pg_trgm's default 0.6 misses "jonh"). Both
// use per-agent GIN trigram indexes, on PGlite and PostgreSQL alike.
import "server-only";
import { withTenantDb, type TenantClient } from "../../db";
import { phoneDigits } from "../phone";
import { fullName } from "./contacts";

/** LIKE treats % and _ as wildcards; a search for "100%" means the characters. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function searchContactIds(db: TenantClient, query: string, limit: number): Promise<string[]> {
  const q = query.trim().toLowerCase().slice(0, 100);
  if (!q) return [];
  const digits = phoneDigits(q);
  // Only a number-like query searches phone digits: "12" in a name search would match too much.
  const digitsPattern = digits.length >= 3 && digits.length >= q.replace(/\s/g, "").length - 4 ? likePattern(digits) : null;
  const like = likePattern(q);
  // Typo tolerance is for words; "5125550777" must not match a neighbour's 5125550888.
  const fuzzy = digitsPattern === null;
  // alt_search_contact_ids (see its migration) searches only the agent this transaction is
  // scoped to, using the per-agent trigram indexes that row-level security would otherwise bypass.
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM alt_search_contact_ids(${q}, ${like}, ${digitsPattern}::text, ${fuzzy}, ${limit}::int)`;
  return rows.map((r) => r.id);
}

export interface ContactSuggestion {
  id: string;
  name: string;
  detail: string;
}

/** As-you-type suggestions for the search box: the top few matches with a hint of why. */
export function suggestContacts(userId: string, query: string, limit = 8): Promise<ContactSuggestion[]> {
  return withTenantDb(userId, async (db) => {
    const ids = await searchContactIds(db, query, limit);
    if (ids.length === 0) return [];
    const rows = await db.contact.findMany({
      where: { id: { in: ids } },
      select: { id: true, firstName: true, lastName: true, company: true, city: true, emails: { where: { isPrimary: true }, select: { email: true }, take: 1 } },
    });
    const byId = new Map(rows.map((c) => [c.id, c]));
    return ids.flatMap((id) => {
      const c = byId.get(id);
      if (!c) return [];
      return [{ id, name: fullName(c), detail: [c.emails[0]?.email, c.company, c.city].filter(Boolean).join(" · ") }];
    });
  });
}
