import { describe, expect, it } from "vitest";
import { findDuplicates, mergeContacts } from "@/lib/crm/contacts/duplicates";
import { getContact } from "@/lib/crm/contacts/contacts";
import { listTimeline } from "@/lib/crm/timeline";
import { installTestDatabase } from "../support/db";

const db = await installTestDatabase();

async function contact(userId: string, first: string, last: string, extra: { email?: string; phone?: string; company?: string } = {}) {
  const c = await db.prisma.contact.create({ data: { userId, firstName: first, lastName: last, company: extra.company ?? null } });
  if (extra.email) await db.prisma.contactEmail.create({ data: { userId, contactId: c.id, email: extra.email, isPrimary: true } });
  if (extra.phone) await db.prisma.contactPhone.create({ data: { userId, contactId: c.id, phone: extra.phone, isPrimary: true } });
  return c.id;
}

describe("possible duplicates and merge", () => {
  it("finds people sharing an email or a phone and name, only within the agent's book", async () => {
    const a = (await db.prisma.user.create({ data: { name: "A", email: "dup-a@example.com" } })).id;
    const b = (await db.prisma.user.create({ data: { name: "B", email: "dup-b@example.com" } })).id;
    await contact(a, "Maria", "Lopez", { email: "maria@example.com" });
    await contact(a, "María", "L.", { email: "maria@example.com" });
    await contact(a, "Tom", "Becker", { phone: "+15125550101" });
    await contact(a, "tom", "becker", { phone: "+15125550101" });
    await contact(a, "Tom", "Other", { phone: "+15125550101" });
    await contact(b, "Maria", "Lopez", { email: "maria@example.com" });
    // One contact holding the same number or address twice (two labels) is not a duplicate of itself.
    const twice = await contact(a, "Ana", "Ruiz", { phone: "+15125550199", email: "ana@example.com" });
    await db.prisma.contactPhone.create({ data: { userId: a, contactId: twice, phone: "+15125550199", label: "work" } });
    await db.prisma.contactEmail.create({ data: { userId: a, contactId: twice, email: "ana@example.com", label: "work" } });
    const groups = await findDuplicates(a);
    expect(groups.map((g) => [g.reason, g.contacts.length]).sort()).toEqual([["Same email: maria@example.com", 2], ["Same phone and name", 2]]);
    expect(await findDuplicates(b)).toEqual([]);
  });

  it("merges without losing a single timeline item, note, task or channel, and refuses another agent's IDs", async () => {
    const a = (await db.prisma.user.create({ data: { name: "A", email: "merge-a@example.com" } })).id;
    const b = (await db.prisma.user.create({ data: { name: "B", email: "merge-b@example.com" } })).id;
    const keep = await contact(a, "Dana", "Keep", { email: "dana@example.com" });
    const gone = await contact(a, "Dana", "", { email: "dana.work@example.com", phone: "+15125550123", company: "Keller" });
    for (const [id, n] of [[keep, 3], [gone, 4]] as const) {
      await db.prisma.activity.createMany({ data: Array.from({ length: n }, (_, i) => ({ userId: a, contactId: id, type: "CALL" as const, summary: `${id === keep ? "keep" : "gone"} call ${i}` })) });
    }
    await db.prisma.note.create({ data: { userId: a, contactId: gone, body: "Prefers mornings" } });
    await db.prisma.task.create({ data: { userId: a, contactId: gone, title: "Send comps" } });
    const foreign = await contact(b, "Dana", "Foreign");

    expect(await mergeContacts(b, keep, gone)).toBe(false);
    expect(await mergeContacts(a, keep, foreign)).toBe(false);
    expect(await mergeContacts(a, keep, keep)).toBe(false);
    expect(await db.prisma.contact.count({ where: { id: { in: [keep, gone, foreign] } } })).toBe(3);

    expect(await mergeContacts(a, keep, gone)).toBe(true);
    expect(await getContact(a, gone)).toBeNull();
    const kept = await getContact(a, keep);
    expect(kept).toMatchObject({ lastName: "Keep", company: "Keller" });
    expect(kept!.emails.map((e) => e.email).sort()).toEqual(["dana.work@example.com", "dana@example.com"]);
    expect(kept!.phones.map((p) => p.phone)).toEqual(["+15125550123"]);
    const summaries = (await listTimeline(a, keep)).items.map((i) => i.summary);
    expect(summaries.filter((s) => s.includes(" call "))).toHaveLength(7);
    expect(summaries[0]).toContain("Merged with Dana");
    expect(await db.prisma.note.count({ where: { contactId: keep } })).toBe(1);
    expect(await db.prisma.task.count({ where: { contactId: keep } })).toBe(1);
    expect(await getContact(b, foreign)).not.toBeNull();
  });
});
