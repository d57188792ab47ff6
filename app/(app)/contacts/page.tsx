import { ContactsListView } from "@/components/crm/contacts-list-view";
import { signedInReads } from "@/lib/auth/session";
import { toContactTableRows } from "@/lib/crm/contacts/contact-table-rows";
import { filtersToParams, readContactFilters } from "@/lib/crm/contacts/contact-filters";
import { getContactsView } from "@/lib/crm/contacts/contacts-view";

export const metadata = { title: "Contacts" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ContactsPage({ searchParams }: Props) {
  const params = await searchParams;
  const filters = readContactFilters(params);
  const after = typeof params.after === "string" ? params.after : null;
  const { page, tags, smartLists } = await getContactsView(await signedInReads(), filters, after);
  const current = filtersToParams(filters).toString();
  const next = new URLSearchParams(current);
  if (page.next) next.set("after", page.next);
  return (
    <ContactsListView
      filters={filters}
      tags={tags}
      smartLists={smartLists}
      rows={toContactTableRows(page.rows, page.timeZone)}
      queries={{
        current,
        withoutSearch: filtersToParams({ ...filters, q: "" }).toString(),
        next: page.next ? next.toString() : null,
        filtered: current !== "" && current !== `sort=${filters.sort}`,
      }}
      paged={after !== null}
    />
  );
}
