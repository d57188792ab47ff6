import { Home, Plus } from "lucide-react";
import Link from "next/link";
import { ButtonLink, buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { fieldClasses } from "@/components/ui/select-field";
import { cn } from "@/components/ui/cn";
import { requireUser } from "@/lib/auth/session";
import { PROPERTY_STATUS_LABELS, PROPERTY_STATUSES, PROPERTY_TYPE_LABELS } from "@/lib/crm/labels";
import { listProperties } from "@/lib/crm/properties/properties";

export const metadata = { title: "Properties" };

const money = (n: number) => `$${n.toLocaleString("en-US")}`;

export default async function PropertiesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireUser();
  const params = await searchParams;
  const filters = { status: params.status ?? "", q: params.q ?? "" };
  const { rows, next } = await listProperties(user.id, filters, params.after ?? null);
  const base = new URLSearchParams(Object.entries(filters).filter(([, v]) => v));
  const nextParams = new URLSearchParams(base);
  if (next) nextParams.set("after", next);
  const filtered = Boolean(filters.status || filters.q || params.after);
  return (
    <>
      <PageHeader
        title="Properties"
        description="Listings, homes your clients are buying, and the ones they're watching."
        actions={
          <>
            <a href="/api/export/properties.csv" className={buttonClasses("secondary")} download>Export CSV</a>
            <ButtonLink href="/properties/new"><Plus className="h-4 w-4" aria-hidden="true" /> New property</ButtonLink>
          </>
        }
      />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-3">
        <div className="flex flex-1 flex-col gap-1">
          <label htmlFor="property-q" className="text-xs font-medium text-slate-600">Address, ZIP or MLS number</label>
          <input id="property-q" name="q" type="search" maxLength={100} defaultValue={filters.q} className={cn(fieldClasses, "h-9 border-slate-300")} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="property-status" className="text-xs font-medium text-slate-600">Status</label>
          <select id="property-status" name="status" defaultValue={filters.status} className={cn(fieldClasses, "h-9 border-slate-300 py-0")}>
            <option value="">Any status</option>
            {PROPERTY_STATUSES.map((s) => <option key={s} value={s}>{PROPERTY_STATUS_LABELS[s]}</option>)}
          </select>
        </div>
        <button type="submit" className={buttonClasses("primary", "sm")}>Apply</button>
        {filtered && <Link href="/properties" className={buttonClasses("ghost", "sm")}>Clear</Link>}
      </form>
      {rows.length === 0 ? (
        filtered ? (
          <EmptyState icon={Home} title="No properties match">Try another address or status.</EmptyState>
        ) : (
          <EmptyState icon={Home} title="No properties yet" action={<ButtonLink href="/properties/new">Add a property</ButtonLink>}>
            Track your listings and the homes your buyers are touring, with the people involved in each.
          </EmptyState>
        )
      ) : (
        <>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {rows.map((p) => (
              <li key={p.id} className="overflow-hidden rounded-xl border border-slate-200 bg-white">
                <Link href={`/properties/${p.id}`} className="block hover:bg-slate-50">
                  {p.photoUrl ? (
                    // eslint-disable-next-line @next/next/no-img-element -- agent-supplied external URL, shown as-is, never proxied
                    <img src={p.photoUrl} alt="" loading="lazy" referrerPolicy="no-referrer" className="h-36 w-full bg-slate-100 object-cover" />
                  ) : (
                    <div className="flex h-36 items-center justify-center bg-slate-100 text-slate-400"><Home className="h-8 w-8" aria-hidden="true" /></div>
                  )}
                  <div className="p-3">
                    <p className="truncate font-medium text-slate-900">{p.address}</p>
                    <p className="truncate text-sm text-slate-600">{p.city}</p>
                    <p className="mt-1 text-sm text-slate-700">
                      {p.listPrice ? money(p.listPrice) : "No price"} · {[p.beds !== null && `${p.beds} bd`, p.baths !== null && `${p.baths} ba`, p.squareFeet && `${p.squareFeet.toLocaleString("en-US")} sq ft`].filter(Boolean).join(" · ") || PROPERTY_TYPE_LABELS[p.type]}
                    </p>
                    <span className="mt-2 inline-block rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">{PROPERTY_STATUS_LABELS[p.status]}</span>
                  </div>
                </Link>
              </li>
            ))}
          </ul>
          <nav aria-label="Pages" className="mt-4 flex justify-between text-sm">
            {params.after ? <Link href={`/properties?${base}`} className="font-medium text-brand-600 hover:underline">← First page</Link> : <span />}
            {next && <Link href={`/properties?${nextParams}`} className="font-medium text-brand-600 hover:underline">Next page →</Link>}
          </nav>
        </>
      )}
    </>
  );
}
