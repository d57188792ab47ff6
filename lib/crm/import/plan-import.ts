// The dry run: what importing a file would do, row by row (create, update or skip, and why),
// without writing anything. The commit runs the same plan.
import { normalizeEmail } from "../../auth/email-address";
import type { LeadSource, PipelineStage } from "../../db/crm-types";
import { parseContact, type ContactData, type ContactFormValues } from "../contacts/contact-input";
import { LEAD_SOURCES, PIPELINE_STAGES, SOURCE_LABELS, STAGE_LABELS } from "../labels";
import type { ImportField } from "./column-mapping";

export type DuplicatePolicy = "skip" | "merge";

export interface PlannedRow {
  /** 1-based line in the file, counting the header as line 1. */
  line: number;
  action: "create" | "update" | "skip";
  name: string;
  reason?: string;
  data?: ContactData;
  note?: string;
  /** For updates: the existing contact the row merges into. */
  matchId?: string;
}

export interface ImportPlan {
  rows: PlannedRow[];
  counts: { create: number; update: number; skip: number };
}

/** What the agent already has, for duplicate detection. */
export interface ExistingIndex {
  byEmail: Map<string, string>;
  byPhoneAndName: Map<string, string>;
}

const FORMULA = /^=|^[@+-]\s*[A-Za-z_]+\s*[(|!]/;
const key = (phone: string, first: string, last: string) => `${phone}|${first.trim().toLowerCase()} ${last.trim().toLowerCase()}`;

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");

/** "Open House", "open_house", "OPEN HOUSE" → OPEN_HOUSE: a lookup built once per choice list. */
function choiceMatcher<T extends string>(choices: readonly T[], labels: Record<T, string>): (value: string) => T | null {
  const lookup = new Map<string, T>();
  for (const c of choices) {
    lookup.set(squash(labels[c]), c);
    lookup.set(c.toLowerCase().replace(/_/g, ""), c);
  }
  return (value) => lookup.get(squash(value.trim())) ?? null;
}
const matchStage = choiceMatcher<PipelineStage>(PIPELINE_STAGES, STAGE_LABELS);
const matchSource = choiceMatcher<LeadSource>(LEAD_SOURCES, SOURCE_LABELS);
const SOURCE_ALIASES: Record<string, LeadSource> = { web: "WEBSITE", realtor: "REALTOR_COM", realtorcom: "REALTOR_COM", openhouse: "OPEN_HOUSE", signcall: "SIGN_CALL", friend: "REFERRAL", pastclient: "SPHERE" };

/** "3/7/1985" or "1985-03-07" → "1985-03-07"; anything else is passed on to be refused. */
function isoDate(text: string): string {
  const t = text.trim();
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  return us ? `${us[3]}-${us[1]!.padStart(2, "0")}-${us[2]!.padStart(2, "0")}` : t;
}

/** For each field, the columns mapped to it: worked out once per file, not once per row. */
type ColumnsByField = Map<ImportField, number[]>;
function columnsByField(mapping: ImportField[]): ColumnsByField {
  const columns: ColumnsByField = new Map();
  mapping.forEach((field, i) => {
    if (field) columns.set(field, [...(columns.get(field) ?? []), i]);
  });
  return columns;
}

function rowValues(cells: string[], columns: ColumnsByField): { values: ContactFormValues; note: string; formulaColumn: number } {
  const pick = (field: ImportField): string[] => {
    const found: string[] = [];
    for (const i of columns.get(field) ?? []) {
      const value = cells[i]?.trim();
      if (value) found.push(value);
    }
    return found;
  };
  const one = (field: ImportField) => pick(field)[0] ?? "";
  let firstName = one("firstName");
  let lastName = one("lastName");
  const full = one("fullName");
  if (!firstName && full) {
    const parts = full.split(/\s+/);
    firstName = parts[0] ?? "";
    lastName ||= parts.slice(1).join(" ");
  }
  const source = one("source");
  const values: ContactFormValues = {
    firstName, lastName, company: one("company"), street: one("street"), city: one("city"), region: one("region"), postalCode: one("postalCode"),
    stage: matchStage(one("stage")) ?? "NEW",
    source: matchSource(source) ?? SOURCE_ALIASES[source.toLowerCase().replace(/[^a-z]/g, "")] ?? "OTHER",
    intent: "UNKNOWN", priceMin: one("priceMin"), priceMax: one("priceMax"), targetAreas: "", timeframe: "",
    birthday: isoDate(one("birthday")), homeAnniversary: "", nextFollowUp: "",
    doNotCall: false, doNotText: false, doNotEmail: false,
    tags: pick("tags").join(",").replace(/\s*(;|:::)\s*/g, ","),
    emails: pick("email").flatMap((e) => e.split(/\s*[;,]\s*|\s+:::\s+/)).filter(Boolean).slice(0, 5),
    phones: pick("phone").flatMap((p) => p.split(/\s*;\s*|\s+:::\s+/)).filter(Boolean).slice(0, 5),
    primaryEmail: 0, primaryPhone: 0,
  };
  let formulaColumn = -1;
  for (const indexes of columns.values()) {
    for (const i of indexes) if (FORMULA.test(cells[i]?.trim() ?? "") && (formulaColumn < 0 || i < formulaColumn)) formulaColumn = i;
  }
  return { values, note: pick("notes").join("\n\n"), formulaColumn };
}

export function planImport(
  headers: string[],
  rows: string[][],
  mapping: ImportField[],
  existing: ExistingIndex,
  policy: DuplicatePolicy,
  timeZone: string,
): ImportPlan {
  const seenEmail = new Map<string, number>();
  const seenPhoneName = new Map<string, number>();
  const columns = columnsByField(mapping);
  const planned: PlannedRow[] = rows.map((cells, index) => {
    const line = index + 2;
    const { values, note, formulaColumn } = rowValues(cells, columns);
    const name = [values.firstName, values.lastName].filter(Boolean).join(" ") || "(no name)";
    if (formulaColumn >= 0) return { line, action: "skip", name, reason: `“${headers[formulaColumn]}” holds a spreadsheet formula, which ALT won't import.` };
    if (!values.firstName && !values.emails.length && !values.phones.length) return { line, action: "skip", name, reason: "No name, email or phone." };
    if (!values.firstName) values.firstName = values.emails[0]?.split("@")[0] ?? "Unknown";
    const parsed = parseContact(values, timeZone);
    if (!parsed.ok) {
      return { line, action: "skip", name, reason: Object.values(parsed.errors)[0]! };
    }
    const data = parsed.data;
    const emails = data.emails.map((e) => normalizeEmail(e.email));
    const phoneKeys = data.phones.map((p) => key(p.phone, data.firstName, data.lastName));
    const inFile = emails.map((e) => seenEmail.get(e)).find((n) => n !== undefined) ?? phoneKeys.map((k) => seenPhoneName.get(k)).find((n) => n !== undefined);
    if (inFile !== undefined) return { line, action: "skip", name, reason: `Same person as line ${inFile}.` };
    emails.forEach((e) => seenEmail.set(e, line));
    phoneKeys.forEach((k) => seenPhoneName.set(k, line));
    const matchId = emails.map((e) => existing.byEmail.get(e)).find(Boolean) ?? phoneKeys.map((k) => existing.byPhoneAndName.get(k)).find(Boolean);
    if (matchId) {
      return policy === "merge"
        ? { line, action: "update", name, data, note, matchId, reason: "Matches an existing contact; new details are added to it." }
        : { line, action: "skip", name, reason: "Already in your contacts (same email, or same phone and name)." };
    }
    return { line, action: "create", name, data, note };
  });
  const counts = { create: 0, update: 0, skip: 0 };
  for (const row of planned) counts[row.action]++;
  return { rows: planned, counts };
}

export { key as phoneNameKey };
