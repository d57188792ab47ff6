// What a contact form may contain, and its validation: every field gets a clear message, nothing
// malformed reaches the database. Phones become E.164, emails are normalised, dates are read in
// the agent's time zone.
import { z } from "zod";
import { normalizeEmail } from "../../auth/email-address";
import { formText } from "../../forms/form-text";
import type { ContactIntent, LeadSource, PipelineStage } from "../../db/crm-types";
import { calendarDate, localDateString, startOfLocalDay } from "../dates";
import { INTENTS, LEAD_SOURCES, PIPELINE_STAGES } from "../labels";
import { normalizePhone } from "../phone";

/** A form's fields as submitted: strings, plus repeated email and phone rows. */
export interface ContactFormValues {
  firstName: string;
  lastName: string;
  company: string;
  street: string;
  city: string;
  region: string;
  postalCode: string;
  stage: string;
  source: string;
  intent: string;
  priceMin: string;
  priceMax: string;
  targetAreas: string;
  timeframe: string;
  birthday: string;
  homeAnniversary: string;
  nextFollowUp: string;
  doNotCall: boolean;
  doNotText: boolean;
  doNotEmail: boolean;
  tags: string;
  emails: string[];
  phones: string[];
  primaryEmail: number;
  primaryPhone: number;
}

export interface ContactData {
  firstName: string;
  lastName: string;
  company: string | null;
  street: string | null;
  city: string | null;
  region: string | null;
  postalCode: string | null;
  stage: PipelineStage;
  source: LeadSource;
  intent: ContactIntent;
  priceMin: number | null;
  priceMax: number | null;
  targetAreas: string[];
  timeframe: string | null;
  birthday: Date | null;
  homeAnniversary: Date | null;
  nextFollowUpAt: Date | null;
  doNotCall: boolean;
  doNotText: boolean;
  doNotEmail: boolean;
  tags: string[];
  emails: { email: string; isPrimary: boolean }[];
  phones: { phone: string; isPrimary: boolean }[];
}

export type ContactErrors = Record<string, string>;
export type ContactParse = { ok: true; data: ContactData } | { ok: false; errors: ContactErrors };

export const MAX_CHANNELS = 5;

