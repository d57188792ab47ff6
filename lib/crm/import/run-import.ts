// CSV import: analyse (headers, suggested mapping, sample), dry run (the plan), and commit (the
// same plan, all or nothing, in one transaction), plus the import history.
import "server-only";
import { withTenantDb, type TenantClient } from "../../db";
import { agentTimeZone } from "../contacts/contacts";
import { autoMap, isImportField, type ImportField } from "./column-mapping";
import { phoneNameKey, planImport, type DuplicatePolicy, type ExistingIndex, type ImportPlan, type PlannedRow } from "./plan-import";
import { insertContacts, insertContactTags, refreshSearchText, insertEmails, insertNotes, insertPhones, insertTimeline, newId } from "./bulk-insert";
import { readCsv } from "./read-csv";

export type ImportStep =
  | { ok: false; error: string }
  | { ok: true; step: "analyze"; headers: string[]; mapping: ImportField[]; sample: string[][]; rowCount: number }
  | { ok: true; step: "dry-run"; plan: Omit<ImportPlan, "rows"> & { rows: Omit<PlannedRow, "data" | "note">[] } }
  | { ok: true; step: "commit"; runId: string; counts: ImportPlan["counts"] };

const CHUNK = 1_000;

async function existingIndex(db: TenantClient): Promise<ExistingIndex> {
  const byEmail = new Map<string, string>();
  const byPhoneAndName = new Map<string, string>();
  for (const e of await db.contactEmail.findMany({ select: { email: true, contactId: true } })) byEmail.set(e.email, e.contactId);
  const phones = await db.contactPhone.findMany({ select: { phone: true, contact: { select: { id: true, firstName: true, lastName: true } } } });
  for (const p of phones) byPhoneAndName.set(phoneNameKey(p.phone, p.contact.firstName, p.contact.lastName), p.contact.id);
  return { byEmail, byPhoneAndName };
}

function readMapping(raw: string, headerCount: number): ImportField[] | null {
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed) || parsed.length !== headerCount || !parsed.every((f) => typeof f === "string" && isImportField(f))) return null;
    return parsed as ImportField[];
  } catch {
    return null;
  }
}

async function writeRows(db: TenantClient, rows: PlannedRow[]) {
  const creates = rows.filter((r) => r.action === "create");
  const tagNames = [...new Set(rows.flatMap((r) => r.data?.tags ?? []))];
  const tagIds = new Map<string, string>();
  if (tagNames.length) {
    await db.tag.createMany({ data: tagNames.map((name) => ({ userId: db.userId, name })), skipDuplicates: true });
    for (const t of await db.tag.findMany({ where: { name: { in: tagNames } }, select: { id: true, name: true } })) tagIds.set(t.name, t.id);
  }
  // Search text is refreshed once per chunk below instead of by triggers on every row.
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
    await refreshSearchText(db, withIds.map(({ id }) => id));
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
  }
}

export async function runImportStep(
  userId: string,
  input: { step: string; fileName: string; bytes: Uint8Array; mapping: string; duplicates: string },
): Promise<ImportStep> {
  const csv = readCsv(input.bytes);
  if (!csv.ok) return csv;
  if (input.step === "analyze") {
    return { ok: true, step: "analyze", headers: csv.headers, mapping: autoMap(csv.headers), sample: csv.rows.slice(0, 5), rowCount: csv.rows.length };
  }
  const mapping = readMapping(input.mapping, csv.headers.length);
  if (!mapping) return { ok: false, error: "The column choices don't match this file. Choose the file again." };
  if (!mapping.some((f) => f === "firstName" || f === "fullName" || f === "email" || f === "phone")) {
    return { ok: false, error: "Map at least one column to a name, email or phone." };
  }
  const policy: DuplicatePolicy = input.duplicates === "merge" ? "merge" : "skip";
  return withTenantDb(
    userId,
    async (db) => {
      const plan = planImport(csv.headers, csv.rows, mapping, await existingIndex(db), policy, await agentTimeZone(db));
      if (input.step !== "commit") {
        return { ok: true, step: "dry-run", plan: { counts: plan.counts, rows: plan.rows.map(({ data: _d, note: _n, ...r }) => r) } } as const;
      }
      await writeRows(db, plan.rows);
      const run = await db.importRun.create({
        data: { userId: db.userId, fileName: input.fileName.slice(0, 200) || "import.csv", rowCount: csv.rows.length, created: plan.counts.create, updated: plan.counts.update, skipped: plan.counts.skip },
        select: { id: true },
      });
      return { ok: true, step: "commit", runId: run.id, counts: plan.counts } as const;
    },
    { timeoutMs: 300_000 },
  );
}

export function listImportRuns(userId: string) {
  return withTenantDb(userId, (db) =>
    db.importRun.findMany({ orderBy: { createdAt: "desc" }, take: 20, select: { id: true, fileName: true, rowCount: true, created: true, updated: true, skipped: true, createdAt: true } }),
  );
}
