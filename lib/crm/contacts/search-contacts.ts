// Contact search: names, company, address, emails, phone digits (Contact.searchText, kept by a
// trigger) and note text. Names that start with the term come first, alphabetically, and a
// complete phone number finds that number (both from btree indexes, ~0.1 ms at 100,000
// contacts). The trigram search fills the rest: substring matches first, then word similarity
// for typos ("jonh smth") and partial words (word similarity ≥ 0.3; pg_trgm's default 0.6 misses
// "jonh"), through per-agent GIN trigram indexes, on PGlite and PostgreSQL alike. One- and
// two-letter terms (the first keystrokes) match the start of a word only.
import "server-only";
import { sql, withTenantReadsDb, type Sql, type TenantReader } from "../../db";
import { normalizePhone, phoneDigits } from "../phone";
import { fullName } from "./contacts";

/** LIKE treats % and _ as wildcards; a search for "100%" means the characters. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

type SearchArguments = NonNullable<ReturnType<typeof searchArguments>>;

/** What alt_search_contact_ids takes for one query, or null when there is nothing to search. */
function searchArguments(query: string) {
  const q = query.trim().toLowerCase().replace(/\s+/g, " ").slice(0, 100);
  if (!q) return null;
  const digits = phoneDigits(q);
  // Only a number-like query searches phone digits: "12" in a name search would match too much.
  const numberLike = digits.length >= 3 && digits.length >= q.replace(/\s/g, "").length - 4;
  const phone = numberLike && digits.length >= 7 ? normalizePhone(q) : null;
  return {
    q,
    like: likePattern(q),
    digitsPattern: numberLike ? likePattern(digits) : null,
    // A complete number means that number: (512) 555-0123 finds +15125550123 and nothing else.
    exactPhone: phone?.ok ? phone.e164 : null,
    // Typo tolerance is for words; "5125550777" must not match a neighbour's 5125550888.
    fuzzy: !numberLike,
  };
}

/** alt_search_contact_ids' and alt_contact_suggestions' arguments, in their order. */
const searchCall = (args: SearchArguments, limit: number) =>
  sql`(${args.q}, ${args.q}, ${args.like}, ${args.digitsPattern}::text, ${args.exactPhone}::text, ${args.fuzzy}, ${limit}::int)`;

const searchTable = (args: SearchArguments, limit: number) =>
  sql`alt_search_contact_ids${searchCall(args, limit)} WITH ORDINALITY AS found(id, typo_match, rank)`;

/**
 * The agent's matches for `query`, best first, as a table expression with columns `found.id`,
 * `found.typo_match` (only a near spelling matched) and `found.rank`; null when there is nothing to
 * search. alt_search_contact_ids (see its migrations) searches only the agent the transaction is
 * scoped to, with the per-agent indexes.
 */
export function contactSearchTable(query: string, limit: number): Sql | null {
  const args = searchArguments(query);
  return args && searchTable(args, limit);
}

export interface ContactSuggestion {
  id: string;
  name: string;
  detail: string;
  /** Found only as a near spelling (a typo match), not by what was typed; these come last. */
  similar: boolean;
}

/**
 * As-you-type suggestions for the search box: the top few matches with a hint of why. One
 * statement (search, rows and primary email), since the box asks on every keystroke.
 */
export function suggestContacts(userId: string, query: string, limit = 8): Promise<ContactSuggestion[]> {
  if (!contactSearchTable(query, limit)) return Promise.resolve([]);
  return withTenantReadsDb(userId, (db) => readSuggestions(db, query, limit));
}

/**
 * suggestContacts inside a read transaction the caller holds (the search route's, see
 * lib/auth/session.ts). alt_contact_suggestions reads the matches' rows in the same call, from a
 * plan cached per connection: the box asks on every keystroke.
 */
export async function readSuggestions(db: TenantReader, query: string, limit = 8): Promise<ContactSuggestion[]> {
  const args = searchArguments(query);
  if (!args) return [];
  const rows = await db.query<SuggestionRow>(sql`SELECT * FROM alt_contact_suggestions${searchCall(args, limit)}`, { reusePlan: true });
  return rows.map((c) => ({ id: c.id, name: fullName(c), detail: [c.email, c.company, c.city].filter(Boolean).join(" · "), similar: c.typo_match }));
}

interface SuggestionRow {
  id: string;
  firstName: string;
  lastName: string;
  company: string | null;
  city: string | null;
  email: string | null;
  typo_match: boolean;
}
