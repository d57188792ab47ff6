// What a property form may contain, and its validation (clear messages, nothing malformed saved).
import { z } from "zod";
import { formText } from "../../forms/form-text";
import type { PropertyStatus, PropertyType } from "../../db/crm-types";
import { PROPERTY_STATUSES, PROPERTY_TYPES } from "../labels";
import { checkPublicHttpsUrl } from "../safe-url";

export const PROPERTY_FIELDS = [
  "street", "unit", "city", "region", "postalCode", "mlsNumber", "listPrice", "beds", "baths",
  "squareFeet", "lotSqft", "yearBuilt", "type", "status", "notes", "photoUrls",
] as const;
export type PropertyFormValues = Record<(typeof PROPERTY_FIELDS)[number], string>;

export interface PropertyData {
  street: string;
  unit: string | null;
  city: string;
  region: string;
  postalCode: string;
  mlsNumber: string | null;
  listPrice: number | null;
  beds: number | null;
  baths: number | null;
  squareFeet: number | null;
  lotSqft: number | null;
  yearBuilt: number | null;
  type: PropertyType;
  status: PropertyStatus;
  notes: string | null;
  photoUrls: string[];
}

export type PropertyParse = { ok: true; data: PropertyData } | { ok: false; errors: Record<string, string> };

export function propertyValuesFromForm(form: FormData): PropertyFormValues {
  return Object.fromEntries(PROPERTY_FIELDS.map((f) => [f, formText(form, f)])) as PropertyFormValues;
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const text = (max: number, label: string) =>
  z.string().trim().max(max, `${label}: use at most ${max} characters.`).refine((v) => !CONTROL.test(v), `${label} contains characters that can't be saved.`);
const required = (max: number, label: string) => text(max, label).min(1, `Enter the ${label.toLowerCase()}.`);
const optional = (max: number, label: string) => text(max, label).transform((v) => v || null);
const whole = (label: string, max: number) =>
  z.string().trim().transform((v) => v.replace(/[$,\s]/g, ""))
    .refine((v) => v === "" || /^\d+$/.test(v), `${label}: enter a whole number.`)
    .transform((v) => (v === "" ? null : Number(v)))
    .refine((v) => v === null || v <= max, `${label} is too large.`);

const schema = z.object({
  street: required(200, "Street"),
  unit: optional(40, "Unit"),
  city: required(100, "City"),
  region: required(100, "State"),
  postalCode: required(20, "ZIP code"),
  mlsNumber: optional(40, "MLS number"),
  listPrice: whole("List price", 1_000_000_000),
  beds: whole("Beds", 100),
  baths: z.string().trim()
    .refine((v) => v === "" || /^\d{1,2}(\.(0|5))?$/.test(v), "Baths: a number like 2 or 2.5.")
    .transform((v) => (v === "" ? null : Number(v))),
  squareFeet: whole("Square feet", 10_000_000),
  lotSqft: whole("Lot size", 1_000_000_000),
  yearBuilt: whole("Year built", 9999).refine((v) => v === null || (v >= 1600 && v <= new Date().getFullYear() + 3), "Year built: enter a real year."),
  type: z.enum(PROPERTY_TYPES as [PropertyType, ...PropertyType[]], { error: "Choose a type from the list." }),
  status: z.enum(PROPERTY_STATUSES as [PropertyStatus, ...PropertyStatus[]], { error: "Choose a status from the list." }),
  notes: optional(10_000, "Notes"),
});

export function parseProperty(values: PropertyFormValues): PropertyParse {
  const errors: Record<string, string> = {};
  const parsed = schema.safeParse({ ...values, type: values.type || "SINGLE_FAMILY", status: values.status || "ACTIVE" });
  if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
  const photoUrls: string[] = [];
  const lines = values.photoUrls.split(/\s*\n\s*/).map((l) => l.trim()).filter(Boolean);
  if (lines.length > 20) errors.photoUrls = "Add up to 20 photo links.";
  for (const line of lines.slice(0, 20)) {
    const checked = checkPublicHttpsUrl(line);
    if (!checked.ok) {
      errors.photoUrls ??= `${checked.error} (${line.slice(0, 60)})`;
    } else if (!photoUrls.includes(checked.url)) photoUrls.push(checked.url);
  }
  if (!parsed.success || Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, data: { ...parsed.data, photoUrls } };
}

export const EMPTY_PROPERTY: PropertyFormValues = Object.fromEntries(PROPERTY_FIELDS.map((f) => [f, ""])) as PropertyFormValues;

export function propertyFormValues(p: PropertyData): PropertyFormValues {
  const s = (v: string | number | null) => (v === null ? "" : String(v));
  return {
    street: p.street, unit: s(p.unit), city: p.city, region: p.region, postalCode: p.postalCode, mlsNumber: s(p.mlsNumber),
    listPrice: s(p.listPrice), beds: s(p.beds), baths: s(p.baths), squareFeet: s(p.squareFeet), lotSqft: s(p.lotSqft),
    yearBuilt: s(p.yearBuilt), type: p.type, status: p.status, notes: s(p.notes), photoUrls: p.photoUrls.join("\n"),
  };
}
