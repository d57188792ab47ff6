import { describe, expect, it } from "vitest";
import { deleteSavedList, listSavedLists, saveList } from "@/lib/crm/contacts/saved-lists";
import { installTestDatabase } from "../support/db";

const db = await installTestDatabase();

describe("smart lists", () => {
  it("save a cleaned-up view, update one by name, and stay private to their owner", async () => {
    const a = (await db.prisma.user.create({ data: { name: "A", email: "lists-a@example.com" } })).id;
    const b = (await db.prisma.user.create({ data: { name: "B", email: "lists-b@example.com" } })).id;

    expect(await saveList(a, "  ", "stage=NEW")).toEqual({ ok: false, error: "Name the list." });
    expect(await saveList(a, "Everyone", "")).toMatchObject({ ok: false });
    const saved = await saveList(a, "Hot Zillow buyers", "stage=NEW&source=ZILLOW&evil=<script>&sort=bogus&tag=hot");
    expect(saved.ok).toBe(true);
    expect(await listSavedLists(a)).toEqual([{ id: expect.any(String), name: "Hot Zillow buyers", query: "stage=NEW&source=ZILLOW&tag=hot" }]);
    await saveList(a, "Hot Zillow buyers", "stage=NURTURE");
    expect((await listSavedLists(a)).map((l) => l.query)).toEqual(["stage=NURTURE"]);

    expect(await listSavedLists(b)).toEqual([]);
    const id = (saved as { id: string }).id;
    expect(await deleteSavedList(b, id)).toBe(false);
    expect(await db.prisma.savedList.count({ where: { id } })).toBe(1);
    expect(await deleteSavedList(a, id)).toBe(true);
    expect(await listSavedLists(a)).toEqual([]);
  });
});
