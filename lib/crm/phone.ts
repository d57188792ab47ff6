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

/** Formatted numbers, by country and number: parsing costs ~40 µs, and lists show the same numbers again and again. */
const formatted = new Map<string, string>();

/** National format for numbers in the agent's country, international for the rest. */
export function formatPhone(e164: string, country: CountryCode = DEFAULT_COUNTRY): string {
  const key = `${country}${e164}`;
  const known = formatted.get(key);
  if (known !== undefined) return known;
  const parsed = parsePhoneNumberFromString(e164);
  const text = !parsed ? e164 : parsed.country === country ? parsed.formatNational() : parsed.formatInternational();
  if (formatted.size >= 20_000) formatted.clear(); // bounded: a pure function's cache may simply start over
  formatted.set(key, text);
  return text;
}

/** The digits someone typed into a search box, for matching stored phone digits. */
export const phoneDigits = (text: string) => text.replace(/\D/g, "");
