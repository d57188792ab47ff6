import { addDays } from "date-fns";
import Link from "next/link";
import type { AppointmentItem, CalendarRange } from "@/lib/crm/appointments/appointments";
import { formatInZone } from "@/lib/crm/dates";
import { APPOINTMENT_TYPE_LABELS } from "@/lib/crm/labels";
import { cn } from "../ui/cn";

const day = (d: Date, tz: string) => formatInZone(d, tz, "yyyy-MM-dd");

/** Appointments grouped by the local day they start on. */
function byDay(items: AppointmentItem[], tz: string) {
  const map = new Map<string, AppointmentItem[]>();
  for (const a of items) map.set(day(a.startsAt, tz), [...(map.get(day(a.startsAt, tz)) ?? []), a]);
  return map;
}

/**
 * One appointment. "full" (agenda, day) shows its type, people and place; "week" gives the time
 * its own line and up to three lines of title where the week is seven narrow columns; "month" is one
 * truncated line. The narrow forms carry the whole description as a tooltip.
 */
function Item({ a, tz, variant = "full" }: { a: AppointmentItem; tz: string; variant?: "full" | "week" | "month" }) {
  const time = formatInZone(a.startsAt, tz, "h:mm a");
  const details = [APPOINTMENT_TYPE_LABELS[a.type], a.contacts.map((c) => c.name).join(", "), a.location].filter(Boolean).join(" · ");
  return (
    <Link
      href={`/appointments/${a.id}`}
      title={variant === "full" ? undefined : `${time} ${a.title} — ${details}`}
      className={cn("block rounded-md border-l-4 border-brand-500 bg-brand-50 px-2 py-1 hover:bg-brand-100", variant === "month" && "truncate text-xs", variant === "week" && "text-xs")}
    >
      <span className={cn("font-medium tabular-nums text-slate-900", variant === "week" && "md:block")}>{time}</span>{" "}
      <span className={cn("text-slate-800", variant === "week" && "break-words md:line-clamp-3")}>{a.title}</span>
      {variant === "full" && <span className="block text-xs text-slate-600">{details}</span>}
    </Link>
  );
}

export function AgendaView({ range }: { range: CalendarRange }) {
  const groups = [...byDay(range.items, range.timeZone)];
  if (groups.length === 0) return <p className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">Nothing scheduled in the next 60 days.</p>;
  return (
    <ol className="flex flex-col gap-4">
      {groups.map(([date, items]) => (
        <li key={date}>
          <h2 className="mb-2 text-sm font-semibold text-slate-700">{formatInZone(items[0]!.startsAt, range.timeZone, "EEEE, MMMM d")}</h2>
          <ul className="flex flex-col gap-2">{items.map((a) => <li key={a.id}><Item a={a} tz={range.timeZone} /></li>)}</ul>
        </li>
      ))}
    </ol>
  );
}

export function DayView({ range }: { range: CalendarRange }) {
  if (range.items.length === 0) return <p className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">Nothing scheduled this day.</p>;
  return <ul className="flex flex-col gap-2">{range.items.map((a) => <li key={a.id}><Item a={a} tz={range.timeZone} /></li>)}</ul>;
}

function days(range: CalendarRange): Date[] {
  const out: Date[] = [];
  // Step by local calendar day (noon avoids daylight-saving edges).
  for (let d = new Date(range.from.getTime() + 12 * 3_600_000); d < range.to; d = addDays(d, 1)) out.push(d);
  return out;
}

export function WeekView({ range }: { range: CalendarRange }) {
  const groups = byDay(range.items, range.timeZone);
  const today = day(new Date(), range.timeZone);
  return (
    <ol className="grid gap-2 md:grid-cols-7">
      {days(range).map((d) => {
        const key = day(d, range.timeZone);
        return (
          <li key={key} className={cn("rounded-xl border bg-white p-2 md:min-h-24", key === today ? "border-brand-400" : "border-slate-200")}>
            <Link href={`/appointments?view=day&date=${key}`} className="mb-1 block text-xs font-semibold text-slate-600 hover:text-brand-700">{formatInZone(d, range.timeZone, "EEE d")}</Link>
            <ul className="flex flex-col gap-1">{(groups.get(key) ?? []).map((a) => <li key={a.id}><Item a={a} tz={range.timeZone} variant="week" /></li>)}</ul>
          </li>
        );
      })}
    </ol>
  );
}

export function MonthView({ range }: { range: CalendarRange }) {
  const groups = byDay(range.items, range.timeZone);
  const month = range.anchor.slice(0, 7);
  const today = day(new Date(), range.timeZone);
  return (
    <div className="overflow-hidden rounded-xl border border-slate-200 bg-white">
      <div className="grid grid-cols-7 border-b border-slate-200 bg-slate-50 text-center text-xs font-medium text-slate-500">
        {["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].map((n) => <div key={n} className="py-1.5">{n}</div>)}
      </div>
      <ol className="grid grid-cols-7">
        {days(range).map((d) => {
          const key = day(d, range.timeZone);
          const items = groups.get(key) ?? [];
          return (
            <li key={key} className={cn("min-h-20 border-b border-r border-slate-100 p-1 sm:min-h-28", !key.startsWith(month) && "bg-slate-50 text-slate-400")}>
              <Link href={`/appointments?view=day&date=${key}`} className={cn("mb-1 inline-flex h-6 w-6 items-center justify-center rounded-full text-xs", key === today ? "bg-brand-600 font-semibold text-white" : "text-slate-700 hover:bg-slate-100")}>
                {formatInZone(d, range.timeZone, "d")}
              </Link>
              {/* On phones a dot per appointment; the day view lists them. */}
              <div className="flex flex-wrap gap-0.5 sm:hidden">{items.map((a) => <span key={a.id} className="h-1.5 w-1.5 rounded-full bg-brand-500" />)}</div>
              <ul className="hidden flex-col gap-0.5 sm:flex">
                {items.slice(0, 3).map((a) => <li key={a.id}><Item a={a} tz={range.timeZone} variant="month" /></li>)}
                {items.length > 3 && <li className="px-1 text-xs text-slate-500">+{items.length - 3} more</li>}
              </ul>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
