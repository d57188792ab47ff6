// Which contact field each CSV column feeds. Headers from the common exports (Follow Up Boss,
// Zillow, Google Contacts, Outlook) are matched automatically; the agent can change any of them.
export const IMPORT_FIELDS = {
  "": "Don't import",
  firstName: "First name",
  lastName: "Last name",
  fullName: "Full name",
  company: "Company",
  email: "Email",
  phone: "Phone",
  street: "Street",
  city: "City",
  region: "State",
  postalCode: "ZIP",
  source: "Lead source",
  stage: "Stage",
  tags: "Tags",
  notes: "Notes",
  priceMin: "Price from",
  priceMax: "Price to",
  birthday: "Birthday",
} as const;
export type ImportField = keyof typeof IMPORT_FIELDS;

const norm = (h: string) => h.toLowerCase().replace(/[^a-z0-9]/g, "");

/** Normalised header → field. Several columns may feed email/phone (Email 2, Phone 3 …). */
const KNOWN: Record<string, ImportField> = {
  firstname: "firstName", givenname: "firstName", first: "firstName",
  lastname: "lastName", familyname: "lastName", surname: "lastName", last: "lastName",
  name: "fullName", fullname: "fullName", contactname: "fullName", leadname: "fullName", displayname: "fullName",
  company: "company", organization: "company", organizationname: "company", organization1name: "company", companyname: "company",
  email: "email", emailaddress: "email", email1: "email", email2: "email", email3: "email", email1value: "email", email2value: "email",
  emailaddress1: "email", emailaddress2: "email", email2address: "email", email3address: "email", primaryemail: "email",
  phone: "phone", phonenumber: "phone", phone1: "phone", phone2: "phone", phone3: "phone", phone1value: "phone", phone2value: "phone",
  mobilephone: "phone", mobile: "phone", cellphone: "phone", homephone: "phone", businessphone: "phone", primaryphone: "phone", workphone: "phone",
  address: "street", street: "street", streetaddress: "street", homestreet: "street", address1street: "street", mailingaddress: "street", propertyaddress: "street",
  city: "city", homecity: "city", address1city: "city", propertycity: "city",
  state: "region", province: "region", region: "region", homestate: "region", address1region: "region", propertystate: "region",
  zip: "postalCode", zipcode: "postalCode", postalcode: "postalCode", homepostalcode: "postalCode", address1postalcode: "postalCode", propertyzip: "postalCode",
  source: "source", leadsource: "source",
  stage: "stage", status: "stage", leadstatus: "stage", pipelinestage: "stage",
  tags: "tags", tag: "tags", labels: "tags", groupmembership: "tags", categories: "tags",
  notes: "notes", note: "notes", description: "notes", message: "notes", comments: "notes",
  pricemin: "priceMin", minprice: "priceMin", pricefrom: "priceMin",
  pricemax: "priceMax", maxprice: "priceMax", priceto: "priceMax", budget: "priceMax",
  birthday: "birthday", dateofbirth: "birthday",
};

export function autoMap(headers: string[]): ImportField[] {
  return headers.map((h) => KNOWN[norm(h)] ?? (/e-?mail/i.test(h) ? "email" : /phone|mobile|cell/i.test(h) ? "phone" : ""));
}

export function isImportField(value: string): value is ImportField {
  return Object.hasOwn(IMPORT_FIELDS, value);
}

/** The agent's column choices as sent by the import page, checked against the file's columns. */
export function readMapping(raw: string, headerCount: number): { ok: true; mapping: ImportField[] } | { ok: false; error: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || parsed.length !== headerCount || !parsed.every((f) => typeof f === "string" && isImportField(f))) {
    return { ok: false, error: "The column choices don't match this file. Choose the file again." };
  }
  const mapping = parsed as ImportField[];
  if (!mapping.some((f) => f === "firstName" || f === "fullName" || f === "email" || f === "phone")) {
    return { ok: false, error: "Map at least one column to a name, email or phone." };
  }
  return { ok: true, mapping };
}
