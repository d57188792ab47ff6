import { Pencil } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppointmentForm } from "@/components/crm/appointment-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { buttonClasses } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/session";
import { getAppointment, typeLabel } from "@/lib/crm/appointments/appointments";
import { formatInZone } from "@/lib/crm/dates";
import { REMINDER_CHOICES } from "@/lib/crm/labels";
import { listPropertyOptions } from "@/lib/crm/properties/properties";
import { deleteAppointmentAction, updateAppointmentAction } from "../actions";

export const metadata = { title: "Appointment" };

const SYNC_LABELS = { PENDING: "Pending", SYNCED: "Synced", FAILED: "Not synced" } as const;

export default async function AppointmentPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireUser();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const data = await getAppointment(user.id, id);
  if (!data) notFound();
  const { appointment: a, timeZone } = data;
  const t = (d: Date, p: string) => formatInZone(d, timeZone, p);
  const reminder = REMINDER_CHOICES.find(([m]) => m === String(a.reminderMinutes[0] ?? ""))?.[1] ?? "No reminder";

  if (query.edit === "1") {
    const properties = await listPropertyOptions(user.id);
    return (
      <div className="mx-auto max-w-2xl">
        <h1 className="mb-4 text-2xl font-semibold tracking-tight text-slate-900">Edit appointment</h1>
        <AppointmentForm
          action={updateAppointmentAction}
          appointmentId={a.id}
          initial={{ title: a.title, type: a.type, date: t(a.startsAt, "yyyy-MM-dd"), startTime: t(a.startsAt, "HH:mm"), endTime: t(a.endsAt, "HH:mm"), location: a.location ?? "", notes: a.notes ?? "", propertyId: a.property?.id ?? "", contactIds: a.contacts.map((c) => c.id), reminder: String(a.reminderMinutes[0] ?? "") }}
          linkedContacts={a.contacts}
          properties={properties}
          timeZone={timeZone}
          cancelHref={`/appointments/${a.id}`}
          submitLabel="Save changes"
        />
        <form action={deleteAppointmentAction} className="mt-8 border-t border-slate-200 pt-6">
          <input type="hidden" name="id" value={a.id} />
          <button type="submit" className={buttonClasses("secondary", "sm", "border-red-300 text-red-700 hover:bg-red-50")}>Delete appointment</button>
        </form>
      </div>
    );
  }
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <Breadcrumb parent={{ href: `/appointments?view=day&date=${t(a.startsAt, "yyyy-MM-dd")}`, label: "Appointments" }} />
      <header className="flex items-start justify-between gap-3">
        <div>
          <p className="text-sm font-medium text-brand-700">{typeLabel(a.type)}</p>
          <h1 className="break-words text-2xl font-semibold tracking-tight text-slate-900">{a.title}</h1>
          <p className="mt-1 text-sm text-slate-700">{t(a.startsAt, "EEEE, MMMM d, yyyy")} · {t(a.startsAt, "h:mm a")} – {t(a.endsAt, "h:mm a")}</p>
        </div>
        <Link href={`/appointments/${a.id}?edit=1`} className={buttonClasses("secondary", "sm")}><Pencil className="h-4 w-4" aria-hidden="true" /> Edit</Link>
      </header>
      <dl className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white px-4 text-sm">
        <div className="grid grid-cols-3 gap-2 py-2"><dt className="text-slate-500">Location</dt><dd className="col-span-2 break-words">{a.location ?? "—"}</dd></div>
        <div className="grid grid-cols-3 gap-2 py-2"><dt className="text-slate-500">Property</dt><dd className="col-span-2">{a.property ? <Link href={`/properties/${a.property.id}`} className="text-brand-700 hover:underline">{a.property.address}</Link> : "—"}</dd></div>
        <div className="grid grid-cols-3 gap-2 py-2"><dt className="text-slate-500">With</dt><dd className="col-span-2">{a.contacts.length ? a.contacts.map((c, i) => <span key={c.id}>{i > 0 && ", "}<Link href={`/contacts/${c.id}`} className="text-brand-700 hover:underline">{c.name}</Link></span>) : "—"}</dd></div>
        <div className="grid grid-cols-3 gap-2 py-2"><dt className="text-slate-500">Reminder</dt><dd className="col-span-2">{reminder}</dd></div>
        {a.syncStatus !== "NOT_SYNCED" && (
          <div className="grid grid-cols-3 gap-2 py-2">
            <dt className="text-slate-500">Google Calendar</dt>
            <dd className="col-span-2">
              <span className={a.syncStatus === "SYNCED" ? "text-emerald-700" : a.syncStatus === "FAILED" ? "text-red-700" : "text-amber-700"}>{SYNC_LABELS[a.syncStatus]}</span>
              {a.syncError && <span className="block text-xs text-slate-500">{a.syncError}{a.syncStatus === "FAILED" && <> <Link href="/settings/calendar" className="text-brand-700 hover:underline">Retry from Calendar Sync</Link></>}</span>}
            </dd>
          </div>
        )}
        {a.notes && <div className="grid grid-cols-3 gap-2 py-2"><dt className="text-slate-500">Notes</dt><dd className="col-span-2 whitespace-pre-wrap break-words">{a.notes}</dd></div>}
      </dl>
    </div>
  );
}
