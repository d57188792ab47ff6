import { Ban } from "lucide-react";
import type { ContactDetail } from "@/lib/crm/contacts/contacts";
import { formatInZone } from "@/lib/crm/dates";
import { INTENT_LABELS, SOURCE_LABELS } from "@/lib/crm/labels";

const money = (n: number) => `$${n.toLocaleString("en-US")}`;

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-3 gap-2 py-2 text-sm">
      <dt className="text-slate-500">{label}</dt>
      <dd className="col-span-2 break-words text-slate-900">{children}</dd>
    </div>
  );
}

export function ContactDetails({ contact, timeZone }: { contact: ContactDetail; timeZone: string }) {
  const { priceMin: min, priceMax: max } = contact;
  const price = min !== null && max !== null ? `${money(min)} – ${money(max)}` : min !== null ? `From ${money(min)}` : max !== null ? `Up to ${money(max)}` : null;
  const address = [contact.street, [contact.city, contact.region].filter(Boolean).join(", "), contact.postalCode].filter(Boolean).join(" ");
  const day = (d: Date) => d.toLocaleDateString("en-US", { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" });
  const blocked = [contact.doNotCall && "calls", contact.doNotText && "texts", contact.doNotEmail && "email"].filter(Boolean);
  return (
    <dl className="divide-y divide-slate-100">
      {blocked.length > 0 && (
        <p className="mb-2 flex items-center gap-2 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <Ban className="h-4 w-4" aria-hidden="true" /> Do not contact by {blocked.join(", ")}
        </p>
      )}
      <Row label="Email">
        {contact.emails.length ? (
          <ul>
            {contact.emails.map((e) => (
              <li key={e.email}>
                <a href={`mailto:${e.email}`} className="text-brand-700 hover:underline">{e.email}</a>
                {e.isPrimary && contact.emails.length > 1 && <span className="ml-1 text-xs text-slate-500">(primary)</span>}
              </li>
            ))}
          </ul>
        ) : "—"}
      </Row>
      <Row label="Phone">
        {contact.phones.length ? (
          <ul>
            {contact.phones.map((p) => (
              <li key={p.phone}>
                <a href={`tel:${p.phone}`} className="text-brand-700 hover:underline">{p.display}</a>
                {p.isPrimary && contact.phones.length > 1 && <span className="ml-1 text-xs text-slate-500">(primary)</span>}
              </li>
            ))}
          </ul>
        ) : "—"}
      </Row>
      <Row label="Source">{SOURCE_LABELS[contact.source]}</Row>
      <Row label="Looking to">{INTENT_LABELS[contact.intent]}</Row>
      {price && <Row label="Price range">{price}</Row>}
      {contact.targetAreas.length > 0 && <Row label="Areas">{contact.targetAreas.join(", ")}</Row>}
      {contact.timeframe && <Row label="Timeframe">{contact.timeframe}</Row>}
      {address && <Row label="Address">{address}</Row>}
      <Row label="Next follow-up">{contact.nextFollowUpAt ? formatInZone(contact.nextFollowUpAt, timeZone, "EEE, MMM d, yyyy") : "Not set"}</Row>
      <Row label="Last contacted">{contact.lastContactedAt ? formatInZone(contact.lastContactedAt, timeZone, "MMM d, yyyy") : "Never"}</Row>
      {contact.birthday && <Row label="Birthday">{day(contact.birthday)}</Row>}
      {contact.homeAnniversary && <Row label="Home anniversary">{day(contact.homeAnniversary)}</Row>}
      {contact.tags.length > 0 && (
        <Row label="Tags">
          <span className="flex flex-wrap gap-1">
            {contact.tags.map((t) => (
              <span key={t} className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800">{t}</span>
            ))}
          </span>
        </Row>
      )}
    </dl>
  );
}
