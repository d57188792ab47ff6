// The contact list's filters and sort, read from URL search params (so every view is a link an
// agent can bookmark or save as a smart list); contact-list-sql.ts turns them into SQL.
import { z } from "zod";
import type { ContactIntent, LeadSource, PipelineStage } from "../../db/crm-types";
import { INTENTS, LEAD_SOURCES, PIPELINE_STAGES } from "../labels";
import { CONTACT_SORTS, type ContactSort } from "./contact-sorts";

export interface ContactFilters {
  q: string;
  stages: PipelineStage[];
  source: LeadSource | null;
  intent: ContactIntent | null;
  tag: string | null;
  contactedFrom: string | null;
  contactedTo: string | null;
  noFollowUp: boolean;
  sort: ContactSort;
}

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
const all = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? v.split(",") : []);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Unknown or malformed values are dropped, never an error: a hand-edited URL still loads. */
export function readContactFilters(params: Params): ContactFilters {
  const stages = all(params.stage).filter((s): s is PipelineStage => (PIPELINE_STAGES as string[]).includes(s));
  const source = first(params.source);
  const intent = first(params.intent);
  const sort = first(params.sort);
  const date = (v: string) => (isoDate.safeParse(v).success ? v : null);
  return {
    q: first(params.q).trim().slice(0, 100),
    stages: [...new Set(stages)],
    source: (LEAD_SOURCES as string[]).includes(source) ? (source as LeadSource) : null,
    intent: (INTENTS as string[]).includes(intent) ? (intent as ContactIntent) : null,
    tag: first(params.tag).trim().slice(0, 40) || null,
    contactedFrom: date(first(params.contactedFrom)),
    contactedTo: date(first(params.contactedTo)),
    noFollowUp: first(params.noFollowUp) === "1",
    sort: (CONTACT_SORTS as readonly string[]).includes(sort) ? (sort as ContactSort) : "name",
  };
}

/** The filters as URL params (defaults left out), for links and saved lists. */
export function filtersToParams(filters: Partial<ContactFilters>): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.stages?.length) params.set("stage", filters.stages.join(","));
  if (filters.source) params.set("source", filters.source);
  if (filters.intent) params.set("intent", filters.intent);
  if (filters.tag) params.set("tag", filters.tag);
  if (filters.contactedFrom) params.set("contactedFrom", filters.contactedFrom);
  if (filters.contactedTo) params.set("contactedTo", filters.contactedTo);
  if (filters.noFollowUp) params.set("noFollowUp", "1");
  if (filters.sort && filters.sort !== "name") params.set("sort", filters.sort);
  return params;
}
