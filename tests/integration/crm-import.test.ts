import { describe, expect, it } from "vitest";
import { autoMap } from "@/lib/crm/import/column-mapping";
import { readCsv } from "@/lib/crm/import/read-csv";
import { processImportRun } from "@/lib/crm/import/import-job";
import { getImportStatus, listImportRuns, runImportStep } from "@/lib/crm/import/run-import";
import { planImport } from "@/lib/crm/import/plan-import";
import { writeRows } from "@/lib/crm/import/write-import";
import { withTenantDb } from "@/lib/db";
import { stopQueue } from "@/lib/jobs/queue";
import { startWorker } from "@/lib/jobs/worker";
import { getContact } from "@/lib/crm/contacts/contacts";
import { suggestContacts } from "@/lib/crm/contacts/search-contacts";
import { installTestDatabase } from "../support/db";

const db = await installTestDatabase();
const utf8 = (text: string) => new TextEncoder().encode(text);

async function step(userId: string, step: string, csv: string, mapping?: string[], duplicates = "skip") {
  return runImportStep(userId, { step, fileName: "leads.csv", bytes: utf8(csv), mapping: JSON.stringify(mapping ?? autoMap(readCsvHeaders(csv))), duplicates });
}
/** Commit as the import page does (store + queue), then run the job body as the worker would. */
async function commit(userId: string, csv: string, duplicates = "skip") {
  const queued = await step(userId, "commit", csv, undefined, duplicates);
  if (!queued.ok || queued.step !== "queued") throw new Error(JSON.stringify(queued));
  const outcome = await processImportRun(userId, queued.runId);
  return { runId: queued.runId, outcome, run: await getImportStatus(userId, queued.runId) };
}
const readCsvHeaders = (csv: string) => {
  const r = readCsv(utf8(csv));
  return r.ok ? r.headers : [];
};

