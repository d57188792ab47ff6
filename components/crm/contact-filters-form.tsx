import Link from "next/link";
import type { ContactFilters } from "@/lib/crm/contacts/contact-filters";
import { SORT_LABELS, CONTACT_SORTS } from "@/lib/crm/contacts/contact-sorts";
import { INTENT_LABELS, INTENTS, LEAD_SOURCES, PIPELINE_STAGES, SOURCE_LABELS, STAGE_LABELS } from "@/lib/crm/labels";
import { buttonClasses } from "../ui/button";
import { fieldClasses } from "../ui/select-field";
import { cn } from "../ui/cn";

const selectClass = cn(fieldClasses, "h-9 border-slate-300 py-0");

function Labeled({ label, htmlFor, children }: { label: string; htmlFor: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={htmlFor} className="text-xs font-medium text-slate-600">{label}</label>
      {children}
    </div>
  );
}

/** Plain GET form: filters live in the URL, work without JavaScript, and can be bookmarked. */
export function ContactFiltersForm({ filters, tags }: { filters: ContactFilters; tags: string[] }) {
  return (
    <form method="get" action="/contacts" className="grid grid-cols-2 gap-3 rounded-xl border border-slate-200 bg-white p-3 sm:grid-cols-4 sm:items-end">
      {filters.q && <input type="hidden" name="q" value={filters.q} />}
      <Labeled label="Stage" htmlFor="filter-stage">
        <select id="filter-stage" name="stage" defaultValue={filters.stages[0] ?? ""} className={selectClass}>
          <option value="">Any stage</option>
          {PIPELINE_STAGES.map((s) => <option key={s} value={s}>{STAGE_LABELS[s]}</option>)}
        </select>
      </Labeled>
      <Labeled label="Source" htmlFor="filter-source">
        <select id="filter-source" name="source" defaultValue={filters.source ?? ""} className={selectClass}>
          <option value="">Any source</option>
          {LEAD_SOURCES.map((s) => <option key={s} value={s}>{SOURCE_LABELS[s]}</option>)}
        </select>
      </Labeled>
      <Labeled label="Intent" htmlFor="filter-intent">
        <select id="filter-intent" name="intent" defaultValue={filters.intent ?? ""} className={selectClass}>
          <option value="">Any intent</option>
          {INTENTS.map((s) => <option key={s} value={s}>{INTENT_LABELS[s]}</option>)}
        </select>
      </Labeled>
      <Labeled label="Tag" htmlFor="filter-tag">
        <select id="filter-tag" name="tag" defaultValue={filters.tag ?? ""} className={selectClass}>
          <option value="">Any tag</option>
          {tags.map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
      </Labeled>
      <Labeled label="Contacted from" htmlFor="filter-from">
        <input id="filter-from" type="date" name="contactedFrom" defaultValue={filters.contactedFrom ?? ""} className={selectClass} />
      </Labeled>
      <Labeled label="Contacted to" htmlFor="filter-to">
        <input id="filter-to" type="date" name="contactedTo" defaultValue={filters.contactedTo ?? ""} className={selectClass} />
      </Labeled>
      <Labeled label="Sort by" htmlFor="filter-sort">
        <select id="filter-sort" name="sort" defaultValue={filters.sort} className={selectClass}>
          {CONTACT_SORTS.map((s) => <option key={s} value={s}>{SORT_LABELS[s]}</option>)}
        </select>
      </Labeled>
      <label className="flex h-9 items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" name="noFollowUp" value="1" defaultChecked={filters.noFollowUp} className="h-4 w-4 rounded border-slate-300" />
        No follow-up set
      </label>
      <div className="col-span-2 flex gap-2 sm:col-span-4">
        <button type="submit" className={buttonClasses("primary", "sm")}>Apply filters</button>
        <Link href="/contacts" className={buttonClasses("ghost", "sm")}>Clear</Link>
      </div>
    </form>
  );
}
