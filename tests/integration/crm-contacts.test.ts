import { beforeAll, describe, expect, it } from "vitest";
import { createContact, deleteContact, getContact, moveContactToStage, updateContact } from "@/lib/crm/contacts/contacts";
import type { ContactFormValues } from "@/lib/crm/contacts/contact-input";
import { readContactFilters } from "@/lib/crm/contacts/contact-filters";
import { PAGE_SIZE } from "@/lib/crm/contacts/list-contacts";
import { pagePlanFitsEveryAgent } from "@/lib/crm/contacts/contact-list-sql";
import { listContacts } from "@/lib/crm/contacts/contacts-view";
import { suggestContacts } from "@/lib/crm/contacts/search-contacts";
import { getContactPage } from "@/lib/crm/contacts/contact-page";
import { getPipelineBoard } from "@/lib/crm/contacts/pipeline-board";
import { toBoardCardColumns } from "@/lib/crm/contacts/board-cards";
import { mergeContacts } from "@/lib/crm/contacts/duplicates";
import { addNote, listTimeline, logCall } from "@/lib/crm/timeline";
import { completeTask, createTask } from "@/lib/crm/tasks";
import { installTestDatabase } from "../support/db";

const db = await installTestDatabase();

const blank: ContactFormValues = {
  firstName: "", lastName: "", company: "", street: "", city: "", region: "", postalCode: "", stage: "", source: "", intent: "",
  priceMin: "", priceMax: "", targetAreas: "", timeframe: "", birthday: "", homeAnniversary: "", nextFollowUp: "",
  doNotCall: false, doNotText: false, doNotEmail: false, tags: "", emails: [], phones: [], primaryEmail: 0, primaryPhone: 0,
};
const values = (over: Partial<ContactFormValues>): ContactFormValues => ({ ...blank, ...over });

let agentA = "";
let agentB = "";
beforeAll(async () => {
  agentA = (await db.prisma.user.create({ data: { name: "Agent A", email: "crm-a@example.com", timeZone: "America/Chicago" } })).id;
  agentB = (await db.prisma.user.create({ data: { name: "Agent B", email: "crm-b@example.com" } })).id;
});

async function create(userId: string, over: Partial<ContactFormValues>) {
  const result = await createContact(userId, values(over));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.id;
}