describe("CSV import", () => {
  it("recognises the columns of common exports", () => {
    expect(autoMap(["First Name", "Last Name", "Email 1", "Phone 2", "Lead Source", "Tags", "Street Address", "Zip Code"]))
      .toEqual(["firstName", "lastName", "email", "email".replace("email", "phone"), "source", "tags", "street", "postalCode"]);
    // Google Contacts
    expect(autoMap(["Name", "Given Name", "E-mail 1 - Value", "Phone 1 - Value", "Group Membership", "Organization 1 - Name"]))
      .toEqual(["fullName", "firstName", "email", "phone", "tags", "company"]);
    // Outlook
    expect(autoMap(["First Name", "E-mail Address", "Mobile Phone", "Home Street", "Home City", "Home State", "Home Postal Code", "Categories"]))
      .toEqual(["firstName", "email", "phone", "street", "city", "region", "postalCode", "tags"]);
  });

  it("gives clear errors for bad files", () => {
    expect(readCsv(new Uint8Array())).toMatchObject({ ok: false, error: "That file is empty." });
    expect(readCsv(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toMatchObject({ ok: false, error: expect.stringContaining("UTF-16") });
    expect(readCsv(new Uint8Array([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0xe9, 0x0a]))).toMatchObject({ ok: false, error: expect.stringContaining("isn't UTF-8") });
    expect(readCsv(utf8("maria@example.com,5125550100\nbob@example.com,5125550101\n"))).toMatchObject({ ok: false, error: expect.stringContaining("looks like data") });
    expect(readCsv(utf8("First Name,Email\n"))).toMatchObject({ ok: false, error: "The file has column names but no rows." });
    expect(readCsv(new Uint8Array(50 * 1024 * 1024 + 1))).toMatchObject({ ok: false, error: expect.stringContaining("50 MB") });
  });

  it("dry-runs without writing, then imports all rows at once, skipping duplicates, formulas and bad rows with reasons", async () => {
    const a = (await db.prisma.user.create({ data: { name: "A", email: "imp-a@example.com" } })).id;
    const b = (await db.prisma.user.create({ data: { name: "B", email: "imp-b@example.com" } })).id;
    // B already has Maria: that must not count as a duplicate for A.
    const bMaria = await db.prisma.contact.create({ data: { userId: b, firstName: "Maria", lastName: "Lopez" } });
    await db.prisma.contactEmail.create({ data: { userId: b, contactId: bMaria.id, email: "maria@example.com" } });
    const csv = [
      "First Name,Last Name,Email,Phone,Lead Source,Tags,Notes",
      "Maria,Lopez,Maria@Example.com,(512) 555-0100,Zillow,hot;buyer,Met at open house",
      "Tom,Becker,tom@example.com,512-555-0101,Open House,,",
      "Tommy,Becker,TOM@example.com,,,,",
      "=cmd|' /C calc'!A0,Evil,evil@example.com,,,,",
      "Bad,Phone,,12,,,",
      ",,,,,,",
      "Zoë,Ångström,zoe@example.com,+44 20 7946 0958,Referral,,",
    ].join("\n");
    const dry = await step(a, "dry-run", csv);
    expect(dry).toMatchObject({ ok: true, step: "dry-run", plan: { counts: { create: 3, update: 0, skip: 3 } } });
    const reasons = (dry as { plan: { rows: { line: number; reason?: string; action: string }[] } }).plan.rows;
    expect(reasons.find((r) => r.line === 4)!.reason).toBe("Same person as line 3.");
    expect(reasons.find((r) => r.line === 5)!.reason).toContain("spreadsheet formula");
    expect(reasons.find((r) => r.line === 6)!.reason).toBe("That doesn't look like a valid phone number.");
    expect(await db.prisma.contact.count({ where: { userId: a } })).toBe(0);

    const committed = await commit(a, csv);
    expect(committed.outcome).toBe("done");
    expect(committed.run).toMatchObject({ status: "DONE", rowCount: 6, processedRows: 6, created: 3, updated: 0, skipped: 3, error: null });
    expect(await db.prisma.contact.count({ where: { userId: a } })).toBe(3);
    const [maria] = await suggestContacts(a, "maria");
    const contact = await getContact(a, maria!.id);
    expect(contact).toMatchObject({ source: "ZILLOW", tags: ["buyer", "hot"], emails: [{ email: "maria@example.com" }], phones: [{ display: "(512) 555-0100" }] });
    expect(await db.prisma.note.count({ where: { userId: a, contactId: maria!.id } })).toBe(1);
    expect((await listImportRuns(a)).map((r) => [r.fileName, r.created, r.skipped])).toEqual([["leads.csv", 3, 3]]);
    expect(await listImportRuns(b)).toEqual([]);
    // The stored file is gone once the job is done.
    expect((await db.prisma.importRun.findUniqueOrThrow({ where: { id: committed.runId } })).upload).toBeNull();
    // Bulk inserts compute the search text in the INSERT; it must equal what the triggers compute.
    const drift = await db.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Contact" c WHERE c."userId" = ${a} AND c."searchText" <> alt_search_text(c)`;
    expect(Number(drift[0]!.n)).toBe(0);
    // Imported names join the agent's name vocabulary, so a misspelling finds them (and only A's).
    expect((await suggestContacts(a, "angstrm")).map((s) => [s.name, s.similar])).toEqual([["Zoë Ångström", true]]);
    expect(await suggestContacts(b, "angstrm")).toEqual([]);
    // A retried job (the worker died after committing) finds the run finished and writes nothing.
    expect(await processImportRun(a, committed.runId)).toBe("already-finished");
    expect(await db.prisma.contact.count({ where: { userId: a } })).toBe(3);

    // The same file again: everyone is a duplicate now. Merge fills gaps without overwriting.
    const again = await commit(a, "First Name,Last Name,Email,Company\nMaria,Lopez-Changed,maria@example.com,Lopez Realty\n", "merge");
    expect(again.run).toMatchObject({ status: "DONE", created: 0, updated: 1, skipped: 0 });
    expect(await getContact(a, maria!.id)).toMatchObject({ lastName: "Lopez", company: "Lopez Realty" });
  });

  it("is all or nothing: a failure mid-commit leaves no contact behind", async () => {
    const c = (await db.prisma.user.create({ data: { name: "C", email: "imp-c@example.com" } })).id;
    // Make the timeline insert that follows the contact inserts fail, as a crash mid-commit would.
    const rows = Array.from({ length: 1500 }, (_, i) => `Lead${i},Test,lead${i}@example.com`).join("\n");
    await db.prisma.$executeRawUnsafe(`ALTER TABLE "Activity" ADD CONSTRAINT no_imports CHECK (summary <> 'Imported from CSV') NOT VALID`);
    let failed;
    try {
      failed = await commit(c, `First Name,Last Name,Email\n${rows}`);
    } finally {
      await db.prisma.$executeRawUnsafe(`ALTER TABLE "Activity" DROP CONSTRAINT no_imports`);
    }
    expect(failed.outcome).toBe("failed");
    expect(failed.run).toMatchObject({ status: "FAILED", created: 0, error: expect.stringContaining("nothing from this file was imported") });
    expect(await db.prisma.contact.count({ where: { userId: c } })).toBe(0);
    expect(await db.prisma.contactEmail.count({ where: { userId: c } })).toBe(0);
    expect((await db.prisma.importRun.findUniqueOrThrow({ where: { id: failed.runId } })).upload).toBeNull();
  });

  it("refuses a mapping that doesn't fit the file", async () => {
    const d = (await db.prisma.user.create({ data: { name: "D", email: "imp-d@example.com" } })).id;
    expect(await step(d, "dry-run", "First Name,Email\nA,a@example.com\n", ["firstName"])).toMatchObject({ ok: false });
    expect(await step(d, "dry-run", "First Name,Email\nA,a@example.com\n", ["firstName", "password"])).toMatchObject({ ok: false });
    expect(await step(d, "dry-run", "First Name,Email\nA,a@example.com\n", ["", ""])).toMatchObject({ ok: false, error: "Map at least one column to a name, email or phone." });
  });

  it("keeps another agent out of an import: no status, and the job refuses to run it for them", async () => {
    const e = (await db.prisma.user.create({ data: { name: "E", email: "imp-e@example.com" } })).id;
    const f = (await db.prisma.user.create({ data: { name: "F", email: "imp-f@example.com" } })).id;
    const queued = await step(e, "commit", "First Name,Email\nAna,ana@example.com\n");
    if (!queued.ok || queued.step !== "queued") throw new Error("not queued");
    expect(await getImportStatus(f, queued.runId)).toBeNull();
    expect(await processImportRun(f, queued.runId)).toBe("not-found");
    expect(await db.prisma.contact.count({ where: { userId: { in: [e, f] } } })).toBe(0);
    expect(await getImportStatus(e, queued.runId)).toMatchObject({ status: "QUEUED", processedRows: 0 });
    expect(await processImportRun(e, queued.runId)).toBe("done");
    expect(await db.prisma.contact.count({ where: { userId: e } })).toBe(1);
    expect(await db.prisma.contact.count({ where: { userId: f } })).toBe(0);
  });

  it("reports progress chunk by chunk, counting skipped rows as done", async () => {
    const g = (await db.prisma.user.create({ data: { name: "G", email: "imp-g@example.com" } })).id;
    const csv = readCsv(utf8(`First Name,Email\n${Array.from({ length: 2_500 }, (_, i) => `P${i},p${i}@example.com`).join("\n")}\n=HYPERLINK("x"),\n`));
    if (!csv.ok) throw new Error(csv.error);
    const { rows } = planImport(csv.headers, csv.rows, ["firstName", "email"], { byEmail: new Map(), byPhoneAndName: new Map() }, "skip", "UTC");
    const seen: number[] = [];
    await withTenantDb(g, (tx) => writeRows(tx, rows, async (done) => void seen.push(done)));
    expect(seen).toEqual([1_001, 2_001, 2_501, 2_501]);
    expect(await db.prisma.contact.count({ where: { userId: g } })).toBe(2_500);
  });

  it("runs a committed import on the real job queue until it is DONE", async () => {
    const h = (await db.prisma.user.create({ data: { name: "H", email: "imp-h@example.com" } })).id;
    await startWorker();
    try {
      const queued = await step(h, "commit", "First Name,Last Name,Email\nNia,Reed,nia@example.com\nOmar,Haddad,omar@example.com\n");
      if (!queued.ok || queued.step !== "queued") throw new Error("not queued");
      let run = await getImportStatus(h, queued.runId);
      for (let i = 0; i < 200 && run?.status !== "DONE" && run?.status !== "FAILED"; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        run = await getImportStatus(h, queued.runId);
      }
      expect(run).toMatchObject({ status: "DONE", created: 2, processedRows: 2 });
      expect(await db.prisma.contact.count({ where: { userId: h } })).toBe(2);
      // The job's payload names the run and its owner, never the file or any contact detail.
      const jobs = await db.prisma.$queryRaw<{ data: unknown }[]>`SELECT data FROM pgboss.job WHERE name = 'import-contacts'`;
      expect(jobs.map((j) => Object.keys(j.data as object).sort())).toContainEqual(["importRunId", "userId"]);
      expect(JSON.stringify(jobs)).not.toContain("nia@example.com");
    } finally {
      await stopQueue();
    }
  }, 30_000);
});
