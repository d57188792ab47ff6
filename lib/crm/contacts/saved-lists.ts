// Smart lists: named, saved contact-list views. The query is re-read through the list's own
// filter parser before it is stored, so a saved list can only hold filters the list understands.
import "server-only";
import { z } from "zod";
import { isNotFoundError, withTenantDb, type TenantClient } from "../../db";
import { filtersToParams, readContactFilters } from "./contact-filters";

export interface SavedListItem {
  id: string;
  name: string;
  query: string;
}

const nameField = z.string().trim().min(1, "Name the list.").max(60, "Use at most 60 characters.")
  .refine((v) => !/[\u0000-\u001f]/.test(v), "The name contains characters that can't be saved.");

export type SaveListResult = { ok: true; id: string } | { ok: false; error: string };

export async function saveList(userId: string, name: string, rawQuery: string): Promise<SaveListResult> {
  const parsed = nameField.safeParse(name);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]!.message };
  const params = Object.fromEntries(new URLSearchParams(rawQuery.slice(0, 2_000)));
  const query = filtersToParams(readContactFilters(params)).toString();
  if (!query) return { ok: false, error: "Choose some filters or a search first: this view shows everyone." };
  return withTenantDb(userId, async (db) => {
    const existing = await db.savedList.findFirst({ where: { name: parsed.data }, select: { id: true } });
    if (existing) {
      await db.savedList.update({ where: { id: existing.id }, data: { query } });
      return { ok: true, id: existing.id };
    }
    if ((await db.savedList.count()) >= 50) return { ok: false, error: "You can keep up to 50 smart lists. Delete one first." };
    const list = await db.savedList.create({ data: { userId: db.userId, name: parsed.data, query }, select: { id: true } });
    return { ok: true, id: list.id };
  });
}

export function readSavedLists(db: TenantClient): Promise<SavedListItem[]> {
  return db.savedList.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, query: true } });
}

export function listSavedLists(userId: string): Promise<SavedListItem[]> {
  return withTenantDb(userId, readSavedLists);
}

export async function deleteSavedList(userId: string, id: string): Promise<boolean> {
  try {
    return await withTenantDb(userId, async (db) => (await db.savedList.deleteMany({ where: { id } })).count === 1);
  } catch (error) {
    if (isNotFoundError(error)) return false;
    throw error;
  }
}
