// What the contact page's details panel shows, formatted on the server (dates in the agent's
// zone, labels, money): the panel is a client component, so it receives these strings rather
// than the contact record, which keeps the page small and sends nothing the agent does not see.
import { formatInZone } from "../dates";
import { INTENT_LABELS, SOURCE_LABELS } from "../labels";
import type { ContactDetail } from "./contacts";

export interface ContactFacts {
  /** "calls, texts" when the contact asked not to be reached that way, else null. */
  doNotContact: string | null;
  /** `primary` is marked only when there is more than one. */
  emails: { email: string; primary: boolean }[];
  phones: { phone: string; display: string; primary: boolean }[];
  source: string;
  intent: string;
  price: string | null;
  areas: string | null;
  timeframe: string | null;
  address: string | null;
  nextFollowUp: string;
  lastContacted: string;
  birthday: string | null;
  homeAnniversary: string | null;
  tags: string[];
}

const money = (n: number) => `$${n.toLocaleString("en-US")}`;
// Birthdays and anniversaries are calendar days (stored at midnight UTC), not instants.
const calendarDay = (d: Date) => d.toLocaleDateString("en-US", { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" });

function priceRange(min: number | null, max: number | null): string | null {
  if (min !== null && max !== null) return `${money(min)} – ${money(max)}`;
  if (min !== null) return `From ${money(min)}`;
  if (max !== null) return `Up to ${money(max)}`;
  return null;
}

export function toContactFacts(contact: ContactDetail, timeZone: string): ContactFacts {
  const blocked = [contact.doNotCall && "calls", contact.doNotText && "texts", contact.doNotEmail && "email"].filter((c): c is string => Boolean(c));
  const address = [contact.street, [contact.city, contact.region].filter(Boolean).join(", "), contact.postalCode].filter(Boolean).join(" ");
  return {
    doNotContact: blocked.length > 0 ? blocked.join(", ") : null,
    emails: contact.emails.map((e) => ({ email: e.email, primary: e.isPrimary && contact.emails.length > 1 })),
    phones: contact.phones.map((p) => ({ phone: p.phone, display: p.display, primary: p.isPrimary && contact.phones.length > 1 })),
    source: SOURCE_LABELS[contact.source],
    intent: INTENT_LABELS[contact.intent],
    price: priceRange(contact.priceMin, contact.priceMax),
    areas: contact.targetAreas.length > 0 ? contact.targetAreas.join(", ") : null,
    timeframe: contact.timeframe,
    address: address || null,
    nextFollowUp: contact.nextFollowUpAt ? formatInZone(contact.nextFollowUpAt, timeZone, "EEE, MMM d, yyyy") : "Not set",
    lastContacted: contact.lastContactedAt ? formatInZone(contact.lastContactedAt, timeZone, "MMM d, yyyy") : "Never",
    birthday: contact.birthday ? calendarDay(contact.birthday) : null,
    homeAnniversary: contact.homeAnniversary ? calendarDay(contact.homeAnniversary) : null,
    tags: contact.tags,
  };
}
