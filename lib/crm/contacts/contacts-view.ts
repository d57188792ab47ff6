// Everything the contact list page shows (the page of rows, the tag menu, the smart lists) in one
// read-only tenant transaction of two statements: the menus with the agent's time zone, then the
// page. The list is the page agents open most, so it skips the ORM (see lib/db/tenant-reads.ts).
import "server-only";
import { sql, withTenantReadsDb, type TenantReader } from "../../db";
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

function readMenus(db: TenantReader): Promise<Menus[]> {
  return db.query<Menus>(sql`
    SELECT (SELECT u."timeZone" FROM "User" u WHERE u.id = ${db.userId}) AS "timeZone",
           ARRAY(SELECT t.name FROM "Tag" t WHERE t."userId" = ${db.userId} ORDER BY t.name LIMIT ${MAX_TAGS_IN_MENU}) AS tags,
           COALESCE((SELECT json_agg(json_build_object('id', s.id, 'name', s.name, 'query', s.query) ORDER BY s.name)
                     FROM "SavedList" s WHERE s."userId" = ${db.userId}), '[]'::json) AS "smartLists"`);
}

export function getContactsView(userId: string, filters: ContactFilters, after: string | null): Promise<ContactsView> {
  return withTenantReadsDb(userId, async (db) => {
    const [menus] = await readMenus(db);
    const page = await readContactPage(db, filters, after, menus?.timeZone ?? "UTC");
    return { page, tags: menus?.tags ?? [], smartLists: menus?.smartLists ?? [] };
  });
}

/** One page of the list, as the list page shows it. */
export async function listContacts(userId: string, filters: ContactFilters, after: string | null = null): Promise<ContactPage> {
  return (await getContactsView(userId, filters, after)).page;
}
