import { describe, expect, it } from "vitest";
import { createContact } from "@/lib/crm/contacts/contacts";
import { EMPTY_PROPERTY } from "@/lib/crm/properties/property-input";
import { createProperty, deleteProperty, getProperty, linkContact, listProperties, unlinkContact, updateProperty } from "@/lib/crm/properties/properties";
import { listTimeline } from "@/lib/crm/timeline";
import { installTestDatabase } from "../support/db";

const db = await installTestDatabase();
const home = { ...EMPTY_PROPERTY, street: "12 Oak Hollow Dr", city: "Round Rock", region: "TX", postalCode: "78664", listPrice: "$525,000", beds: "4", baths: "2.5", squareFeet: "2,140", yearBuilt: "1998", photoUrls: "https://photos.example.com/1.jpg\nhttps://photos.example.com/1.jpg" };

describe("properties", () => {
  it("saves a property, links contacts with roles onto their timelines, and keeps it from other agents", async () => {
    const a = (await db.prisma.user.create({ data: { name: "A", email: "prop-a@example.com" } })).id;
    const b = (await db.prisma.user.create({ data: { name: "B", email: "prop-b@example.com" } })).id;
    const created = await createProperty(a, home);
    if (!created.ok) throw new Error(JSON.stringify(created));
    const page = await getProperty(a, created.id);
    expect(page!.property).toMatchObject({ address: "12 Oak Hollow Dr", listPrice: 525000, beds: 4, baths: 2.5, squareFeet: 2140, photoUrls: ["https://photos.example.com/1.jpg"], status: "ACTIVE" });

    const contact = await createContact(a, { firstName: "Sam", lastName: "Seller", company: "", street: "", city: "", region: "", postalCode: "", stage: "", source: "", intent: "", priceMin: "", priceMax: "", targetAreas: "", timeframe: "", birthday: "", homeAnniversary: "", nextFollowUp: "", doNotCall: false, doNotText: false, doNotEmail: false, tags: "", emails: [], phones: [], primaryEmail: 0, primaryPhone: 0 });
    const contactId = (contact as { id: string }).id;
    expect(await linkContact(a, created.id, contactId, "SELLER")).toEqual({ ok: true });
    expect(await linkContact(a, created.id, contactId, "SELLER")).toMatchObject({ ok: false });
    expect(await linkContact(a, created.id, contactId, "OWNER")).toMatchObject({ ok: false });
    expect((await listTimeline(a, contactId)).items[0]!.summary).toBe("Seller of 12 Oak Hollow Dr");
    const linked = (await getProperty(a, created.id))!.property.contacts;
    expect(linked).toEqual([expect.objectContaining({ name: "Sam Seller", role: "SELLER" })]);

    // Agent B: not found everywhere, nothing changes.
    const before = await db.prisma.property.findUniqueOrThrow({ where: { id: created.id } });
    expect(await getProperty(b, created.id)).toBeNull();
    expect(await updateProperty(b, created.id, { ...home, street: "Hacked" })).toEqual({ ok: false, notFound: true });
    expect(await linkContact(b, created.id, contactId, "BUYER")).toMatchObject({ ok: false });
    expect(await unlinkContact(b, linked[0]!.linkId)).toBe(false);
    expect(await deleteProperty(b, created.id)).toBe(false);
    expect((await listProperties(b, { status: "", q: "" })).rows).toEqual([]);
    expect(await db.prisma.property.findUniqueOrThrow({ where: { id: created.id } })).toEqual(before);

    expect((await listProperties(a, { status: "ACTIVE", q: "oak" })).rows.map((r) => r.address)).toEqual(["12 Oak Hollow Dr"]);
    expect((await listProperties(a, { status: "SOLD", q: "" })).rows).toEqual([]);
    expect(await unlinkContact(a, linked[0]!.linkId)).toBe(true);
    expect(await deleteProperty(a, created.id)).toBe(true);
  });

  it("refuses bad input and unsafe photo links with field errors, storing nothing", async () => {
    const a = (await db.prisma.user.create({ data: { name: "C", email: "prop-c@example.com" } })).id;
    const result = await createProperty(a, { ...EMPTY_PROPERTY, street: "", baths: "2.25", yearBuilt: "3020", listPrice: "-1", type: "CASTLE", photoUrls: "http://169.254.169.254/latest" });
    expect(result).toMatchObject({ ok: false, errors: { street: expect.any(String), city: expect.any(String), baths: expect.any(String), yearBuilt: expect.any(String), listPrice: expect.any(String), type: expect.any(String), photoUrls: expect.stringContaining("https") } });
    expect(await db.prisma.property.count({ where: { userId: a } })).toBe(0);
  });
});
