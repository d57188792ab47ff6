// Everything the contact list page shows (the page of rows, the tag menu, the smart lists), read
// in one tenant transaction: one round of RLS setup instead of three.
import "server-only";
import { withTenantDb } from "../../db";
import type { ContactFilters } from "./contact-filters";
import { readContactPage, type ContactPage } from "./list-contacts";
import { readSavedLists, type SavedListItem } from "./saved-lists";

export interface ContactsView {
  page: ContactPage;
  tags: string[];
  smartLists: SavedListItem[];
}

export function getContactsView(userId: string, filters: ContactFilters, after: string | null): Promise<ContactsView> {
  return withTenantDb(userId, async (db) => {
    // Sequential: the tenant transaction holds one connection.
    const page = await readContactPage(db, filters, after);
    const tags = (await db.tag.findMany({ orderBy: { name: "asc" }, select: { name: true }, take: 500 })).map((t) => t.name);
    const smartLists = await readSavedLists(db);
    return { page, tags, smartLists };
  });
}
