// The tenant-owned models: each has `userId`, row-level security, and is only reachable through
// the scoped handle (lib/db/tenant-scope.ts). A test compares this list with the database's tables
// that have a userId column, so a new model cannot be left out.
export const TENANT_MODELS = [
  "Contact",
  "ContactEmail",
  "ContactPhone",
  "Property",
  "ContactProperty",
  "Appointment",
  "AppointmentContact",
  "Task",
  "Note",
  "ContactNameWord",
  "ContactStageTotal",
  "Message",
  "Activity",
  "Tag",
  "ContactTag",
  "SavedList",
  "ImportRun",
  "CalendarConnection",
  "OAuthState",
] as const;

export type TenantModel = (typeof TENANT_MODELS)[number];

const tenantModels: ReadonlySet<string> = new Set(TENANT_MODELS);

export const isTenantModel = (model: string | undefined): model is TenantModel =>
  model !== undefined && tenantModels.has(model);

/** The PostgreSQL role every tenant-scoped transaction runs as (no BYPASSRLS, not an owner). */
export const TENANT_ROLE = "alt_tenant";
/** The transaction-local setting that row-level security policies compare userId with. */
export const TENANT_SETTING = "app.user_id";
