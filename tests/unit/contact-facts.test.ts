import { describe, expect, it } from "vitest";
import type { ContactDetail } from "@/lib/crm/contacts/contacts";
import { toContactFacts } from "@/lib/crm/contacts/contact-facts";
import { toOpenTaskLines } from "@/lib/crm/task-lines";

const base: ContactDetail = {
  id: "c1", firstName: "Maria", lastName: "Lopez", name: "Maria Lopez", company: null, stage: "NEW", source: "ZILLOW", intent: "BUYER",
  priceMin: null, priceMax: null, targetAreas: [], timeframe: null, street: null, city: null, region: null, postalCode: null,
  birthday: null, homeAnniversary: null, nextFollowUpAt: null, lastContactedAt: null, doNotCall: false, doNotText: false, doNotEmail: false,
  createdAt: new Date("2026-01-01T00:00:00Z"), emails: [], phones: [], tags: [],
};

describe("toContactFacts", () => {
  it("shows what is known, in the agent's zone, and leaves out what is not", () => {
    const facts = toContactFacts({
      ...base,
      priceMin: 450_000, priceMax: 1_200_000, targetAreas: ["Austin", "Round Rock"], street: "12 Elm St", city: "Austin", region: "TX", postalCode: "78701",
      // 03:30 UTC on 8 March is still 7 March in Chicago; calendar days stay as stored.
      nextFollowUpAt: new Date("2026-03-08T03:30:00Z"), lastContactedAt: new Date("2026-03-08T03:30:00Z"), birthday: new Date("1980-03-08T00:00:00Z"),
      doNotCall: true, doNotEmail: true,
      emails: [{ email: "m@example.com", isPrimary: true }, { email: "maria@work.example", isPrimary: false }],
      phones: [{ phone: "+15125550100", display: "(512) 555-0100", isPrimary: true }],
    }, "America/Chicago");
    expect(facts).toMatchObject({
      doNotContact: "calls, email",
      emails: [{ email: "m@example.com", primary: true }, { email: "maria@work.example", primary: false }],
      // One phone: no "(primary)" mark.
      phones: [{ phone: "+15125550100", display: "(512) 555-0100", primary: false }],
      source: "Zillow", intent: "Buyer",
      price: "$450,000 – $1,200,000", areas: "Austin, Round Rock", address: "12 Elm St Austin, TX 78701",
      nextFollowUp: "Sat, Mar 7, 2026", lastContacted: "Mar 7, 2026", birthday: "March 8, 1980", homeAnniversary: null,
    });
  });

  it("says what is missing in words", () => {
    expect(toContactFacts(base, "UTC")).toMatchObject({ doNotContact: null, price: null, areas: null, address: null, nextFollowUp: "Not set", lastContacted: "Never", birthday: null });
    expect(toContactFacts({ ...base, priceMin: 300_000 }, "UTC").price).toBe("From $300,000");
    expect(toContactFacts({ ...base, priceMax: 300_000 }, "UTC").price).toBe("Up to $300,000");
  });
});

describe("toOpenTaskLines", () => {
  it("puts due date, priority and repetition on one line", () => {
    const task = { id: "t1", title: "Call back", dueAt: new Date("2026-03-08T03:30:00Z"), priority: "HIGH" as const, recurrence: "FREQ=WEEKLY", completedAt: null, contactId: "c1" };
    expect(toOpenTaskLines([task], "America/Chicago")).toEqual([{ id: "t1", title: "Call back", detail: "Due Sat, Mar 7 · High priority · repeats" }]);
    expect(toOpenTaskLines([{ ...task, dueAt: null, priority: "NORMAL", recurrence: null }], "UTC")[0]!.detail).toBe("No due date");
  });
});