export function contactValuesFromForm(form: FormData): ContactFormValues {
  const list = (key: string) => form.getAll(key).filter((v): v is string => typeof v === "string").slice(0, MAX_CHANNELS);
  const index = (key: string) => Number.parseInt(formText(form, key), 10) || 0;
  const flag = (key: string) => formText(form, key) === "on" || formText(form, key) === "true";
  return {
    firstName: formText(form, "firstName"), lastName: formText(form, "lastName"), company: formText(form, "company"),
    street: formText(form, "street"), city: formText(form, "city"), region: formText(form, "region"), postalCode: formText(form, "postalCode"),
    stage: formText(form, "stage"), source: formText(form, "source"), intent: formText(form, "intent"),
    priceMin: formText(form, "priceMin"), priceMax: formText(form, "priceMax"), targetAreas: formText(form, "targetAreas"),
    timeframe: formText(form, "timeframe"), birthday: formText(form, "birthday"), homeAnniversary: formText(form, "homeAnniversary"),
    nextFollowUp: formText(form, "nextFollowUp"),
    doNotCall: flag("doNotCall"), doNotText: flag("doNotText"), doNotEmail: flag("doNotEmail"),
    tags: formText(form, "tags"),
    emails: list("email"), phones: list("phone"),
    primaryEmail: index("primaryEmail"), primaryPhone: index("primaryPhone"),
  };
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const text = (max: number, label: string) =>
  z.string().trim().max(max, `${label}: use at most ${max} characters.`).refine((v) => !CONTROL.test(v), `${label} contains characters that can't be saved.`);
const optionalText = (max: number, label: string) => text(max, label).transform((v) => (v === "" ? null : v));

const money = (label: string) =>
  z
    .string()
    .trim()
    .transform((v) => v.replace(/[$,\s]/g, "").replace(/k$/i, "000"))
    .refine((v) => v === "" || /^\d{1,10}$/.test(v), `${label}: enter a whole dollar amount, like 450000.`)
    .transform((v) => (v === "" ? null : Number(v)))
    .refine((v) => v === null || v <= 1_000_000_000, `${label} is too large.`);

const fields = z.object({
  firstName: text(100, "First name").min(1, "Enter a first name."),
  lastName: text(100, "Last name"),
  company: optionalText(200, "Company"),
  street: optionalText(200, "Street"),
  city: optionalText(100, "City"),
  region: optionalText(100, "State"),
  postalCode: optionalText(20, "ZIP code"),
  stage: z.enum(PIPELINE_STAGES as [PipelineStage, ...PipelineStage[]], { error: "Choose a stage from the list." }),
  source: z.enum(LEAD_SOURCES as [LeadSource, ...LeadSource[]], { error: "Choose a source from the list." }),
  intent: z.enum(INTENTS as [ContactIntent, ...ContactIntent[]], { error: "Choose an intent from the list." }),
  priceMin: money("Minimum price"),
  priceMax: money("Maximum price"),
  targetAreas: text(500, "Target areas").transform((v) => [...new Set(v.split(",").map((a) => a.trim()).filter(Boolean))].slice(0, 20)),
  timeframe: optionalText(100, "Timeframe"),
  tags: text(500, "Tags").transform((v) => [...new Set(v.split(",").map((t) => t.trim().slice(0, 40)).filter(Boolean))].slice(0, 20)),
  doNotCall: z.boolean(),
  doNotText: z.boolean(),
  doNotEmail: z.boolean(),
});

const EMAIL = z.email();

export function parseContact(values: ContactFormValues, timeZone: string): ContactParse {
  const errors: ContactErrors = {};
  const parsed = fields.safeParse({ ...values, stage: values.stage || "NEW", source: values.source || "OTHER", intent: values.intent || "UNKNOWN" });
  if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;

  const date = (key: "birthday" | "homeAnniversary", label: string) => {
    const raw = values[key].trim();
    if (!raw) return null;
    const value = calendarDate(raw);
    if (!value || value.getUTCFullYear() < 1900 || value.getUTCFullYear() > 2200) errors[key] = `${label}: choose a real date.`;
    return value;
  };
  const birthday = date("birthday", "Birthday");
  const homeAnniversary = date("homeAnniversary", "Home anniversary");
  let nextFollowUpAt: Date | null = null;
  if (values.nextFollowUp.trim()) {
    nextFollowUpAt = startOfLocalDay(values.nextFollowUp.trim(), timeZone);
    if (!nextFollowUpAt) errors.nextFollowUp = "Next follow-up: choose a real date.";
  }

  const emails: ContactData["emails"] = [];
  values.emails.forEach((raw, i) => {
    if (!raw.trim()) return;
    const email = normalizeEmail(raw);
    if (email.length > 254 || !EMAIL.safeParse(email).success) errors[`email.${i}`] = "Enter a valid email address, like name@example.com.";
    else if (!emails.some((e) => e.email === email)) emails.push({ email, isPrimary: i === values.primaryEmail });
  });
  const phones: ContactData["phones"] = [];
  values.phones.forEach((raw, i) => {
    if (!raw.trim()) return;
    const result = normalizePhone(raw);
    if (!result.ok) errors[`phone.${i}`] = result.error;
    else if (!phones.some((p) => p.phone === result.e164)) phones.push({ phone: result.e164, isPrimary: i === values.primaryPhone });
  });
  // Exactly one primary of each, when there are any.
  if (emails.length && !emails.some((e) => e.isPrimary)) emails[0]!.isPrimary = true;
  if (phones.length && !phones.some((p) => p.isPrimary)) phones[0]!.isPrimary = true;

  if (parsed.success && parsed.data.priceMin !== null && parsed.data.priceMax !== null && parsed.data.priceMin > parsed.data.priceMax) {
    errors.priceMax = "Maximum price must be at least the minimum.";
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, data: { ...parsed.data, birthday, homeAnniversary, nextFollowUpAt, emails, phones } };
}

/** An existing contact as form values (dates shown in the agent's time zone). */
export function contactFormValues(
  contact: Omit<ContactData, "emails" | "phones"> & { emails: { email: string; isPrimary: boolean }[]; phones: { display: string; isPrimary: boolean }[] },
  timeZone: string,
): ContactFormValues {
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
  return {
    firstName: contact.firstName, lastName: contact.lastName, company: contact.company ?? "",
    street: contact.street ?? "", city: contact.city ?? "", region: contact.region ?? "", postalCode: contact.postalCode ?? "",
    stage: contact.stage, source: contact.source, intent: contact.intent,
    priceMin: contact.priceMin?.toString() ?? "", priceMax: contact.priceMax?.toString() ?? "",
    targetAreas: contact.targetAreas.join(", "), timeframe: contact.timeframe ?? "",
    birthday: day(contact.birthday), homeAnniversary: day(contact.homeAnniversary),
    nextFollowUp: contact.nextFollowUpAt ? localDateString(contact.nextFollowUpAt, timeZone) : "",
    doNotCall: contact.doNotCall, doNotText: contact.doNotText, doNotEmail: contact.doNotEmail,
    tags: contact.tags.join(", "),
    emails: contact.emails.map((e) => e.email), phones: contact.phones.map((p) => p.display),
    primaryEmail: Math.max(0, contact.emails.findIndex((e) => e.isPrimary)),
    primaryPhone: Math.max(0, contact.phones.findIndex((p) => p.isPrimary)),
  };
}
