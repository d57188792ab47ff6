import { ChevronLeft, ChevronRight, Plus } from "lucide-react";
import Link from "next/link";
import { AgendaView, DayView, MonthView, WeekView } from "@/components/crm/calendar-views";
import { ButtonLink, buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { CALENDAR_VIEWS, getCalendar, type CalendarView } from "@/lib/crm/appointments/appointments";
import { calendarDate } from "@/lib/crm/dates";

export const metadata = { title: "Appointments" };

const LABELS: Record<CalendarView, string> = { agenda: "Agenda", day: "Day", week: "Week", month: "Month" };

function heading(view: CalendarView, anchor: string) {
  const d = calendarDate(anchor)!;
  const opts: Intl.DateTimeFormatOptions =
    view === "month" ? { month: "long", year: "numeric" } : view === "day" ? { weekday: "long", month: "long", day: "numeric", year: "numeric" } : { month: "long", day: "numeric", year: "numeric" };
  const text = d.toLocaleDateString("en-US", { ...opts, timeZone: "UTC" });
  return view === "week" ? `Week of ${text}` : view === "agenda" ? `From ${text}` : text;
}

export default async function AppointmentsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireUser();
  const params = await searchParams;
  const view: CalendarView = (CALENDAR_VIEWS as readonly string[]).includes(params.view ?? "") ? (params.view as CalendarView) : "agenda";
  const range = await getCalendar(user.id, view, params.date ?? null);
  const href = (v: CalendarView, date?: string) => `/appointments?view=${v}${date ? `&date=${date}` : ""}`;
  return (
    <>
      <PageHeader
        title="Appointments"
        description={`Showings, consultations, open houses and closings, in ${range.timeZone.replace(/_/g, " ")} time.`}
        actions={<ButtonLink href={`/appointments/new${view === "day" ? `?date=${range.anchor}` : ""}`}><Plus className="h-4 w-4" aria-hidden="true" /> New appointment</ButtonLink>}
      />
      <div className="mb-4 flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div className="flex items-center gap-2">
          <Link href={href(view, range.prev)} className={buttonClasses("secondary", "sm")} aria-label="Previous"><ChevronLeft className="h-4 w-4" /></Link>
          <Link href={href(view)} className={buttonClasses("secondary", "sm")}>Today</Link>
          <Link href={href(view, range.next)} className={buttonClasses("secondary", "sm")} aria-label="Next"><ChevronRight className="h-4 w-4" /></Link>
          <h2 className="ml-2 text-base font-semibold text-slate-900">{heading(view, range.anchor)}</h2>
        </div>
        <nav aria-label="Calendar views" className="flex self-start rounded-lg bg-slate-100 p-1">
          {CALENDAR_VIEWS.map((v) => (
            <Link key={v} href={href(v, params.date)} aria-current={v === view ? "page" : undefined} className={cn("rounded-md px-3 py-1.5 text-sm font-medium", v === view ? "bg-white text-slate-900 shadow-sm" : "text-slate-600 hover:text-slate-900")}>
              {LABELS[v]}
            </Link>
          ))}
        </nav>
      </div>
      {view === "agenda" && <AgendaView range={range} />}
      {view === "day" && <DayView range={range} />}
      {view === "week" && <WeekView range={range} />}
      {view === "month" && <MonthView range={range} />}
    </>
  );
}
