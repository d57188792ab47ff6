"use server";

import "server-only";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { disconnectCalendar } from "@/lib/integrations/google-calendar/connection";
import { queueUpcomingPushes, retryFailedPushes } from "@/lib/integrations/google-calendar/queue-pushes";

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
