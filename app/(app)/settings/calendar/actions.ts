"use server";

import "server-only";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { startConnect } from "@/lib/integrations/google-calendar/connect";
import { disconnectCalendar } from "@/lib/integrations/google-calendar/connection";
import { calendarSyncConfigured } from "@/lib/integrations/google-calendar/google-client";
import { queueUpcomingPushes, retryFailedPushes } from "@/lib/integrations/google-calendar/queue-pushes";

/**
 * "Connect Google Calendar": a server action, so the browser follows the redirect to Google as a
 * navigation (a plain form post redirecting off-site would be blocked by our CSP's form-action).
 */
export async function connectCalendarAction() {
  const user = await requireUser();
  if (!calendarSyncConfigured()) redirect("/settings/calendar?problem=not-configured");
  redirect(await startConnect(user.id));
}

export async function disconnectCalendarAction() {
  const user = await requireUser();
  const { revoked } = await disconnectCalendar(user.id);
  redirect(`/settings/calendar?disconnected=${revoked ? "1" : "local"}`);
}

export async function pushUpcomingAction() {
  const user = await requireUser();
  const queued = await queueUpcomingPushes(user.id);
  redirect(`/settings/calendar?queued=${queued}`);
}

export async function retryFailedAction() {
  const user = await requireUser();
  const queued = await retryFailedPushes(user.id);
  redirect(`/settings/calendar?queued=${queued}`);
}
