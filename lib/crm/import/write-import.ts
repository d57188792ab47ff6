// Writing an import plan inside the agent's transaction: bulk inserts for new contacts, careful
// merges for duplicates. Shared by the background job; the dry run never gets here.
import "server-only";
import type { TenantClient } from "../../db";
import { phoneNameKey, type ExistingIndex, type PlannedRow } from "./plan-import";
import { insertContacts, insertContactTags, insertEmails, insertNotes, insertPhones, insertTimeline, newId } from "./bulk-insert";

const CHUNK = 1_000;

/** What the agent already has, for duplicate detection: inside the import's own transaction. */
export async function existingIndex(db: TenantClient): Promise<ExistingIndex> {
  const byEmail = new Map<string, string>();
  const byPhoneAndName = new Map<string, string>();
  for (const e of await db.contactEmail.findMany({ select: { email: true, contactId: true } })) byEmail.set(e.email, e.contactId);
  const phones = await db.contactPhone.findMany({ select: { phone: true, contact: { select: { id: true, firstName: true, lastName: true } } } });
  for (const p of phones) byPhoneAndName.set(phoneNameKey(p.phone, p.contact.firstName, p.contact.lastName), p.contact.id);
  return { byEmail, byPhoneAndName };
}

/**
 * Writes a plan: new contacts in bulk, chunk by chunk, then merges row by row. `onProgress` hears
 * how many of the plan's rows are done (skipped rows count as done from the start).
 */
export async function writeRows(db: TenantClient, rows: PlannedRow[], onProgress: (done: number) => Promise<void> = async () => {}) {
  let done = rows.filter((r) => r.action === "skip").length;
  const creates = rows.filter((r) => r.action === "create");
  const tagNames = [...new Set(rows.flatMap((r) => r.data?.tags ?? []))];
  const tagIds = new Map<string, string>();
  if (tagNames.length) {
    await db.tag.createMany({ data: tagNames.map((name) => ({ userId: db.userId, name })), skipDuplicates: true });
    for (const t of await db.tag.findMany({ where: { name: { in: tagNames } }, select: { id: true, name: true } })) tagIds.set(t.name, t.id);
  }
  // insertContacts writes the search text itself, so the per-row and per-statement triggers stand aside.
  await db.$executeRaw`SELECT set_config('app.bulk_write', 'on', true)`;
  for (let i = 0; i < creates.length; i += CHUNK) {
    const withIds = creates.slice(i, i + CHUNK).map((row) => ({ row, id: newId() }));
    await insertContacts(db, withIds.map(({ row, id }) => ({ id, data: row.data! })));
    await insertEmails(db, withIds.flatMap(({ row, id }) => row.data!.emails.map((e) => ({ contactId: id, ...e }))));
    await insertPhones(db, withIds.flatMap(({ row, id }) => row.data!.phones.map((p) => ({ contactId: id, ...p }))));
    await insertContactTags(db, withIds.flatMap(({ row, id }) => row.data!.tags.map((t) => ({ contactId: id, tagId: tagIds.get(t)! }))));
    const notes = withIds.filter(({ row }) => row.note).map(({ row, id }) => ({ contactId: id, body: row.note!.slice(0, 10_000) }));
    await insertNotes(db, notes);
    await insertTimeline(db, [
      ...withIds.map(({ id }) => ({ contactId: id, type: "CONTACT_CREATED" as const, summary: "Imported from CSV" })),
      ...notes.map((n) => ({ contactId: n.contactId, type: "NOTE" as const, summary: n.body })),
    ]);
    done += withIds.length;
    await onProgress(done);
  }
  await db.$executeRaw`SELECT set_config('app.bulk_write', 'off', true)`;
  // Merges fill in what the existing contact lacks and add new emails, phones, tags and notes;
  // they never overwrite what the agent already has.
  for (const row of rows.filter((r) => r.action === "update")) {
    const id = row.matchId!;
    const current = await db.contact.findFirstOrThrow({ where: { id }, include: { emails: true, phones: true } });
    const d = row.data!;
    const fill = Object.fromEntries(
      (["lastName", "company", "street", "city", "region", "postalCode", "priceMin", "priceMax", "birthday"] as const)
        .filter((k) => (current[k] === null || current[k] === "") && d[k] !== null && d[k] !== "")
        .map((k) => [k, d[k]]),
    );
    if (Object.keys(fill).length) await db.contact.update({ where: { id }, data: fill });
    const newEmails = d.emails.filter((e) => !current.emails.some((c) => c.email === e.email));
    const newPhones = d.phones.filter((p) => !current.phones.some((c) => c.phone === p.phone));
    if (newEmails.length) await db.contactEmail.createMany({ data: newEmails.map((e) => ({ userId: db.userId, contactId: id, email: e.email, isPrimary: current.emails.length === 0 && e.isPrimary })) });
    if (newPhones.length) await db.contactPhone.createMany({ data: newPhones.map((p) => ({ userId: db.userId, contactId: id, phone: p.phone, isPrimary: current.phones.length === 0 && p.isPrimary, label: "mobile" })) });
    if (d.tags.length) await db.contactTag.createMany({ data: d.tags.map((t) => ({ userId: db.userId, contactId: id, tagId: tagIds.get(t)! })), skipDuplicates: true });
    if (row.note) {
      await db.note.create({ data: { userId: db.userId, contactId: id, body: row.note.slice(0, 10_000) } });
      await db.activity.create({ data: { userId: db.userId, contactId: id, type: "NOTE", summary: row.note.slice(0, 10_000) } });
    }
    await db.activity.create({ data: { userId: db.userId, contactId: id, type: "NOTE", summary: "Details merged from a CSV import" } });
    done += 1;
    if (done % CHUNK === 0) await onProgress(done);
  }
  await onProgress(done);
}