describe("contacts", () => {
  it("creates a contact with E.164 phones, normalised emails, tags, and a timeline entry", async () => {
    const id = await create(agentA, {
      firstName: " Maria ", lastName: "Lopez", emails: ["Maria@Example.COM", ""], phones: ["(512) 555-0123", "+44 20 7946 0958"], primaryPhone: 1,
      tags: "vip, Buyer 2027, vip", priceMin: "$450k", priceMax: "600,000", nextFollowUp: "2026-12-01", source: "ZILLOW", intent: "BUYER",
    });
    const contact = await getContact(agentA, id);
    expect(contact).toMatchObject({
      name: "Maria Lopez", source: "ZILLOW", intent: "BUYER", stage: "NEW", priceMin: 450000, priceMax: 600000,
      emails: [{ email: "maria@example.com", isPrimary: true }],
      tags: ["Buyer 2027", "vip"],
    });
    expect(contact!.phones).toEqual([
      { phone: "+442079460958", display: "+44 20 7946 0958", isPrimary: true },
      { phone: "+15125550123", display: "(512) 555-0123", isPrimary: false },
    ]);
    // Agent A is in Chicago: the follow-up day starts at 06:00 UTC.
    expect(contact!.nextFollowUpAt?.toISOString()).toBe("2026-12-01T06:00:00.000Z");
    const timeline = await listTimeline(agentA, id);
    expect(timeline.items.map((i) => i.type)).toEqual(["CONTACT_CREATED"]);
  });

  it("reads back every field as stored: calendar days, price range, target areas, flags, channel order", async () => {
    const id = await create(agentA, {
      firstName: "Dana", lastName: "Field", birthday: "1985-02-28", homeAnniversary: "2019-07-01", priceMin: "300000", priceMax: "450000",
      targetAreas: "Hyde Park, Mueller", timeframe: "3-6 months", street: "1 Elm St", city: "Austin", region: "TX", postalCode: "78701",
      doNotText: true, emails: ["b@field.example", "a@field.example"], primaryEmail: 1, phones: ["512-555-0170"], tags: "b, a",
    });
    const contact = await getContact(agentA, id);
    const stored = await db.prisma.contact.findUniqueOrThrow({ where: { id } });
    const { searchText: _s, userId: _u, updatedAt: _t, ...fields } = stored;
    expect(contact).toMatchObject({ ...fields, tags: ["a", "b"], emails: [{ email: "a@field.example", isPrimary: true }, { email: "b@field.example", isPrimary: false }] });
    expect(contact!.birthday!.toISOString()).toBe("1985-02-28T00:00:00.000Z");
    expect(contact!.targetAreas).toEqual(["Hyde Park", "Mueller"]);
    expect(contact!.phones).toEqual([{ phone: "+15125550170", display: "(512) 555-0170", isPrimary: true }]);
  });

  it("answers bad input with field errors and stores nothing", async () => {
    const before = await db.prisma.contact.count();
    const result = await createContact(agentA, values({
      firstName: "", emails: ["not-an-email"], phones: ["12"], priceMin: "-5", priceMax: "lots", birthday: "2026-02-30",
      nextFollowUp: "tomorrow", stage: "WON", lastName: "x".repeat(10_000),
    }));
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ errors: { firstName: expect.any(String), "email.0": expect.any(String), "phone.0": expect.any(String), priceMin: expect.any(String), priceMax: expect.any(String), birthday: expect.any(String), nextFollowUp: expect.any(String), stage: expect.any(String), lastName: expect.any(String) } });
    expect(await db.prisma.contact.count()).toBe(before);
  });

  it("keeps SQL and HTML payloads as plain text", async () => {
    const id = await create(agentA, { firstName: "Robert'); DROP TABLE \"Contact\";--", lastName: "<script>alert(1)</script>" });
    expect((await getContact(agentA, id))!.name).toBe("Robert'); DROP TABLE \"Contact\";-- <script>alert(1)</script>");
  });

  it("records a stage change on the timeline, from the form and from the board", async () => {
    const id = await create(agentA, { firstName: "Stage", lastName: "Mover" });
    const updated = await updateContact(agentA, id, values({ firstName: "Stage", lastName: "Mover", stage: "CONNECTED" }));
    expect(updated.ok).toBe(true);
    expect(await moveContactToStage(agentA, id, "UNDER_CONTRACT")).toBe(true);
    const items = (await listTimeline(agentA, id)).items;
    expect(items.map((i) => i.summary)).toEqual(["Moved from Connected to Under contract", "Moved from New to Connected", "Contact created"]);
  });

  it("treats another agent's contact as not found, and changes nothing", async () => {
    const id = await create(agentA, { firstName: "Private", lastName: "Person", phones: ["512-555-0199"] });
    const before = await db.prisma.contact.findUniqueOrThrow({ where: { id } });
    expect(await getContact(agentB, id)).toBeNull();
    expect(await getContactPage(agentB, id)).toBeNull();
    expect(await updateContact(agentB, id, values({ firstName: "Hacked" }))).toEqual({ ok: false, notFound: true });
    expect(await moveContactToStage(agentB, id, "LOST")).toBe(false);
    expect(await addNote(agentB, id, "sneaky")).toEqual({ ok: false, notFound: true });
    expect(await logCall(agentB, id, { outcome: "Connected", notes: "" })).toEqual({ ok: false, notFound: true });
    expect(await createTask(agentB, { title: "x", due: "", priority: "", recurrence: "", contactId: id })).toEqual({ ok: false, notFound: true });
    expect(await deleteContact(agentB, id)).toBe(false);
    expect((await listTimeline(agentB, id)).items).toEqual([]);
    expect(await db.prisma.contact.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await db.prisma.activity.count({ where: { contactId: id } })).toBe(1);
  });

  it("deletes a contact with its timeline, keeping its tasks unlinked", async () => {
    const id = await create(agentA, { firstName: "Gone", lastName: "Soon" });
    const task = await createTask(agentA, { title: "Call Gone", due: "", priority: "HIGH", recurrence: "", contactId: id });
    expect(await deleteContact(agentA, id)).toBe(true);
    expect(await getContact(agentA, id)).toBeNull();
    expect(await db.prisma.activity.count({ where: { contactId: id } })).toBe(0);
    expect((await db.prisma.task.findUniqueOrThrow({ where: { id: (task as { id: string }).id } })).contactId).toBeNull();
  });
});

