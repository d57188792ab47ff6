// Builds the demo agent's book of business in memory: deterministic for a given seed (the same
// people, homes and notes every time), with dates placed relative to `today` so the calendar and
// task lists always look current.
import { Faker, base, en, en_US } from "@faker-js/faker";
import type {
  ActivityType,
  AppointmentType,
  ContactIntent,
  LeadSource,
  PipelineStage,
  PropertyStatus,
  PropertyType,
} from "../generated/prisma/enums";

export const DEMO_SEED = 20261122;
const CONTACTS = 300;
const PROPERTIES = 40;
const DAY = 86_400_000;

// Realistic pipeline shape: many new/nurture leads, few under contract.
const STAGE_WEIGHTS: [PipelineStage, number][] = [
  ["NEW", 60], ["ATTEMPTED_CONTACT", 45], ["CONNECTED", 35], ["APPOINTMENT_SET", 20],
  ["ACTIVE_CLIENT", 25], ["UNDER_CONTRACT", 10], ["CLOSED", 25], ["NURTURE", 60], ["LOST", 20],
];
const SOURCE_WEIGHTS: [LeadSource, number][] = [
  ["ZILLOW", 30], ["REALTOR_COM", 15], ["WEBSITE", 15], ["REFERRAL", 15],
  ["OPEN_HOUSE", 8], ["SIGN_CALL", 5], ["SPHERE", 10], ["OTHER", 2],
];
const INTENT_WEIGHTS: [ContactIntent, number][] = [
  ["BUYER", 45], ["SELLER", 20], ["BUYER_AND_SELLER", 10], ["RENTER", 10], ["INVESTOR", 5], ["UNKNOWN", 10],
];
const TAGS = [
  { name: "First-time buyer", color: "#2563eb" },
  { name: "Relocating", color: "#7c3aed" },
  { name: "Pre-approved", color: "#16a34a" },
  { name: "Cash buyer", color: "#ca8a04" },
  { name: "Past client", color: "#0891b2" },
  { name: "VIP", color: "#dc2626" },
  { name: "Investor", color: "#9333ea" },
  { name: "Downsizing", color: "#ea580c" },
];
const AREAS = ["Downtown", "East Austin", "Mueller", "Hyde Park", "Zilker", "Travis Heights", "Round Rock", "Cedar Park", "Pflugerville", "Westlake"];
const CITIES = ["Austin", "Austin", "Austin", "Round Rock", "Cedar Park", "Pflugerville"];
// 555-0100…0199 are reserved for fiction in the North American numbering plan.
const AREA_CODES = ["512", "737", "210", "214", "469", "713", "832", "281", "915", "254"];

export interface DemoBook {
  tags: { id: string; name: string; color: string }[];
  contacts: {
    id: string; firstName: string; lastName: string; stage: PipelineStage; source: LeadSource;
    intent: ContactIntent; priceMin: number | null; priceMax: number | null; targetAreas: string[];
    timeframe: string | null; street: string | null; city: string | null; region: string | null;
    postalCode: string | null; birthday: Date | null; homeAnniversary: Date | null;
    nextFollowUpAt: Date | null; lastContactedAt: Date | null; doNotText: boolean; createdAt: Date;
  }[];
  emails: { id: string; contactId: string; email: string; label: string; isPrimary: boolean }[];
  phones: { id: string; contactId: string; phone: string; label: string; isPrimary: boolean }[];
  contactTags: { contactId: string; tagId: string }[];
  properties: {
    id: string; street: string; city: string; region: string; postalCode: string; mlsNumber: string | null;
    listPrice: number; beds: number; baths: number; squareFeet: number; lotSqft: number | null;
    yearBuilt: number; type: PropertyType; status: PropertyStatus; notes: string | null;
  }[];
  contactProperties: { id: string; contactId: string; propertyId: string; role: "BUYER" | "SELLER" | "INTERESTED" }[];
  appointments: {
    id: string; title: string; type: AppointmentType; startsAt: Date; endsAt: Date;
    location: string | null; propertyId: string | null; reminderMinutes: number[]; contactIds: string[];
  }[];
  tasks: { id: string; title: string; dueAt: Date; priority: "LOW" | "NORMAL" | "HIGH"; completedAt: Date | null; contactId: string | null; propertyId: string | null }[];
  notes: { id: string; contactId: string; body: string; createdAt: Date }[];
  activities: { id: string; contactId: string; type: ActivityType; summary: string; occurredAt: Date }[];
}

