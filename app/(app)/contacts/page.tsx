import { Download, Plus, Upload, Users } from "lucide-react";
import Link from "next/link";
import { ContactFiltersForm } from "@/components/crm/contact-filters-form";
import { ContactSearch } from "@/components/crm/contact-search";
import { ContactTable } from "@/components/crm/contact-table";
import { SavedLists } from "@/components/crm/saved-lists";
import { ContactsViewSwitch } from "@/components/crm/contacts-view-switch";
import { ButtonLink, buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { toContactTableRows } from "@/lib/crm/contacts/contact-table-rows";
import { filtersToParams, readContactFilters } from "@/lib/crm/contacts/contact-filters";
import { getContactsView } from "@/lib/crm/contacts/contacts-view";

export const metadata = { title: "Contacts" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ContactsPage({ searchParams }: Props) {
  const user = await requireUser();
  const params = await searchParams;
  const filters = readContactFilters(params);
  const after = typeof params.after === "string" ? params.after : null;
  const { page, tags, smartLists } = await getContactsView(user.id, filters, after);
  const base = filtersToParams(filters);
  const withoutQ = filtersToParams({ ...filters, q: "" });
  const filtered = base.toString() !== "" && base.toString() !== `sort=${filters.sort}`;
  const nextParams = new URLSearchParams(base);
  if (page.next) nextParams.set("after", page.next);

  return (
    <>
      <PageHeader
        title="Contacts"
        description="Leads, clients and your sphere, with their pipeline stage."
        actions={
          <>
            <Link href="/contacts/import" className={buttonClasses("secondary")}>
              <Upload className="h-4 w-4" aria-hidden="true" /> Import
            </Link>
            <a href="/api/export/contacts.csv" className={buttonClasses("secondary")} download>
              <Download className="h-4 w-4" aria-hidden="true" /> Export CSV
            </a>
            <ButtonLink href="/contacts/new">
              <Plus className="h-4 w-4" aria-hidden="true" /> New contact
            </ButtonLink>
          </>
        }
      />
      <div className="mb-4 flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <ContactSearch initial={filters.q} filterParams={withoutQ.toString()} />
        <ContactsViewSwitch current="list" />
      </div>
      <div className="mb-4 flex flex-col gap-3">
        {/* Keyed by the filters: its fields are uncontrolled, so an in-app navigation to another
            list (a smart list, "Clear") must remount it to show that list's values. */}
        <ContactFiltersForm key={base.toString()} filters={filters} tags={tags} />
        <SavedLists lists={smartLists} currentQuery={filtered ? base.toString() : ""} />
      </div>
      <p className="mb-3 text-right text-sm">
        <Link href="/contacts/duplicates" className="font-medium text-brand-600 hover:underline">Find possible duplicates</Link>
      </p>
      {filters.q && (
        <p className="mb-3 text-sm text-slate-600">
          Best matches for <strong className="text-slate-900">“{filters.q}”</strong>.{" "}
          <Link href={`/contacts?${withoutQ}`} className="font-medium text-brand-600 hover:underline">Clear search</Link>
        </p>
      )}
      {page.rows.length === 0 ? (
        filtered || after ? (
          <EmptyState icon={Users} title="No contacts match">
            Try fewer filters or another spelling. <Link href="/contacts" className="font-medium text-brand-600 hover:underline">Show everyone</Link>
          </EmptyState>
        ) : (
          <EmptyState icon={Users} title="No contacts yet" action={<ButtonLink href="/contacts/new">Add your first contact</ButtonLink>}>
            Add people one by one, or <Link href="/contacts/import" className="font-medium text-brand-600 hover:underline">import a CSV</Link> from Follow Up Boss, Zillow, Google Contacts or Outlook.
          </EmptyState>
        )
      ) : (
        <>
          <ContactTable rows={toContactTableRows(page.rows, page.timeZone)} />
          <nav aria-label="Pages" className="mt-4 flex items-center justify-between text-sm">
            {after ? <Link href={`/contacts?${base}`} className="font-medium text-brand-600 hover:underline">← First page</Link> : <span />}
            {page.next && <Link href={`/contacts?${nextParams}`} className="font-medium text-brand-600 hover:underline">Next page →</Link>}
          </nav>
        </>
      )}
    </>
  );
}
