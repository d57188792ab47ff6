"use client";
// The contact list page's body. A client component on purpose, like the table inside it: the
// server sends the page's data (filters, menus, rows as strings) rather than its element tree,
// which halves what a list request renders and sends (see the README's performance section).
import { Download, Plus, Upload, Users } from "lucide-react";
import Link from "next/link";
import type { ContactFilters } from "@/lib/crm/contacts/contact-filters";
import type { ContactTableRow } from "@/lib/crm/contacts/contact-table-rows";
import type { SavedListItem } from "@/lib/crm/contacts/saved-lists";
import { ButtonLink, buttonClasses } from "../ui/button";
import { EmptyState } from "../ui/empty-state";
import { PageHeader } from "../ui/page-header";
import { ContactFiltersForm } from "./contact-filters-form";
import { ContactSearch } from "./contact-search";
import { ContactTable } from "./contact-table";
import { ContactsViewSwitch } from "./contacts-view-switch";
import { SavedLists } from "./saved-lists";

/** The list's links as query strings, built on the server from the filters. */
export interface ContactListQueries {
  /** The current filters and sort (no page cursor). */
  current: string;
  /** The same without the search words. */
  withoutSearch: string;
  /** The next page's, or null on the last page. */
  next: string | null;
  /** Whether anything narrows the list (the sort alone does not). */
  filtered: boolean;
}

interface Props {
  filters: ContactFilters;
  tags: string[];
  smartLists: SavedListItem[];
  rows: ContactTableRow[];
  queries: ContactListQueries;
  /** Whether this is a later page (reached through a cursor). */
  paged: boolean;
}

export function ContactsListView({ filters, tags, smartLists, rows, queries, paged }: Props) {
  const link = "font-medium text-brand-600 hover:underline";
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
        <ContactSearch initial={filters.q} filterParams={queries.withoutSearch} />
        <ContactsViewSwitch current="list" />
      </div>
      <div className="mb-4 flex flex-col gap-3">
        {/* Keyed by the filters: its fields are uncontrolled, so an in-app navigation to another
            list (a smart list, "Clear") must remount it to show that list's values. */}
        <ContactFiltersForm key={queries.current} filters={filters} tags={tags} />
        <SavedLists lists={smartLists} currentQuery={queries.filtered ? queries.current : ""} />
      </div>
      <p className="mb-3 text-right text-sm">
        <Link href="/contacts/duplicates" className={link}>Find possible duplicates</Link>
      </p>
      {filters.q && (
        <p className="mb-3 text-sm text-slate-600">
          Best matches for <strong className="text-slate-900">“{filters.q}”</strong>.{" "}
          <Link href={`/contacts?${queries.withoutSearch}`} className={link}>Clear search</Link>
        </p>
      )}
      {rows.length === 0 ? (
        queries.filtered || paged ? (
          <EmptyState icon={Users} title="No contacts match">
            Try fewer filters or another spelling. <Link href="/contacts" className={link}>Show everyone</Link>
          </EmptyState>
        ) : (
          <EmptyState icon={Users} title="No contacts yet" action={<ButtonLink href="/contacts/new">Add your first contact</ButtonLink>}>
            Add people one by one, or <Link href="/contacts/import" className={link}>import a CSV</Link> from Follow Up Boss, Zillow, Google Contacts or Outlook.
          </EmptyState>
        )
      ) : (
        <>
          <ContactTable rows={rows} />
          <nav aria-label="Pages" className="mt-4 flex items-center justify-between text-sm">
            {paged ? <Link href={`/contacts?${queries.current}`} className={link}>← First page</Link> : <span />}
            {queries.next !== null && <Link href={`/contacts?${queries.next}`} className={link}>Next page →</Link>}
          </nav>
        </>
      )}
    </>
  );
}
