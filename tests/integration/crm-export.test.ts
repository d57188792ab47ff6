import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { createContact } from "@/lib/crm/contacts/contacts";
import { exportCsv, exportCsvStream } from "@/lib/crm/export/export-data";
import { createTask } from "@/lib/crm/tasks";
import { installTestDatabase } from "../support/db";

const db = await installTestDatabase();

const blank = {
  firstName: "", lastName: "", company: "", street: "", city: "", region: "", postalCode: "", stage: "", source: "", intent: "",
  priceMin: "", priceMax: "", targetAreas: "", timeframe: "", birthday: "", homeAnniversary: "", nextFollowUp: "",
  doNotCall: false, doNotText: false, doNotEmail: false, tags: "", emails: [], phones: [], primaryEmail: 0, primaryPhone: 0,
};

const parse = (csv: string) => Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;

describe("CSV export", () => {
  it("exports only the agent's rows, readable back, with formulas neutralised", async () => {
    const a = (await db.prisma.user.create({ data: { name: "A", email: "exp-a@example.com" } })).id;
    const b = (await db.prisma.user.create({ data: { name: "B", email: "exp-b@example.com" } })).id;
    await createContact(a, { ...blank, firstName: "=cmd|' /C calc'!A0", lastName: "Évora 🏡", company: "@SUM(1+1)", emails: ["eve@example.com"], phones: ["512-555-0101"], tags: "vip, \"quoted\", new" });
    await createContact(a, { ...blank, firstName: "Plain", lastName: "Row, with comma", timeframe: "line one\nline two" });
    await createContact(b, { ...blank, firstName: "Bea", lastName: "Neighbour" });
    await createTask(a, { title: "-1+1 call back", due: "2026-12-01", priority: "HIGH", recurrence: "" });

    const contacts = parse(await exportCsv(a, "contacts"));
    expect(contacts).toHaveLength(2);
    const risky = contacts.find((r) => r["Last name"] === "Évora 🏡")!;
    expect(risky["First name"]).toBe("'=cmd|' /C calc'!A0");
    expect(risky.Company).toBe("'@SUM(1+1)");
    expect(risky.Phones).toBe("(512) 555-0101");
    expect(risky.Tags).toBe('"quoted"; new; vip');
    expect(contacts.find((r) => r["First name"] === "Plain")!.Timeframe).toBe("line one\nline two");
    expect(JSON.stringify(contacts)).not.toContain("Neighbour");

    const tasks = parse(await exportCsv(a, "tasks"));
    expect(tasks).toEqual([expect.objectContaining({ Title: "'-1+1 call back", Priority: "HIGH" })]);
    expect(parse(await exportCsv(b, "tasks"))).toEqual([]);
    expect(parse(await exportCsv(b, "contacts")).map((r) => r["First name"])).toEqual(["Bea"]);
  });

  it("exports every field of every contact, past many reading batches, in a stable order", async () => {
    const c = (await db.prisma.user.create({ data: { name: "C", email: "exp-c@example.com", timeZone: "America/Chicago" } })).id;
    await createContact(c, {
      ...blank, firstName: "Full", lastName: "Record", company: "Acme Realty", street: "1 Main St", city: "Austin", region: "TX", postalCode: "78701",
      stage: "CONNECTED", source: "ZILLOW", intent: "BUYER", priceMin: "400000", priceMax: "550000", targetAreas: "Hyde Park, Mueller", timeframe: "Spring",
      birthday: "1980-02-29", homeAnniversary: "2015-06-01", nextFollowUp: "2026-12-03", doNotText: true, tags: "hot",
      emails: ["second@example.com", "first@example.com"], primaryEmail: 1, phones: ["512-555-0101", "+44 20 7946 0958"], primaryPhone: 0,
    });
    await db.prisma.contact.createMany({ data: Array.from({ length: 2_100 }, (_, i) => ({ userId: c, firstName: `Bulk${i}`, lastName: "Row" })) });

    const rows = parse(await exportCsv(c, "contacts"));
    expect(rows).toHaveLength(2_101);
    expect(new Set(rows.map((r) => r["First name"])).size).toBe(2_101);
    expect(rows.find((r) => r["First name"] === "Full")).toEqual({
      "First name": "Full", "Last name": "Record", Company: "Acme Realty",
      Emails: "first@example.com; second@example.com", Phones: "(512) 555-0101; +44 20 7946 0958",
      Stage: "Connected", Source: "Zillow", Intent: "Buyer", "Price min": "400000", "Price max": "550000",
      "Target areas": "Hyde Park; Mueller", Timeframe: "Spring", Street: "1 Main St", City: "Austin", State: "TX", ZIP: "78701",
      Birthday: "1980-02-29", "Home anniversary": "2015-06-01", "Next follow-up": "2026-12-03", "Last contacted": "",
      "Do not call": "", "Do not text": "yes", "Do not email": "", Tags: "hot", Created: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
    });
    // The same file twice: the order does not depend on how the rows were read.
    expect(parse(await exportCsv(c, "contacts")).map((r) => r["First name"])).toEqual(rows.map((r) => r["First name"]));
  });

  it("streams the contacts export, and a download abandoned halfway ends its transaction", async () => {
    const d = (await db.prisma.user.create({ data: { name: "D", email: "exp-d@example.com" } })).id;
    await db.prisma.contact.createMany({ data: Array.from({ length: 2_500 }, (_, i) => ({ userId: d, firstName: `Streamed${i}`, lastName: "Row" })) });

    const reader = exportCsvStream(d, "contacts").getReader();
    const chunks: string[] = [];
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) chunks.push(chunk.value);
    expect(chunks.length).toBe(4); // the header, then one chunk per batch of 1,000
    expect(chunks.join("")).toBe(await exportCsv(d, "contacts"));

    const abandoned = exportCsvStream(d, "contacts").getReader();
    expect((await abandoned.read()).value).toMatch(/^\uFEFFFirst name,/);
    await abandoned.cancel();
    // The read transaction ended with the download: the database answers the next export (on the
    // embedded database, a transaction left open would hold its only connection).
    expect(parse(await exportCsv(d, "contacts"))).toHaveLength(2_500);
  });
});
