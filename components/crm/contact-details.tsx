import { Ban } from "lucide-react";
import type { ContactFacts } from "@/lib/crm/contacts/contact-facts";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-3 gap-2 py-2 text-sm">
      <dt className="text-slate-500">{label}</dt>
      <dd className="col-span-2 break-words text-slate-900">{children}</dd>
    </div>
  );
}

/** The contact's details panel; everything arrives formatted (lib/crm/contacts/contact-facts.ts). */
export function ContactDetails({ facts }: { facts: ContactFacts }) {
  return (
    <dl className="divide-y divide-slate-100">
      {facts.doNotContact && (
        <p className="mb-2 flex items-center gap-2 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <Ban className="h-4 w-4" aria-hidden="true" /> Do not contact by {facts.doNotContact}
        </p>
      )}
      <Row label="Email">
        {facts.emails.length ? (
          <ul>
            {facts.emails.map((e) => (
              <li key={e.email}>
                <a href={`mailto:${e.email}`} className="text-brand-700 hover:underline">{e.email}</a>
                {e.primary && <span className="ml-1 text-xs text-slate-500">(primary)</span>}
              </li>
            ))}
          </ul>
        ) : "—"}
      </Row>
      <Row label="Phone">
        {facts.phones.length ? (
          <ul>
            {facts.phones.map((p) => (
              <li key={p.phone}>
                <a href={`tel:${p.phone}`} className="text-brand-700 hover:underline">{p.display}</a>
                {p.primary && <span className="ml-1 text-xs text-slate-500">(primary)</span>}
              </li>
            ))}
          </ul>
        ) : "—"}
      </Row>
      <Row label="Source">{facts.source}</Row>
      <Row label="Looking to">{facts.intent}</Row>
      {facts.price && <Row label="Price range">{facts.price}</Row>}
      {facts.areas && <Row label="Areas">{facts.areas}</Row>}
      {facts.timeframe && <Row label="Timeframe">{facts.timeframe}</Row>}
      {facts.address && <Row label="Address">{facts.address}</Row>}
      <Row label="Next follow-up">{facts.nextFollowUp}</Row>
      <Row label="Last contacted">{facts.lastContacted}</Row>
      {facts.birthday && <Row label="Birthday">{facts.birthday}</Row>}
      {facts.homeAnniversary && <Row label="Home anniversary">{facts.homeAnniversary}</Row>}
      {facts.tags.length > 0 && (
        <Row label="Tags">
          <span className="flex flex-wrap gap-1">
            {facts.tags.map((t) => (
              <span key={t} className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800">{t}</span>
            ))}
          </span>
        </Row>
      )}
    </dl>
  );
}
