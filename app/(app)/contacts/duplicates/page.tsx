import { CopyCheck } from "lucide-react";
import Link from "next/link";
import { StageBadge } from "@/components/crm/stage-badge";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { findDuplicates } from "@/lib/crm/contacts/duplicates";
import { mergeContactsAction } from "../actions";

export const metadata = { title: "Possible duplicates" };

export default async function DuplicatesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireUser();
  const merged = (await searchParams).merged === "1";
  const groups = await findDuplicates(user.id);
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-4">
      <PageHeader title="Possible duplicates" description="People who share an email, or a phone and a full name. Merging keeps every note, call, task and appointment." />
      {merged && <Alert tone="success">Merged. The history of both is on the contact you kept.</Alert>}
      {groups.length === 0 ? (
        <EmptyState icon={CopyCheck} title="No duplicates found" action={<Link href="/contacts" className={buttonClasses("secondary")}>Back to contacts</Link>}>
          Your contacts all look distinct.
        </EmptyState>
      ) : (
        groups.map((group, i) => (
          <form key={group.contacts.map((c) => c.id).join()} action={mergeContactsAction} className="rounded-xl border border-slate-200 bg-white p-4">
            <fieldset>
              <legend className="mb-2 text-sm font-semibold text-slate-900">{group.reason}</legend>
              <p className="mb-2 text-xs text-slate-500">Choose the contact to keep; the others are merged into it.</p>
              <ul className="divide-y divide-slate-100">
                {group.contacts.map((c, k) => (
                  <li key={c.id} className="flex flex-wrap items-center gap-3 py-2 text-sm">
                    <input type="hidden" name="id" value={c.id} />
                    <label className="flex min-w-0 basis-full items-center gap-2 sm:flex-1 sm:basis-auto">
                      <input type="radio" name="keep" value={c.id} defaultChecked={k === 0} aria-label={`Keep ${c.name} (${k + 1} of group ${i + 1})`} />
                      <span className="truncate font-medium text-slate-900">{c.name}</span>
                    </label>
                    <span className="min-w-0 break-all text-slate-600">{[c.email, c.phone].filter(Boolean).join(" · ")}</span>
                    <StageBadge stage={c.stage} />
                    <span className="text-xs text-slate-500">{c.activityCount} timeline {c.activityCount === 1 ? "item" : "items"}</span>
                    <Link href={`/contacts/${c.id}`} className="text-xs font-medium text-brand-600 hover:underline">Open</Link>
                  </li>
                ))}
              </ul>
            </fieldset>
            <button type="submit" className={buttonClasses("primary", "sm", "mt-3")}>Merge these {group.contacts.length}</button>
          </form>
        ))
      )}
    </div>
  );
}
