// Phone numbers: stored in E.164 (+15125550123), shown in national format ((512) 555-0123), via
// libphonenumber-js. Numbers typed without a country code are read as the agent's country.
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/min";

export const DEFAULT_COUNTRY: CountryCode = "US";

export type PhoneResult = { ok: true; e164: string } | { ok: false; error: string };

export function normalizePhone(input: string, country: CountryCode = DEFAULT_COUNTRY): PhoneResult {
  const text = input.trim();
  if (!text) return { ok: false, error: "Enter a phone number." };
  if (text.length > 40) return { ok: false, error: "That phone number is too long." };
  const parsed = parsePhoneNumberFromString(text, country);
  if (!parsed || !parsed.isValid()) return { ok: false, error: "That doesn't look like a valid phone number." };
  return { ok: true, e164: parsed.number };
}

/** National format for numbers in the agent's country, international for the rest. */
export function formatPhone(e164: string, country: CountryCode = DEFAULT_COUNTRY): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.country === country ? parsed.formatNational() : parsed.formatInternational();
}

/** The digits someone typed into a search box, for matching stored phone digits. */
export const phoneDigits = (text: string) => text.replace(/\D/g, "");
