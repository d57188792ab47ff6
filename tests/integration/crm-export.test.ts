import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { createContact } from "@/lib/crm/contacts/contacts";
import { exportCsv } from "@/lib/crm/export/export-data";
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
});
