// Everything the contact list page shows (the page of rows, the tag menu, the smart lists) in one
// read-only tenant transaction of two statements: the menus with the agent's time zone, sent with
// the transaction's setup, then the page. The list is the page agents open most, so it skips the
// ORM (see lib/db/tenant-reads.ts).
import "server-only";
import { SCOPED_USER_ID, tenantReads, type ReadsAs } from "../../db";
import type { ContactFilters } from "./contact-filters";
import { readContactPage, type ContactPage } from "./list-contacts";
import type { SavedListItem } from "./saved-lists";

export interface ContactsView {
  page: ContactPage;
  tags: string[];
  smartLists: SavedListItem[];
}

const MAX_TAGS_IN_MENU = 500;

interface Menus {
  timeZone: string | null;
  tags: string[];
  smartLists: SavedListItem[];
}

/** Parameter-free (it goes with the transaction's setup), so the agent is SCOPED_USER_ID. */
const MENUS = `
  SELECT (SELECT u."timeZone" FROM "User" u WHERE u.id = ${SCOPED_USER_ID}) AS "timeZone",
         ARRAY(SELECT t.name FROM "Tag" t WHERE t."userId" = ${SCOPED_USER_ID} ORDER BY t.name LIMIT ${MAX_TAGS_IN_MENU}) AS tags,
         COALESCE((SELECT json_agg(json_build_object('id', s.id, 'name', s.name, 'query', s.query) ORDER BY s.name)
                   FROM "SavedList" s WHERE s."userId" = ${SCOPED_USER_ID}), '[]'::json) AS "smartLists"`;

export function getContactsView(agent: ReadsAs, filters: ContactFilters, after: string | null): Promise<ContactsView> {
  return tenantReads(agent)<ContactsView, Menus>(
    async (db, [menus]) => {
      const page = await readContactPage(db, filters, after, menus?.timeZone ?? "UTC");
      return { page, tags: menus?.tags ?? [], smartLists: menus?.smartLists ?? [] };
    },
    { opening: MENUS },
  );
}

/** One page of the list, as the list page shows it. */
export async function listContacts(userId: string, filters: ContactFilters, after: string | null = null): Promise<ContactPage> {
  return (await getContactsView(userId, filters, after)).page;
}