const id = (kind: string, n: number) => `demo_${kind}_${String(n).padStart(4, "0")}`;

export function buildDemoBook(today: Date, seed = DEMO_SEED): DemoBook {
  const f = new Faker({ locale: [en_US, en, base] });
  f.seed(seed);
  const pick = <T,>(weights: [T, number][]) => f.helpers.weightedArrayElement(weights.map(([value, weight]) => ({ value, weight })));
  const daysFrom = (days: number, hour = 9) => {
    const d = new Date(today.getTime() + days * DAY);
    d.setUTCHours(hour, 0, 0, 0);
    return d;
  };
  const usedPhones = new Set<string>();
  const book: DemoBook = {
    tags: TAGS.map((t, i) => ({ id: id("tag", i), ...t })),
    contacts: [], emails: [], phones: [], contactTags: [], properties: [], contactProperties: [],
    appointments: [], tasks: [], notes: [], activities: [],
  };

  for (let i = 0; i < CONTACTS; i++) {
    const firstName = f.person.firstName();
    const lastName = f.person.lastName();
    const stage = pick(STAGE_WEIGHTS);
    const intent = pick(INTENT_WEIGHTS);
    const createdAt = daysFrom(-f.number.int({ min: 0, max: 400 }), f.number.int({ min: 13, max: 23 }));
    const budget = f.number.int({ min: 25, max: 180 }) * 10_000;
    const wantsToBuy = intent === "BUYER" || intent === "BUYER_AND_SELLER" || intent === "INVESTOR";
    const contactId = id("contact", i);
    const active = stage !== "LOST" && stage !== "CLOSED";
    book.contacts.push({
      id: contactId, firstName, lastName, stage, source: pick(SOURCE_WEIGHTS), intent,
      priceMin: wantsToBuy ? budget : null,
      priceMax: wantsToBuy ? Math.round(budget * 1.2) : null,
      targetAreas: wantsToBuy ? f.helpers.arrayElements(AREAS, { min: 1, max: 3 }) : [],
      timeframe: active ? f.helpers.arrayElement(["0-3 months", "3-6 months", "6-12 months", "12+ months"]) : null,
      street: f.datatype.boolean(0.6) ? f.location.streetAddress() : null,
      city: f.helpers.arrayElement(CITIES), region: "TX", postalCode: f.location.zipCode("787##"),
      birthday: f.datatype.boolean(0.3) ? f.date.birthdate({ mode: "age", min: 25, max: 75, refDate: today }) : null,
      homeAnniversary: stage === "CLOSED" ? daysFrom(-f.number.int({ min: 30, max: 1500 })) : null,
      nextFollowUpAt: active && f.datatype.boolean(0.7) ? daysFrom(f.number.int({ min: -10, max: 30 })) : null,
      lastContactedAt: stage === "NEW" ? null : daysFrom(-f.number.int({ min: 0, max: 60 }), 16),
      doNotText: f.datatype.boolean(0.03),
      createdAt,
    });
    const emailUser = `${firstName}.${lastName}${i}`.toLowerCase().replace(/[^a-z0-9.]/g, "");
    book.emails.push({ id: id("email", i), contactId, email: `${emailUser}@${f.helpers.arrayElement(["example.com", "example.net", "example.org"])}`, label: "personal", isPrimary: true });
    let phone: string;
    do {
      phone = `+1${f.helpers.arrayElement(AREA_CODES)}5550${f.number.int({ min: 100, max: 199 })}`;
    } while (usedPhones.has(phone));
    usedPhones.add(phone);
    book.phones.push({ id: id("phone", i), contactId, phone, label: "mobile", isPrimary: true });
    for (const tag of f.helpers.arrayElements(book.tags, { min: 0, max: 2 })) {
      book.contactTags.push({ contactId, tagId: tag.id });
    }
    book.activities.push({ id: id("act", book.activities.length), contactId, type: "CONTACT_CREATED", summary: "Contact created", occurredAt: createdAt });
    const touches = stage === "NEW" ? 0 : f.number.int({ min: 1, max: 5 });
    for (let t = 0; t < touches; t++) {
      const type = f.helpers.arrayElement<ActivityType>(["CALL", "CALL", "SMS", "EMAIL", "NOTE"]);
      const occurredAt = new Date(createdAt.getTime() + f.number.int({ min: 1, max: 60 }) * DAY * (t + 1) / touches);
      if (occurredAt > today) continue;
      const summary = {
        CALL: f.helpers.arrayElement(["Left voicemail", "Talked 10 min about neighborhoods", "Discussed financing and pre-approval", "No answer"]),
        SMS: f.helpers.arrayElement(["Sent new listings in their price range", "Texted to confirm showing time", "Checked in after open house"]),
        EMAIL: f.helpers.arrayElement(["Emailed market report", "Sent buyer guide", "Sent comparable sales"]),
        NOTE: "Added a note",
      }[type as "CALL" | "SMS" | "EMAIL" | "NOTE"];
      book.activities.push({ id: id("act", book.activities.length), contactId, type, summary, occurredAt });
    }
    if (f.datatype.boolean(0.4)) {
      const body = f.helpers.arrayElement([
        `Wants ${f.helpers.arrayElement(["a big backyard for the dog", "a home office", "to be near good schools", "a short commute downtown", "a single-story home"])}.`,
        `Lender: ${f.company.name()}. Pre-approval expected ${f.helpers.arrayElement(["next week", "this month"])}.`,
        `Prefers texts after 5pm. Spouse: ${f.person.firstName()}.`,
        `Currently renting; lease ends ${f.date.month()}.`,
      ]);
      const createdNote = daysFrom(-f.number.int({ min: 0, max: 90 }), 15);
      book.notes.push({ id: id("note", book.notes.length), contactId, body, createdAt: createdNote });
      book.activities.push({ id: id("act", book.activities.length), contactId, type: "NOTE", summary: body, occurredAt: createdNote });
    }
  }

  // One person entered twice, as happens when a past lead registers again on a portal: the last
  // new lead without a timeline becomes a Zillow lead with an earlier contact's name and email,
  // so "Find possible duplicates" has something to show on the demo data.
  const original = book.contacts[7]!;
  const again = book.contacts.findLast((c) => c.stage === "NEW" && !book.notes.some((n) => n.contactId === c.id))!;
  Object.assign(again, { firstName: original.firstName, lastName: original.lastName, source: "ZILLOW", createdAt: daysFrom(-2, 14) });
  const againEmail = book.emails.find((e) => e.contactId === again.id)!;
  againEmail.email = book.emails.find((e) => e.contactId === original.id)!.email;
  for (const a of book.activities) if (a.contactId === again.id && a.type === "CONTACT_CREATED") a.occurredAt = again.createdAt;

  for (let i = 0; i < PROPERTIES; i++) {
    const type = f.helpers.weightedArrayElement<PropertyType>([
      { value: "SINGLE_FAMILY", weight: 60 }, { value: "CONDO", weight: 15 }, { value: "TOWNHOUSE", weight: 15 },
      { value: "MULTI_FAMILY", weight: 5 }, { value: "LAND", weight: 5 },
    ]);
    const beds = type === "LAND" ? 0 : f.number.int({ min: 1, max: 5 });
    const sqft = type === "LAND" ? 0 : 600 + beds * f.number.int({ min: 350, max: 650 });
    book.properties.push({
      id: id("property", i), street: f.location.streetAddress(), city: f.helpers.arrayElement(CITIES), region: "TX",
      postalCode: f.location.zipCode("787##"),
      mlsNumber: f.datatype.boolean(0.85) ? String(f.number.int({ min: 1_000_000, max: 9_999_999 })) : null,
      listPrice: Math.round((sqft || 4000) * f.number.int({ min: 220, max: 520 }) / 1000) * 1000,
      beds, baths: type === "LAND" ? 0 : Math.max(1, beds - f.helpers.arrayElement([0, 0.5, 1])),
      squareFeet: sqft, lotSqft: type === "CONDO" ? null : f.number.int({ min: 3000, max: 20000 }),
      yearBuilt: f.number.int({ min: 1925, max: 2025 }),
      type, status: f.helpers.weightedArrayElement<PropertyStatus>([
        { value: "ACTIVE", weight: 50 }, { value: "COMING_SOON", weight: 10 }, { value: "PENDING", weight: 15 },
        { value: "SOLD", weight: 20 }, { value: "OFF_MARKET", weight: 5 },
      ]),
      notes: f.datatype.boolean(0.3) ? f.helpers.arrayElement(["Seller motivated, open to offers.", "New roof 2022.", "Backs onto greenbelt.", "HOA $85/month."]) : null,
    });
  }

  const engaged = book.contacts.filter((c) => ["APPOINTMENT_SET", "ACTIVE_CLIENT", "UNDER_CONTRACT", "CLOSED"].includes(c.stage));
  for (const contact of engaged) {
    const property = f.helpers.arrayElement(book.properties);
    const role = contact.intent === "SELLER" ? "SELLER" : contact.stage === "ACTIVE_CLIENT" ? "INTERESTED" : "BUYER";
    if (book.contactProperties.some((cp) => cp.contactId === contact.id && cp.propertyId === property.id && cp.role === role)) continue;
    book.contactProperties.push({ id: id("cp", book.contactProperties.length), contactId: contact.id, propertyId: property.id, role });
  }

  // ~40 appointments over the coming four weeks, during business hours (Central time ≈ UTC-6).
  const TYPES: [AppointmentType, string][] = [
    ["SHOWING", "Showing"], ["SHOWING", "Showing"], ["LISTING_APPOINTMENT", "Listing appointment"],
    ["BUYER_CONSULTATION", "Buyer consultation"], ["OPEN_HOUSE", "Open house"], ["CLOSING", "Closing"],
  ];
  for (let i = 0; i < 40; i++) {
    const [type, label] = f.helpers.arrayElement(TYPES);
    const contact = f.helpers.arrayElement(engaged.length ? engaged : book.contacts);
    const property = type === "BUYER_CONSULTATION" ? null : f.helpers.arrayElement(book.properties);
    const startsAt = daysFrom(f.number.int({ min: -3, max: 28 }), f.number.int({ min: 15, max: 23 }));
    const minutes = type === "OPEN_HOUSE" ? 180 : type === "CLOSING" ? 90 : 60;
    book.appointments.push({
      id: id("appt", i),
      title: `${label}${type === "OPEN_HOUSE" ? "" : ` with ${contact.firstName} ${contact.lastName}`}`,
      type, startsAt, endsAt: new Date(startsAt.getTime() + minutes * 60_000),
      location: property ? `${property.street}, ${property.city}, TX` : "Office",
      propertyId: property?.id ?? null, reminderMinutes: [60],
      contactIds: type === "OPEN_HOUSE" ? [] : [contact.id],
    });
  }

  for (let i = 0; i < 80; i++) {
    const contact = f.helpers.arrayElement(book.contacts);
    const dueAt = daysFrom(f.number.int({ min: -7, max: 21 }), f.number.int({ min: 14, max: 22 }));
    const done = dueAt < today && f.datatype.boolean(0.5);
    book.tasks.push({
      id: id("task", i),
      title: f.helpers.arrayElement([
        `Call ${contact.firstName} ${contact.lastName}`, `Send listings to ${contact.firstName}`,
        `Follow up with ${contact.firstName} about pre-approval`, `Schedule showing for ${contact.firstName}`,
        `Send CMA to ${contact.firstName} ${contact.lastName}`,
      ]),
      dueAt, priority: f.helpers.arrayElement(["LOW", "NORMAL", "NORMAL", "HIGH"] as const),
      completedAt: done ? dueAt : null, contactId: contact.id, propertyId: null,
    });
  }
  return book;
}
