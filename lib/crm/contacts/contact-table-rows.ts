// What the contact table shows, already formatted on the server (dates in the agent's zone,
// labels): the table is a client component, so each row travels as a few strings instead of
// a tree of elements, which keeps a 50-row page small and quick to render.
import type { PipelineStage } from "../../db/crm-types";
import { formatInZone } from "../dates";
import { SOURCE_LABELS } from "../labels";
import type { ContactRow } from "./list-contacts";

export interface ContactTableRow {
  id: string;
  name: string;
  /** Primary email and company, or "" when neither is known. */
  detail: string;
  stage: PipelineStage;
  phone: string;
  source: string;
  nextFollowUp: string;
  lastContacted: string;
}

const NONE = "—";

export function toContactTableRows(rows: ContactRow[], timeZone: string): ContactTableRow[] {
  const day = (d: Date | null) => (d ? formatInZone(d, timeZone, "MMM d, yyyy") : NONE);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    detail: [row.email, row.company].filter(Boolean).join(" · "),
    stage: row.stage,
    phone: row.phone ?? NONE,
    source: SOURCE_LABELS[row.source],
    nextFollowUp: day(row.nextFollowUpAt),
    lastContacted: day(row.lastContactedAt),
  }));
}