describe("contact list and search", () => {
  beforeAll(async () => {
    for (let i = 0; i < 120; i++) {
      await create(agentB, { firstName: `Lead${String(i).padStart(3, "0")}`, lastName: i % 2 ? "Odd" : "Even", stage: i % 3 ? "NEW" : "NURTURE", source: i % 4 ? "ZILLOW" : "REFERRAL", tags: i % 5 ? "" : "hot" });
    }
    await create(agentB, { firstName: "Jonathan", lastName: "Whitfield", emails: ["jw@brightmail.example"], phones: ["(737) 555-0100"], city: "Round Rock", street: "12 Oak Hollow Dr" });
    const withNote = await create(agentB, { firstName: "Nora", lastName: "Quill" });
    await addNote(agentB, withNote, "Wants a porch swing and a detached garage");
    // Agent A has a look-alike who must never show up for B.
    await create(agentA, { firstName: "Jonathan", lastName: "Whitfield", phones: ["(737) 555-0100"] });
  });

  it("pages through every row once with a cursor, in order", async () => {
    const filters = readContactFilters({ sort: "name" });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page = await listContacts(agentB, filters, after);
      expect(page.rows.length).toBeLessThanOrEqual(PAGE_SIZE);
      seen.push(...page.rows.map((r) => r.name));
      after = page.next;
    } while (after);
    expect(seen).toHaveLength(122);
    expect(new Set(seen).size).toBe(122);
    expect(seen).toEqual([...seen].sort((a, b) => a.split(" ").reverse().join(" ").localeCompare(b.split(" ").reverse().join(" "))));
  });

  it("pages with nullable sort keys (next follow-up, nulls last) without skipping rows", async () => {
    const filters = readContactFilters({ sort: "followUp" });
    const ids = new Set<string>();
    let after: string | null = null;
    do {
      const page = await listContacts(agentB, filters, after);
      page.rows.forEach((r) => ids.add(r.id));
      after = page.next;
    } while (after);
    expect(ids.size).toBe(122);
  });

  it("filters by stage, source, tag and missing follow-up", async () => {
    const page = await listContacts(agentB, readContactFilters({ stage: "NURTURE", source: "REFERRAL", tag: "hot", noFollowUp: "1" }));
    expect(page.rows.length).toBeGreaterThan(0);
    for (const row of page.rows) expect(row).toMatchObject({ stage: "NURTURE", source: "REFERRAL", tags: ["hot"] });
  });


  it("keeps the first page by name exact, call after call and agent after agent, when its plan is reused", async () => {
    const nurture = readContactFilters({ stage: "NURTURE", sort: "name" });
    expect(pagePlanFitsEveryAgent(nurture, null)).toBe(true);
    // Anything whose best plan depends on how many contacts match is planned with its values.
    expect(pagePlanFitsEveryAgent(nurture, "cursor")).toBe(false);
    expect(pagePlanFitsEveryAgent(readContactFilters({ stage: "NURTURE", sort: "newest" }), null)).toBe(false);
    expect(pagePlanFitsEveryAgent(readContactFilters({ stage: "NURTURE,NEW", sort: "name" }), null)).toBe(false);
    expect(pagePlanFitsEveryAgent(readContactFilters({ stage: "NURTURE", sort: "name", tag: "hot" }), null)).toBe(false);
    expect(pagePlanFitsEveryAgent(readContactFilters({ sort: "name" }), null)).toBe(true);
    expect(pagePlanFitsEveryAgent(readContactFilters({ sort: "name", source: "ZILLOW" }), null)).toBe(false);

    const expected = (await db.prisma.contact.findMany({
      where: { userId: agentB, stage: "NURTURE" }, orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }], take: PAGE_SIZE, select: { id: true },
    })).map((c) => c.id);
    expect(expected.length).toBeGreaterThan(10);
    // More than five calls: PostgreSQL switches a prepared statement to its generic plan after five.
    for (let call = 0; call < 8; call++) {
      expect((await listContacts(agentB, nurture)).rows.map((r) => r.id)).toEqual(expected);
      expect((await listContacts(agentA, nurture)).rows).toEqual([]);
    }
    // All contacts by name (the list's default view) reuses its plan the same way.
    const everyone = readContactFilters({ sort: "name" });
    const firstByName = (await db.prisma.contact.findMany({
      where: { userId: agentB }, orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }], take: PAGE_SIZE, select: { id: true },
    })).map((c) => c.id);
    for (let call = 0; call < 7; call++) {
      expect((await listContacts(agentB, everyone)).rows.map((r) => r.id)).toEqual(firstByName);
    }
  });
  it("finds by partial name, typo, email, phone in any format, address and note text — only the agent's own", async () => {
    const names = async (q: string) => (await suggestContacts(agentB, q)).map((s) => s.name);
    expect(await names("whitf")).toEqual(["Jonathan Whitfield"]);
    expect(await names("jonathn whitfeld")).toContain("Jonathan Whitfield");
    expect(await names("brightmail")).toEqual(["Jonathan Whitfield"]);
    expect(await names("737-555-0100")).toEqual(["Jonathan Whitfield"]);
    expect(await names("(737) 5550100")).toEqual(["Jonathan Whitfield"]);
    expect(await names("+1 737 555 0100")).toEqual(["Jonathan Whitfield"]);
    expect(await names("oak hollow")).toEqual(["Jonathan Whitfield"]);
    expect(await names("porch swing")).toEqual(["Nora Quill"]);
    expect(await names("%")).toEqual([]); // LIKE wildcards are searched for, not obeyed
    expect(await names("_")).toEqual([]);
    expect(await names("")).toEqual([]);
    const list = await listContacts(agentB, readContactFilters({ q: "whitfield" }));
    expect(list.rows.map((r) => r.name)).toEqual(["Jonathan Whitfield"]);
    expect(list.rows[0]!.phone).toBe("(737) 555-0100");
  });

  it("shows each row's primary email and phone, sorted tags and dates; another agent's IDs yield nothing", async () => {
    const id = await create(agentB, {
      firstName: "Row", lastName: "Shape", emails: ["first@row.example", "second@row.example"], phones: ["512-555-0190", "512-555-0191"],
      tags: "zeta, alpha", nextFollowUp: "2026-12-01",
    });
    const [row] = (await listContacts(agentB, readContactFilters({ q: "row shape" }))).rows;
    expect(row).toMatchObject({ id, name: "Row Shape", email: "first@row.example", phone: "(512) 555-0190", tags: ["alpha", "zeta"], stage: "NEW" });
    expect(row!.nextFollowUpAt).toBeInstanceOf(Date);
    expect(row!.createdAt).toBeInstanceOf(Date);
    // The same search by agent A, who owns a different Whitfield, never returns B's rows.
    const theirs = await listContacts(agentA, readContactFilters({ q: "row shape" }));
    expect(theirs.rows).toEqual([]);
    const board = await getPipelineBoard(agentA);
    expect(board.flatMap((c) => c.cards).map((c) => c.id)).not.toContain(id);
  });

  it("ranks substring matches first: a page full of them leaves typo matches out, fewer let them in", async () => {
    const agent = (await db.prisma.user.create({ data: { name: "Agent S", email: "crm-s@example.com" } })).id;
    for (const last of ["Quimby", "Quimbey", "Quimbo", "Quimbyson"]) await create(agent, { firstName: "Pat", lastName: last });
    // Two contain "quimby"; "Quimbey" and "Quimbo" are only near it.
    expect((await suggestContacts(agent, "quimby", 2)).map((s) => s.name)).toEqual(["Pat Quimby", "Pat Quimbyson"]);
    const five = (await suggestContacts(agent, "quimby", 5)).map((s) => s.name);
    expect(five.slice(0, 2)).toEqual(["Pat Quimby", "Pat Quimbyson"]);
    expect(five).toContain("Pat Quimbey");
  });

  it("lists names that start with the term first, alphabetically as matched, then fills from substrings and notes", async () => {
    const agent = (await db.prisma.user.create({ data: { name: "Agent N", email: "crm-n@example.com" } })).id;
    for (const [firstName, lastName] of [["Zed", "Whitfield"], ["Carl", "Outwhite"], ["Amy", "Whitaker"], ["Whit", "Adams"], ["Bo", "Whitfield"]]) {
      await create(agent, { firstName, lastName });
    }
    const noted = await create(agent, { firstName: "Dee", lastName: "Note" });
    await addNote(agent, noted, "Back from the whitsunday islands in May");
    const names = async (q: string, limit?: number) => (await suggestContacts(agent, q, limit)).map((s) => s.name);
    // "whit adams" (first name first) sorts before "whitaker amy" (last name first): a space is low.
    expect(await names("whit")).toEqual(["Whit Adams", "Amy Whitaker", "Bo Whitfield", "Zed Whitfield", "Carl Outwhite", "Dee Note"]);
    expect(await names("whit", 2)).toEqual(["Whit Adams", "Amy Whitaker"]);
    // Last name first works too; near misses (the other Whitfield) may follow, never lead.
    expect((await names("  WHITFIELD   zed "))[0]).toBe("Zed Whitfield");
    expect((await names("bo whit"))[0]).toBe("Bo Whitfield");
    expect(await names("wh", 3)).toEqual(["Whit Adams", "Amy Whitaker", "Bo Whitfield"]);
    // A name matched both ways is listed once.
    const twice = await create(agent, { firstName: "Whitney", lastName: "Whitney" });
    const ids = (await suggestContacts(agent, "whitney")).map((s) => s.id);
    expect(ids[0]).toBe(twice);
    expect(ids.filter((id) => id === twice)).toHaveLength(1);
  });

  it("marks matches found only as a near spelling, and lists them after those that contain the term", async () => {
    const agent = (await db.prisma.user.create({ data: { name: "Agent G", email: "crm-similar@example.com" } })).id;
    const ana = await create(agent, { firstName: "Ana", lastName: "Garcia", phones: ["(512) 555-0177"] });
    const luis = await create(agent, { firstName: "Luis", lastName: "Garcia" });
    const noted = await create(agent, { firstName: "Ben", lastName: "Ortiz" });
    await addNote(agent, noted, "Lives on Grcia Lane, mind the spelling");
    const found = async (q: string) => (await suggestContacts(agent, q)).map((s) => [s.id, s.similar]);
    // The note holds "grcia" itself, so Ben leads; both Garcias are near spellings.
    expect(await found("grcia")).toEqual([[noted, false], [ana, true], [luis, true]]);
    expect(await found("garc")).toEqual([[ana, false], [luis, false]]);
    expect(await found("garcia ana")).toEqual([[ana, false], [luis, true]]);
    expect(await found("512 555 0177")).toEqual([[ana, false]]);
  });

  it("lists the first contacts by name when a misspelling matches a name many of them share", async () => {
    const agent = (await db.prisma.user.create({ data: { name: "Agent M", email: "crm-many@example.com" } })).id;
    const firstNames = ["Lena", "Abe", "Kai", "Cy", "Ines", "Bo", "Jo", "Eli", "Hal", "Dee", "Gus", "Fay"];
    for (const firstName of firstNames) await create(agent, { firstName, lastName: "Garcia" });
    await create(agent, { firstName: "Grace", lastName: "Wu" });
    const found = await suggestContacts(agent, "grcia", 5);
    // Every Garcia is as near as the others: the first five by first name, all marked as near spellings.
    expect(found.map((s) => s.name)).toEqual([...firstNames].sort().slice(0, 5).map((f) => `${f} Garcia`));
    expect(found.every((s) => s.similar)).toBe(true);
    // Two misspelt words are corrected together: "abe garcia" leads.
    expect((await suggestContacts(agent, "abe grcia"))[0]!.name).toBe("Abe Garcia");
    expect((await suggestContacts(agent, "grcia abe"))[0]!.name).toBe("Abe Garcia");
  });

  it("shows each suggestion's primary email, company and city, in the order found, and nothing of another agent's", async () => {
    const agent = (await db.prisma.user.create({ data: { name: "Agent D", email: "crm-detail@example.com" } })).id;
    const other = (await db.prisma.user.create({ data: { name: "Agent E", email: "crm-detail-other@example.com" } })).id;
    await create(agent, {
      firstName: "Odile", lastName: "Quennell", company: "Quennell Realty", city: "Austin",
      emails: ["odile@work.example", "odile@home.example"], primaryEmail: 1,
    });
    await create(agent, { firstName: "Otto", lastName: "Quennell" });
    await create(other, { firstName: "Olga", lastName: "Quennell", emails: ["olga@other.example"], city: "Dallas" });
    const found = await suggestContacts(agent, "quennell");
    expect(found.map((s) => [s.name, s.detail])).toEqual([
      ["Odile Quennell", "odile@home.example · Quennell Realty · Austin"],
      ["Otto Quennell", ""],
    ]);
    expect(found.every((s) => !s.similar)).toBe(true);
  });

  it("keeps each agent's name vocabulary exact: names join with their contacts and leave with the last of them", async () => {
    const agent = (await db.prisma.user.create({ data: { name: "Agent V", email: "crm-vocab@example.com" } })).id;
    const words = async (userId: string) =>
      (await db.prisma.contactNameWord.findMany({ where: { userId }, orderBy: { word: "asc" } })).map((w) => w.word);
    const quorra = await create(agent, { firstName: "Quorra", lastName: "Zyx" });
    const ann = await create(agent, { firstName: "Ann", lastName: "Zyx2" }); // trailing digits are not part of the word
    expect(await words(agent)).toEqual(["ann", "quorra", "zyx"]);
    expect((await suggestContacts(agent, "qorra")).map((s) => s.id)).toEqual([quorra]);

    // Renamed: the new name joins; the old one leaves, since no other contact has it.
    await updateContact(agent, quorra, values({ firstName: "Ria", lastName: "Zyx" }));
    expect(await words(agent)).toEqual(["ann", "ria", "zyx"]);
    expect(await suggestContacts(agent, "qorra")).toEqual([]);
    // Deleted: Ann's first name leaves; "zyx" stays while Ria has it.
    await deleteContact(agent, ann);
    expect(await words(agent)).toEqual(["ria", "zyx"]);

    // Another agent's identical names are theirs: untouched, and never suggested across.
    const other = await create(agentA, { firstName: "Ria", lastName: "Zyx" });
    await deleteContact(agent, quorra);
    expect(await words(agent)).toEqual([]);
    expect(await words(agentA)).toEqual(expect.arrayContaining(["ria", "zyx"]));
    expect((await suggestContacts(agentA, "rria zyx")).map((s) => s.id)).toEqual([other]);
    expect(await suggestContacts(agent, "rria zyx")).toEqual([]);
  });

  it("finds a complete phone number in any format exactly, and partial digits as a substring", async () => {
    const agent = (await db.prisma.user.create({ data: { name: "Agent T", email: "crm-phones@example.com" } })).id;
    const first = await create(agent, { firstName: "Pia", lastName: "Phone", phones: ["(512) 555-0142"] });
    const second = await create(agent, { firstName: "Pete", lastName: "Phone", phones: ["512-555-0143", "+44 20 7946 0958"] });
    await create(agentA, { firstName: "Other", lastName: "Agent", phones: ["512 555 0142"] });
    const ids = async (userId: string, q: string) => (await suggestContacts(userId, q)).map((s) => s.id).sort();
    for (const q of ["512.555.0142", "+1 (512) 555-0142", "15125550142", "5125550142"]) expect(await ids(agent, q)).toEqual([first]);
    expect(await ids(agent, "+44 20 7946 0958")).toEqual([second]);
    expect(await ids(agent, "555014")).toEqual([first, second].sort());
    expect(await ids(agent, "5125550199")).toEqual([]);
    // Agent A's contact shares the number but is A's alone.
    const theirs = await ids(agentA, "5125550142");
    expect(theirs).toHaveLength(1);
    expect(theirs).not.toContain(first);
  });

  it("matches one- and two-letter terms at the start of a word only", async () => {
    const agent = (await db.prisma.user.create({ data: { name: "Agent W", email: "crm-w@example.com" } })).id;
    const joanna = await create(agent, { firstName: "Joanna", lastName: "Reyes" });
    const major = await create(agent, { firstName: "Ella", lastName: "Major" });
    const noted = await create(agent, { firstName: "Ben", lastName: "Ortiz" });
    await addNote(agent, noted, "Likes jogging");
    const ids = async (q: string) => (await suggestContacts(agent, q)).map((s) => s.id).sort();
    expect(await ids("jo")).toEqual([joanna]); // not "majOr", not the note
    expect(await ids("Ma")).toEqual([major]);
    expect(await ids("r")).toEqual([joanna]); // Reyes; the r in "Major" and "Ortiz" starts no word
    expect(await ids("e")).toEqual([major]); // Ella
    expect(await ids("jog")).toContain(noted); // three letters: note text (and typo matches) again
  });

  it("keeps the search text current when phones change", async () => {
    const id = await create(agentB, { firstName: "Phone", lastName: "Changer", phones: ["512-555-0777"] });
    expect((await suggestContacts(agentB, "5125550777")).map((s) => s.id)).toEqual([id]);
    await updateContact(agentB, id, values({ firstName: "Phone", lastName: "Changer", phones: ["512-555-0888"] }));
    expect(await suggestContacts(agentB, "5125550777")).toEqual([]);
    expect((await suggestContacts(agentB, "512 555 0888")).map((s) => s.id)).toEqual([id]);
  });

  describe("every sort pages exactly like the database's own order", () => {
    // An agent whose rows tie on every sort key and leave dates empty, so the ID tie-breaker and
    // the nulls-last rules decide; Prisma's orderBy is the independent reference.
    let agentP = "";
    const stamps = [null, new Date("2026-05-01T12:00:00Z"), new Date("2026-06-01T12:00:00Z")];
    beforeAll(async () => {
      agentP = (await db.prisma.user.create({ data: { name: "Agent P", email: "crm-p@example.com", timeZone: "America/Los_Angeles" } })).id;
      await db.prisma.contact.createMany({
        data: Array.from({ length: 130 }, (_, i) => ({
          userId: agentP, firstName: `P${i % 7}`, lastName: i % 2 ? "Same" : "Also",
          nextFollowUpAt: stamps[i % 3], lastContactedAt: stamps[(i + 1) % 3], createdAt: stamps[1 + (i % 2)]!, updatedAt: stamps[2 - (i % 2)]!,
        })),
      });
    });
    const reference = {
      name: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
      newest: [{ createdAt: "desc" }, { id: "desc" }],
      updated: [{ updatedAt: "desc" }, { id: "desc" }],
      followUp: [{ nextFollowUpAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      lastContacted: [{ lastContactedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    } as const;

    it.each(Object.keys(reference).map((sort) => [sort]))("%s", async (sort) => {
      const expected = (await db.prisma.contact.findMany({
        where: { userId: agentP }, orderBy: reference[sort as keyof typeof reference] as never, select: { id: true },
      })).map((c) => c.id);
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page = await listContacts(agentP, readContactFilters({ sort }), after);
        seen.push(...page.rows.map((r) => r.id));
        after = page.next;
      } while (after);
      expect(seen).toEqual(expected);
    });

    it("filters last contacted by the agent's own days, and a cursor from another agent yields nothing", async () => {
      // 2026-05-01 12:00 UTC is 05:00 that day in Los Angeles; the range May 1–May 1 holds it.
      const may = await listContacts(agentP, readContactFilters({ contactedFrom: "2026-05-01", contactedTo: "2026-05-01", sort: "updated" }));
      expect(may.rows.length).toBe(await db.prisma.contact.count({ where: { userId: agentP, lastContactedAt: stamps[1] } }));
      expect(may.rows.every((r) => r.lastContactedAt?.toISOString() === stamps[1]!.toISOString())).toBe(true);
      const none = await listContacts(agentP, readContactFilters({ contactedFrom: "2026-05-02", contactedTo: "2026-05-31" }));
      expect(none.rows).toEqual([]);
      const foreign = (await db.prisma.contact.findFirstOrThrow({ where: { userId: agentB } })).id;
      expect(await listContacts(agentP, readContactFilters({}), foreign)).toMatchObject({ rows: [], next: null });
    });
  });

  it("builds the pipeline board with counts per stage", async () => {
    const board = await getPipelineBoard(agentB);
    expect(board.map((c) => c.stage)).toHaveLength(9);
    expect(board.find((c) => c.stage === "NURTURE")!.count).toBe(40);
    const nurture = board.find((c) => c.stage === "NURTURE")!.cards;
    expect(nurture.length).toBeGreaterThan(0);
    for (const card of nurture) expect(card.stage).toBe("NURTURE");
    expect(board.reduce((n, c) => n + c.count, 0)).toBe(await db.prisma.contact.count({ where: { userId: agentB } }));
    // What the board sends to the browser: per card its ID, name and one line of detail.
    const id = await create(agentB, { firstName: "Card", lastName: "Shape", source: "ZILLOW", phones: ["512-555-0161"], emails: ["card@shape.example"] });
    const card = toBoardCardColumns(await getPipelineBoard(agentB)).find((c) => c.stage === "NEW")!.cards.find((c) => c.id === id);
    expect(card).toEqual({ id, name: "Card Shape", detail: "Zillow · (512) 555-0161" });
  });
});

describe("pipeline totals", () => {
  // What the board and dashboard read (ContactStageTotal, kept by triggers) against a count of the
  // contacts themselves.
  const totals = async (userId: string) =>
    (await db.prisma.$queryRaw<{ stage: string; count: number; value: number }[]>`
      SELECT stage::text AS stage, sum(count)::int AS count, sum(value)::float8 AS value FROM "ContactStageTotal"
      WHERE "userId" = ${userId} GROUP BY stage HAVING sum(count) <> 0 ORDER BY stage`);
  const counted = async (userId: string) =>
    (await db.prisma.$queryRaw<{ stage: string; count: number; value: number }[]>`
      SELECT stage::text AS stage, count(*)::int AS count, sum(COALESCE("priceMax", "priceMin", 0))::float8 AS value FROM "Contact"
      WHERE "userId" = ${userId} GROUP BY stage ORDER BY stage`);

  it("stay exact through creates, moves, price edits, merges, deletes and bulk inserts, folding as they grow", async () => {
    const agent = (await db.prisma.user.create({ data: { name: "Agent T", email: "crm-totals@example.com" } })).id;
    const neighbour = await totals(agentA);
    const one = await create(agent, { firstName: "One", lastName: "Total", priceMin: "300000", priceMax: "400000" });
    const two = await create(agent, { firstName: "Two", lastName: "Total", priceMin: "250000" });
    expect(await totals(agent)).toEqual([{ stage: "NEW", count: 2, value: 650_000 }]);

    await moveContactToStage(agent, one, "CONNECTED");
    await updateContact(agent, two, values({ firstName: "Two", lastName: "Total", priceMin: "250000", priceMax: "275000", stage: "NURTURE" }));
    expect(await totals(agent)).toEqual([
      { stage: "CONNECTED", count: 1, value: 400_000 },
      { stage: "NURTURE", count: 1, value: 275_000 },
    ]);

    // Seventy single-row statements, then one of 500 rows: the rows are folded as they pass 64.
    for (let i = 0; i < 70; i++) await db.prisma.contact.create({ data: { userId: agent, firstName: "Row", lastName: `${i}`, stage: i % 2 ? "LOST" : "NEW", priceMax: 1000 * i } });
    await db.prisma.contact.createMany({ data: Array.from({ length: 500 }, (_, i) => ({ userId: agent, firstName: "Bulk", lastName: `${i}`, stage: "ACTIVE_CLIENT" as const, priceMin: 100 })) });
    const dup = await create(agent, { firstName: "One", lastName: "Total", priceMax: "999" });
    expect(await mergeContacts(agent, one, dup)).toBe(true);
    await deleteContact(agent, two);
    expect(await totals(agent)).toEqual(await counted(agent));
    expect(await db.prisma.contactStageTotal.count({ where: { userId: agent } })).toBeLessThanOrEqual(64 + 9);
    // Another agent's totals did not move.
    expect(await totals(agentA)).toEqual(neighbour);
  });
});

describe("timeline and tasks", () => {
  it("logs calls (updating last contacted), notes, and completed tasks; a weekly task comes back", async () => {
    const id = await create(agentA, { firstName: "Time", lastName: "Line" });
    expect(await logCall(agentA, id, { outcome: "Left voicemail", notes: "Call back Friday" })).toEqual({ ok: true });
    expect(await logCall(agentA, id, { outcome: "Made up", notes: "" })).toMatchObject({ ok: false });
    expect(await addNote(agentA, id, "   ")).toMatchObject({ ok: false, error: "Write something first." });
    expect(await addNote(agentA, id, "Prefers texts")).toEqual({ ok: true });
    const task = await createTask(agentA, { title: "Send comps", due: "2026-12-04", priority: "HIGH", recurrence: "FREQ=WEEKLY", contactId: id });
    expect(task.ok).toBe(true);
    expect(await completeTask(agentA, (task as { id: string }).id)).toBe(true);
    expect(await completeTask(agentA, (task as { id: string }).id)).toBe(false);

    const page = await getContactPage(agentA, id);
    expect(page!.contact.lastContactedAt).not.toBeNull();
    expect(page!.timeline.items.map((i) => i.type)).toEqual(["TASK_COMPLETED", "NOTE", "CALL", "CONTACT_CREATED"]);
    expect(page!.tasks).toHaveLength(1);
    expect(page!.tasks[0]!.dueAt!.toISOString()).toBe("2026-12-11T06:00:00.000Z");
  });

  it("pages a long timeline", async () => {
    const id = await create(agentA, { firstName: "Busy", lastName: "Bee" });
    await db.prisma.activity.createMany({
      data: Array.from({ length: 130 }, (_, i) => ({ userId: agentA, contactId: id, type: "CALL" as const, summary: `Call ${i}`, occurredAt: new Date(Date.UTC(2026, 0, 1, 0, i)) })),
    });
    const first = await listTimeline(agentA, id);
    const second = await listTimeline(agentA, id, first.next);
    const third = await listTimeline(agentA, id, second.next);
    expect([first.items.length, second.items.length, third.items.length]).toEqual([50, 50, 31]);
    expect(third.next).toBeNull();
    expect(first.items[0]!.summary).toBe("Contact created");
    expect(first.items[1]!.summary).toBe("Call 129");
  });
});
