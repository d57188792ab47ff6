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

/** One formatter per time zone, reused: building an Intl.DateTimeFormat is the expensive part. */
const wallClockFormatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at `ms` (whole seconds), read through the zone's formatter. */
function offsetAt(ms: number, timeZone: string): number {
  let formatter = wallClockFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" });
    wallClockFormatters.set(timeZone, formatter);
  }
  const f = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatter.formatToParts(ms)) if (part.type in f) f[part.type as keyof typeof f] = Number(part.value);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const wall = new Date(Date.UTC(2000, f.month - 1, f.day, f.hour, f.minute, f.second));
  wall.setUTCFullYear(f.year);
  return wall.getTime() - Math.floor(ms / 1000) * 1000;
}

/**
 * Offsets by zone and UTC day, for days whose offset is the same at both ends; on the two days a
 * year clocks change, by quarter hour the same way (zones change on a quarter hour). A page of 50
 * contacts formats 100 dates, mostly on days already seen: asking ICU for each cost ~7 µs.
 */
const spanOffsets = new Map<string, number | null>();
const DAY = 86_400_000;
const QUARTER_HOUR = 900_000;

function offsetOver(ms: number, timeZone: string, span: number): number | null {
  const start = Math.floor(ms / span) * span;
  const key = `${timeZone} ${start} ${span}`;
  let offset = spanOffsets.get(key);
  if (offset === undefined) {
    const first = offsetAt(start, timeZone);
    offset = first === offsetAt(start + span - 1, timeZone) ? first : null;
    if (spanOffsets.size >= 20_000) spanOffsets.clear(); // a bound, not an eviction policy
    spanOffsets.set(key, offset);
  }
  return offset;
}

function offsetOn(ms: number, timeZone: string): number {
  return offsetOver(ms, timeZone, DAY) ?? offsetOver(ms, timeZone, QUARTER_HOUR) ?? offsetAt(ms, timeZone);
}

/**
 * The instant's wall-clock time in `timeZone` as a Date whose local fields read that time, or null
 * when the server's own zone cannot represent it (a daylight-saving gap of the server's zone).
 */
function wallClock(instant: Date, timeZone: string): Date | null {
  const ms = instant.getTime();
  const wall = new Date(ms + offsetOn(ms, timeZone));
  const f = { year: wall.getUTCFullYear(), month: wall.getUTCMonth(), day: wall.getUTCDate(), hour: wall.getUTCHours(), minute: wall.getUTCMinutes() };
  const local = new Date(f.year, f.month, f.day, f.hour, f.minute, wall.getUTCSeconds(), wall.getUTCMilliseconds());
  const exact = local.getFullYear() === f.year && local.getMonth() === f.month && local.getDate() === f.day && local.getHours() === f.hour && local.getMinutes() === f.minute;
  return exact ? local : null;
}

/** What a pattern's output depends on, learnt once per pattern. */
type PatternKind = { printsZone: boolean; unit: number | null };
const patternKinds = new Map<string, PatternKind>();
const MINUTE = 60_000;
const DAY_TOKENS = /^[GyYRuQqMLwIdDEecPi]+$/;
const MINUTE_TOKENS = /^[GyYRuQqMLwIdDEecPiabBhHkKm]+$/;

function patternKind(pattern: string): PatternKind {
  let kind = patternKinds.get(pattern);
  if (!kind) {
    const tokens = pattern.replace(/'[^']*'?/g, "").replace(/[^A-Za-z]/g, "");
    // Only patterns made of day fields (or day and minute fields) are remembered: anything that
    // prints seconds, a timestamp or the zone reads more than the wall clock's day or minute.
    const unit = tokens === "" ? null : DAY_TOKENS.test(tokens) ? DAY : MINUTE_TOKENS.test(tokens) ? MINUTE : null;
    kind = { printsZone: /[zXxO]/.test(tokens), unit };
    if (patternKinds.size < 1_000) patternKinds.set(pattern, kind);
  }
  return kind;
}

/**
 * Formatted strings by pattern and wall-clock day or minute: without the zone's own letters, the
 * output depends on nothing else. A list page prints the same few days over and over, and
 * date-fns' `format` re-reads its pattern on every call (a third of a list request's date work).
 */
const formatted = new Map<string, string>();

/**
 * Formats an instant as it reads in `timeZone` (date-fns pattern). Pages format hundreds of dates,
 * so the common case reads the wall clock through a cached Intl formatter (about 4× faster than a
 * TZDate); patterns that print the zone itself take the TZDate path.
 */
export function formatInZone(instant: Date, timeZone: string, pattern: string): string {
  const kind = patternKind(pattern);
  if (kind.printsZone) return format(new TZDate(instant, timeZone), pattern);
  const ms = instant.getTime();
  const key = kind.unit === null ? null : `${pattern}\u0000${Math.floor((ms + offsetOn(ms, timeZone)) / kind.unit)}`;
  const known = key === null ? undefined : formatted.get(key);
  if (known !== undefined) return known;
  const text = format(wallClock(instant, timeZone) ?? new TZDate(instant, timeZone), pattern);
  if (key !== null) {
    if (formatted.size >= 20_000) formatted.clear(); // a bound, not an eviction policy
    formatted.set(key, text);
  }
  return text;
}
