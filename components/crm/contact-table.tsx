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
      <table className="contact-table w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="w-full px-4 py-2.5 font-medium sm:w-2/5">Name</th>
            <th scope="col" className="px-4 py-2.5 font-medium">Stage</th>
            <th scope="col" className="px-4 py-2.5 font-medium">Phone</th>
            <th scope="col" className="px-4 py-2.5 font-medium">Source</th>
            <th scope="col" className="px-4 py-2.5 font-medium">Next follow-up</th>
            <th scope="col" className="px-4 py-2.5 font-medium">Last contacted</th>
          </tr>
        </thead>
        {/* Cell styles and which columns show at which width: the contact-table utility (globals.css). */}
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <a href={`/contacts/${row.id}`}>{row.name}</a>
                <p>{row.detail || "\u00a0"}</p>
              </td>
              <td><StageBadge stage={row.stage} /></td>
              <td>{row.phone}</td>
              <td>{row.source}</td>
              <td>{row.nextFollowUp}</td>
              <td>{row.lastContacted}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
