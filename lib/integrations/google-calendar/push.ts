// Pushing one appointment to the agent's primary Google calendar: insert with the deterministic
// event ID (a 409 means an earlier attempt already created it, so the event is patched instead),
// patch on change (If-Match: an event edited in Google is not overwritten blindly), delete when
// the appointment is gone (404/410 count as done). ALT never lists or reads events.
import "server-only";
import type { calendar_v3 } from "@googleapis/calendar";
import { withTenantDb } from "../../db";
import { agentTimeZone, fullName } from "../../crm/contacts/contacts";
import { APPOINTMENT_TYPE_LABELS } from "../../crm/labels";
import { eventIdFor } from "./event-id";
import { markNeedsReconnect } from "./connection";
import { isInvalidGrant, openCalendarSession } from "./tokens";

export type PushOutcome = "synced" | "deleted" | "not-connected" | "access-lost" | "failed" | "conflict";

/** Thrown for errors worth retrying (rate limits, Google's own failures); the job queue backs off. */
export class RetryablePushError extends Error {}

const statusOf = (error: unknown) => (error as { status?: number; response?: { status?: number } })?.response?.status ?? (error as { status?: number })?.status;
const reasonOf = (error: unknown) => {
  const errors = (error as { response?: { data?: { error?: { errors?: { reason?: string }[] } } } })?.response?.data?.error?.errors;
  return errors?.[0]?.reason ?? "";
};
function isRetryable(error: unknown): boolean {
  const status = statusOf(error);
  if (status === undefined) return true; // no answer at all: network trouble
  return status === 429 || status >= 500 || (status === 403 && ["rateLimitExceeded", "userRateLimitExceeded"].includes(reasonOf(error)));
}

type AppointmentForEvent = NonNullable<Awaited<ReturnType<typeof readAppointment>>>;
function readAppointment(userId: string, appointmentId: string) {
  return withTenantDb(userId, async (db) => {
    const appointment = await db.appointment.findFirst({
      where: { id: appointmentId },
      select: {
        id: true, title: true, type: true, startsAt: true, endsAt: true, location: true, notes: true, reminderMinutes: true, googleEtag: true,
        property: { select: { street: true, city: true, region: true, postalCode: true } },
        contacts: { select: { contact: { select: { firstName: true, lastName: true } } } },
      },
    });
    return appointment ? { ...appointment, timeZone: await agentTimeZone(db) } : null;
  });
}

function toEvent(a: AppointmentForEvent, eventId: string): calendar_v3.Schema$Event {
  const address = a.property ? [a.property.street, a.property.city, [a.property.region, a.property.postalCode].filter(Boolean).join(" ")].filter(Boolean).join(", ") : null;
  const people = a.contacts.map((c) => fullName(c.contact)).join(", ");
  return {
    id: eventId,
    summary: a.title,
    location: a.location ?? address ?? undefined,
    description: [APPOINTMENT_TYPE_LABELS[a.type], people && `With: ${people}`, a.notes, "Added by Agent Lead Tracker"].filter(Boolean).join("\n\n"),
    start: { dateTime: a.startsAt.toISOString(), timeZone: a.timeZone },
    end: { dateTime: a.endsAt.toISOString(), timeZone: a.timeZone },
    reminders: { useDefault: a.reminderMinutes.length === 0, overrides: a.reminderMinutes.length ? a.reminderMinutes.slice(0, 5).map((minutes) => ({ method: "popup", minutes })) : undefined },
    extendedProperties: { private: { crmAppointmentId: a.id } },
  };
}

async function record(userId: string, appointmentId: string, data: { syncStatus: "SYNCED" | "PENDING" | "FAILED"; syncError?: string | null; googleEtag?: string | null }) {
  await withTenantDb(userId, (db) =>
    db.appointment.updateMany({ where: { id: appointmentId }, data: { ...data, ...(data.syncStatus === "SYNCED" ? { syncedAt: new Date(), syncError: null } : {}) } }),
  );
}

/**
 * Brings the event in line with the appointment as it is now (so a burst of edits ends in one
 * push of the final state). `lastAttempt`: retryable failures are recorded as failed, not retried.
 */
export async function pushAppointment(userId: string, appointmentId: string, lastAttempt = false): Promise<PushOutcome> {
  const session = await openCalendarSession(userId);
  if (!session) return "not-connected";
  const eventId = eventIdFor(appointmentId);
  const { events } = session.api;
  try {
    const appointment = await readAppointment(userId, appointmentId);
    if (!appointment) {
      await events.delete({ calendarId: "primary", eventId }).catch((error: unknown) => {
        if (statusOf(error) !== 404 && statusOf(error) !== 410) throw error;
      });
      return "deleted";
    }
    const requestBody = toEvent(appointment, eventId);
    let saved: calendar_v3.Schema$Event;
    if (!appointment.googleEtag) {
      saved = await events.insert({ calendarId: "primary", requestBody }).then(
        (r) => r.data,
        async (error: unknown) => {
          if (statusOf(error) !== 409) throw error;
          // Created by an attempt that never got to record it: bring that same event up to date.
          return (await events.patch({ calendarId: "primary", eventId, requestBody })).data;
        },
      );
    } else {
      saved = (await events.patch({ calendarId: "primary", eventId, requestBody }, { headers: { "If-Match": appointment.googleEtag } })).data;
    }
    await record(userId, appointmentId, { syncStatus: "SYNCED", googleEtag: saved.etag ?? null });
    return "synced";
  } catch (error) {
    if (isInvalidGrant(error)) {
      await markNeedsReconnect(userId);
      return "access-lost";
    }
    const status = statusOf(error);
    if (status === 412) {
      await record(userId, appointmentId, { syncStatus: "FAILED", syncError: "Changed in Google Calendar since ALT last wrote it, so ALT left it alone. Retry to overwrite it with this appointment." });
      return "conflict";
    }
    if (isRetryable(error) && !lastAttempt) {
      await record(userId, appointmentId, { syncStatus: "PENDING", syncError: "Google Calendar is busy; trying again shortly." });
      throw new RetryablePushError(`calendar push for ${appointmentId} will be retried (HTTP ${status ?? "no answer"})`);
    }
    const gone = status === 404 || status === 410;
    await record(userId, appointmentId, { syncStatus: "FAILED", syncError: gone ? "The event was deleted in Google Calendar." : `Google Calendar refused this appointment (HTTP ${status ?? "no answer"}).` });
    return "failed";
  } finally {
    await session.settle();
  }
}
