// Calendar dates and times in the agent's time zone. The database stores instants (UTC); a
// "date" such as a follow-up day is stored as the start of that day in the agent's zone.
import { TZDate } from "@date-fns/tz";
import { format, isValid, parse, startOfDay } from "date-fns";

/** "2026-11-22" in `timeZone` → the UTC instant that day starts; null for invalid input. */
export function startOfLocalDay(isoDate: string, timeZone: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return null;
  const parsed = parse(isoDate, "yyyy-MM-dd", new Date());
  if (!isValid(parsed) || format(parsed, "yyyy-MM-dd") !== isoDate) return null; // rejects 2026-02-30
  return new Date(new TZDate(parsed.getFullYear(), parsed.getMonth(), parsed.getDate(), timeZone).getTime());
}

/** The "yyyy-MM-dd" an instant falls on in `timeZone`. */
export function localDateString(instant: Date, timeZone: string): string {
  return format(new TZDate(instant, timeZone), "yyyy-MM-dd");
}

/** Start of "today" in `timeZone`, as a UTC instant. */
export function startOfToday(timeZone: string, now = new Date()): Date {
  return new Date(startOfDay(new TZDate(now, timeZone)).getTime());
}

/** A date-only value (birthday: @db.Date) from "yyyy-MM-dd", as UTC midnight. */
export function calendarDate(isoDate: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return null;
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== isoDate ? null : date;
}

export function formatInZone(instant: Date, timeZone: string, pattern: string): string {
  return format(new TZDate(instant, timeZone), pattern);
}
