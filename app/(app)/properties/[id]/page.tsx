import { Pencil, X } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LinkContactForm } from "@/components/crm/link-contact-form";
import { PropertyForm } from "@/components/crm/property-form";
import { StageBadge } from "@/components/crm/stage-badge";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { buttonClasses } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/session";
import { formatInZone } from "@/lib/crm/dates";
import { PROPERTY_ROLE_LABELS, PROPERTY_STATUS_LABELS, PROPERTY_TYPE_LABELS } from "@/lib/crm/labels";
import { propertyFormValues } from "@/lib/crm/properties/property-input";
import { getProperty } from "@/lib/crm/properties/properties";
import { deletePropertyAction, unlinkContactAction, updatePropertyAction } from "../actions";

export const metadata = { title: "Property" };

const money = (n: number) => `$${n.toLocaleString("en-US")}`;

export default async function PropertyPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireUser();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const data = await getProperty(user.id, id);
  if (!data) notFound();
  const { property: p, timeZone } = data;
  const facts = [
    ["Status", PROPERTY_STATUS_LABELS[p.status]], ["Type", PROPERTY_TYPE_LABELS[p.type]], ["List price", p.listPrice ? money(p.listPrice) : null],
    ["Beds", p.beds], ["Baths", p.baths], ["Square feet", p.squareFeet?.toLocaleString("en-US")], ["Lot", p.lotSqft ? `${p.lotSqft.toLocaleString("en-US")} sq ft` : null],
    ["Year built", p.yearBuilt], ["MLS number", p.mlsNumber],
  ].filter(([, v]) => v !== null && v !== undefined && v !== "") as [string, string | number][];

  return (
    <div className="flex flex-col gap-6">
      <Breadcrumb parent={{ href: "/properties", label: "Properties" }} current={p.address} />
      <header className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <h1 className="break-words text-2xl font-semibold tracking-tight text-slate-900">{p.address}</h1>
          <p className="text-sm text-slate-600">{p.city}, {p.region} {p.postalCode}</p>
        </div>
        {query.edit !== "1" && (
          <Link href={`/properties/${p.id}?edit=1`} className={buttonClasses("secondary", "sm", "self-start")}><Pencil className="h-4 w-4" aria-hidden="true" /> Edit</Link>
        )}
      </header>
      {query.edit === "1" ? (
        <div className="max-w-3xl">
          <PropertyForm action={updatePropertyAction} initial={propertyFormValues(p)} propertyId={p.id} cancelHref={`/properties/${p.id}`} submitLabel="Save changes" />
          <form action={deletePropertyAction} className="mt-8 border-t border-slate-200 pt-6">
            <input type="hidden" name="id" value={p.id} />
            <p className="mb-3 text-sm text-slate-600">Deleting removes the property and its contact links. Appointments and tasks stay, unlinked.</p>
            <button type="submit" className={buttonClasses("secondary", "sm", "border-red-300 text-red-700 hover:bg-red-50")}>Delete property</button>
          </form>
        </div>
      ) : (
        <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,1.3fr)_minmax(0,1fr)]">
          <div className="flex flex-col gap-6">
            {p.photoUrls.length > 0 && (
              <ul aria-label="Photos" className="flex snap-x gap-2 overflow-x-auto">
                {p.photoUrls.map((url) => (
                  <li key={url} className="shrink-0 snap-start">
                    {/* eslint-disable-next-line @next/next/no-img-element -- agent-supplied external URL; the browser loads it, the server never fetches it */}
                    <img src={url} alt="" loading="lazy" referrerPolicy="no-referrer" className="h-48 w-72 rounded-xl bg-slate-100 object-cover" />
                  </li>
                ))}
              </ul>
            )}
            <section aria-labelledby="facts" className="rounded-xl border border-slate-200 bg-white p-4">
              <h2 id="facts" className="mb-2 text-sm font-semibold text-slate-900">Details</h2>
              <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-3">
                {facts.map(([k, v]) => (
                  <div key={k}><dt className="text-slate-500">{k}</dt><dd className="text-slate-900">{v}</dd></div>
                ))}
              </dl>
              {p.notes && <p className="mt-4 whitespace-pre-wrap break-words text-sm text-slate-800">{p.notes}</p>}
            </section>
            <section aria-labelledby="appointments" className="rounded-xl border border-slate-200 bg-white p-4">
              <h2 id="appointments" className="mb-2 text-sm font-semibold text-slate-900">Appointments</h2>
              {p.appointments.length === 0 ? (
                <p className="text-sm text-slate-600">No appointments at this property yet.</p>
              ) : (
                <ul className="divide-y divide-slate-100 text-sm">
                  {p.appointments.map((a) => (
                    <li key={a.id} className="py-2"><span className="text-slate-500">{formatInZone(a.startsAt, timeZone, "EEE, MMM d 'at' h:mm a")}</span> · {a.title}</li>
                  ))}
                </ul>
              )}
            </section>
          </div>
          <section aria-labelledby="people" className="flex flex-col gap-4 self-start rounded-xl border border-slate-200 bg-white p-4">
            <h2 id="people" className="text-sm font-semibold text-slate-900">People</h2>
            {p.contacts.length === 0 ? (
              <p className="text-sm text-slate-600">No one linked yet. Link the sellers, buyers or anyone interested.</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {p.contacts.map((c) => (
                  <li key={c.linkId} className="flex items-center gap-2 py-2 text-sm">
                    <Link href={`/contacts/${c.contactId}`} className="min-w-0 flex-1 truncate font-medium text-slate-900 hover:text-brand-700">{c.name}</Link>
                    <span className="text-xs text-slate-600">{PROPERTY_ROLE_LABELS[c.role]}</span>
                    <span className="hidden sm:block"><StageBadge stage={c.stage} /></span>
                    <form action={unlinkContactAction}>
                      <input type="hidden" name="linkId" value={c.linkId} />
                      <input type="hidden" name="propertyId" value={p.id} />
                      <button type="submit" aria-label={`Unlink ${c.name}`} className="rounded p-1 text-slate-400 hover:bg-slate-100 hover:text-slate-700"><X className="h-4 w-4" /></button>
                    </form>
                  </li>
                ))}
              </ul>
            )}
            <LinkContactForm propertyId={p.id} />
          </section>
        </div>
      )}
    </div>
  );
}
