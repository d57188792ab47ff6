// The agent's tag names, for filter menus.
import "server-only";
import { withTenantDb } from "../db";

export function listTagNames(userId: string): Promise<string[]> {
  return withTenantDb(userId, async (db) => (await db.tag.findMany({ orderBy: { name: "asc" }, select: { name: true }, take: 500 })).map((t) => t.name));
}
