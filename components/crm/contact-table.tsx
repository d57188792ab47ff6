"use client";
// A client component on purpose: the server sends each row as plain strings
// (lib/crm/contacts/contact-table-rows.ts) rather than a serialized element tree. Rows link with
// plain anchors; useLinkNavigation keeps them in-app navigations.
import type { ContactTableRow } from "@/lib/crm/contacts/contact-table-rows";
import { useLinkNavigation } from "../ui/use-link-navigation";
import { StageBadge } from "./stage-badge";

export function ContactTable({ rows }: { rows: ContactTableRow[] }) {
  const navigation = useLinkNavigation();
  return (
    <div className="overflow-hidden rounded-xl border border-slate-200 bg-white" {...navigation}>
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="w-full px-4 py-2.5 font-medium sm:w-2/5">Name</th>
            <th scope="col" className="hidden px-4 py-2.5 font-medium md:table-cell">Stage</th>
            <th scope="col" className="hidden px-4 py-2.5 font-medium lg:table-cell">Phone</th>
            <th scope="col" className="hidden px-4 py-2.5 font-medium lg:table-cell">Source</th>
            <th scope="col" className="hidden px-4 py-2.5 font-medium sm:table-cell">Next follow-up</th>
            <th scope="col" className="hidden px-4 py-2.5 font-medium xl:table-cell">Last contacted</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} className="hover:bg-slate-50">
              <td className="max-w-0 px-4 py-3">
                <a href={`/contacts/${row.id}`} className="block truncate font-medium text-slate-900 hover:text-brand-700">
                  {row.name}
                </a>
                <p className="truncate text-xs text-slate-500">{row.detail || "\u00a0"}</p>
                <StageBadge stage={row.stage} className="mt-1 md:hidden" />
              </td>
              <td className="hidden px-4 py-3 md:table-cell"><StageBadge stage={row.stage} /></td>
              <td className="ct-cell hidden lg:table-cell">{row.phone}</td>
              <td className="ct-cell hidden lg:table-cell">{row.source}</td>
              <td className="ct-cell hidden sm:table-cell">{row.nextFollowUp}</td>
              <td className="ct-cell hidden xl:table-cell">{row.lastContacted}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
