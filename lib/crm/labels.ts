// Display names and order of the CRM's fixed choices (pipeline stages, lead sources, intents).
// The database stores the enum values; everything a person reads comes from here.
import type { AppointmentType, ContactIntent, ContactPropertyRole, LeadSource, PipelineStage, PropertyStatus, PropertyType } from "../db/crm-types";

export const PIPELINE_STAGES: readonly PipelineStage[] = [
  "NEW", "ATTEMPTED_CONTACT", "CONNECTED", "APPOINTMENT_SET", "ACTIVE_CLIENT", "UNDER_CONTRACT", "CLOSED", "NURTURE", "LOST",
];

export const STAGE_LABELS: Record<PipelineStage, string> = {
  NEW: "New",
  ATTEMPTED_CONTACT: "Attempted contact",
  CONNECTED: "Connected",
  APPOINTMENT_SET: "Appointment set",
  ACTIVE_CLIENT: "Active client",
  UNDER_CONTRACT: "Under contract",
  CLOSED: "Closed",
  NURTURE: "Nurture",
  LOST: "Lost",
};

/** Tailwind classes for a stage's dot/badge, so a stage looks the same everywhere. */
export const STAGE_TONES: Record<PipelineStage, string> = {
  NEW: "bg-sky-500",
  ATTEMPTED_CONTACT: "bg-amber-500",
  CONNECTED: "bg-violet-500",
  APPOINTMENT_SET: "bg-indigo-500",
  ACTIVE_CLIENT: "bg-blue-600",
  UNDER_CONTRACT: "bg-emerald-500",
  CLOSED: "bg-green-700",
  NURTURE: "bg-teal-500",
  LOST: "bg-slate-400",
};

/** The same tones as the dot a stage badge draws with `::before` (one element per badge). */
export const STAGE_BADGE_TONES: Record<PipelineStage, string> = {
  NEW: "before:bg-sky-500",
  ATTEMPTED_CONTACT: "before:bg-amber-500",
  CONNECTED: "before:bg-violet-500",
  APPOINTMENT_SET: "before:bg-indigo-500",
  ACTIVE_CLIENT: "before:bg-blue-600",
  UNDER_CONTRACT: "before:bg-emerald-500",
  CLOSED: "before:bg-green-700",
  NURTURE: "before:bg-teal-500",
  LOST: "before:bg-slate-400",
};

export const LEAD_SOURCES: readonly LeadSource[] = ["ZILLOW", "REALTOR_COM", "WEBSITE", "REFERRAL", "OPEN_HOUSE", "SIGN_CALL", "SPHERE", "OTHER"];

export const SOURCE_LABELS: Record<LeadSource, string> = {
  ZILLOW: "Zillow",
  REALTOR_COM: "Realtor.com",
  WEBSITE: "Website",
  REFERRAL: "Referral",
  OPEN_HOUSE: "Open house",
  SIGN_CALL: "Sign call",
  SPHERE: "Sphere",
  OTHER: "Other",
};

export const INTENTS: readonly ContactIntent[] = ["BUYER", "SELLER", "BUYER_AND_SELLER", "RENTER", "LANDLORD", "INVESTOR", "UNKNOWN"];

export const INTENT_LABELS: Record<ContactIntent, string> = {
  BUYER: "Buyer",
  SELLER: "Seller",
  BUYER_AND_SELLER: "Buyer & seller",
  RENTER: "Renter",
  LANDLORD: "Landlord",
  INVESTOR: "Investor",
  UNKNOWN: "Not sure yet",
};

export const PROPERTY_TYPES: readonly PropertyType[] = ["SINGLE_FAMILY", "CONDO", "TOWNHOUSE", "MULTI_FAMILY", "LAND", "COMMERCIAL", "OTHER"];
export const PROPERTY_TYPE_LABELS: Record<PropertyType, string> = {
  SINGLE_FAMILY: "Single-family",
  CONDO: "Condo",
  TOWNHOUSE: "Townhouse",
  MULTI_FAMILY: "Multi-family",
  LAND: "Land",
  COMMERCIAL: "Commercial",
  OTHER: "Other",
};

export const PROPERTY_STATUSES: readonly PropertyStatus[] = ["COMING_SOON", "ACTIVE", "PENDING", "SOLD", "OFF_MARKET"];
export const PROPERTY_STATUS_LABELS: Record<PropertyStatus, string> = {
  COMING_SOON: "Coming soon",
  ACTIVE: "Active",
  PENDING: "Pending",
  SOLD: "Sold",
  OFF_MARKET: "Off market",
};

export const PROPERTY_ROLES: readonly ContactPropertyRole[] = ["BUYER", "SELLER", "TENANT", "LANDLORD", "INTERESTED"];
export const PROPERTY_ROLE_LABELS: Record<ContactPropertyRole, string> = {
  BUYER: "Buyer",
  SELLER: "Seller",
  TENANT: "Tenant",
  LANDLORD: "Landlord",
  INTERESTED: "Interested",
};

export const APPOINTMENT_TYPES: readonly AppointmentType[] = ["SHOWING", "LISTING_APPOINTMENT", "BUYER_CONSULTATION", "OPEN_HOUSE", "CLOSING", "OTHER"];
export const APPOINTMENT_TYPE_LABELS: Record<AppointmentType, string> = {
  SHOWING: "Showing",
  LISTING_APPOINTMENT: "Listing appointment",
  BUYER_CONSULTATION: "Buyer consultation",
  OPEN_HOUSE: "Open house",
  CLOSING: "Closing",
  OTHER: "Other",
};

/** Reminder choices: minutes before the start, and how they read. */
export const REMINDER_CHOICES: readonly (readonly [string, string])[] = [
  ["", "No reminder"],
  ["15", "15 minutes before"],
  ["60", "1 hour before"],
  ["1440", "1 day before"],
];
