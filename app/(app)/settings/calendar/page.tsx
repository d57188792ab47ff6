import { SettingsTabs } from "@/components/settings/settings-tabs";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { SubmitButton } from "@/components/ui/submit-button";
import { getProfile } from "@/lib/auth/profile";
import { requireUser } from "@/lib/auth/session";
import { formatInZone } from "@/lib/crm/dates";
import { getEnv } from "@/lib/env";
import { CONNECT_ERRORS, type ConnectFailure } from "@/lib/integrations/google-calendar/connect";
import { getCalendarStatus } from "@/lib/integrations/google-calendar/connection";
import { countUnsyncedUpcoming } from "@/lib/integrations/google-calendar/queue-pushes";
import { connectCalendarAction, disconnectCalendarAction, pushUpcomingAction, retryFailedAction } from "./actions";

export const metadata = { title: "Calendar Sync" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

function ConnectButton({ label }: { label: string }) {
  return (
    <form action={connectCalendarAction}>
      <SubmitButton pendingLabel="Opening Google…">{label}</SubmitButton>
    </form>
  );
}

export default async function CalendarSettingsPage({ searchParams }: Props) {
  const user = await requireUser();
  const params = await searchParams;
  const status = await getCalendarStatus(user.id);
  const timeZone = (await getProfile(user.id))?.timeZone ?? "UTC";
  const unsynced = status.state === "connected" ? await countUnsyncedUpcoming(user.id) : 0;
  const problem = params.problem && params.problem in CONNECT_ERRORS ? CONNECT_ERRORS[params.problem as ConnectFailure] : null;
  const n = (count: number, one: string) => `${count} ${one}${count === 1 ? "" : "s"}`;

  return (
    <>
      <PageHeader title="Settings" description="Copy the appointments you make in ALT to your Google Calendar." />
      <SettingsTabs current="/settings/calendar" />
      <div className="flex flex-col gap-4">
        {params.connected && <Alert tone="success">Google Calendar is connected. New and changed appointments will appear in your primary calendar.</Alert>}
        {problem && <Alert tone="error">{problem}</Alert>}
        {params.disconnected && (
          <Alert tone="success">
            Disconnected. ALT deleted its access to your calendar{params.disconnected === "1" ? " and handed it back to Google" : "; Google didn't answer, so you can also remove “Agent Lead Tracker” at myaccount.google.com/permissions"}. Events already copied stay in your calendar.
          </Alert>
        )}
        {params.queued && <Alert tone="info">{n(Number(params.queued) || 0, "appointment")} queued for Google Calendar.</Alert>}

        <section className="rounded-xl border border-slate-200 bg-white p-6">
          <h2 className="font-semibold text-slate-900">Google Calendar</h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-600">
            <li>ALT asks Google for one permission only: to create, change and delete calendar events.</li>
            <li>Appointments you create in ALT are added to your primary calendar, and changed or removed with them.</li>
            <li>ALT never lists or reads events it didn&apos;t create, nor any other calendar.</li>
            <li>Its access is stored encrypted, and deleted the moment you disconnect or delete your account.</li>
          </ul>

          <div className="mt-5">
            {status.state === "not-configured" && (
              <Alert tone="info">
                Calendar sync isn&apos;t set up on this server. An administrator sets <code>GOOGLE_CLIENT_ID</code> and <code>GOOGLE_CLIENT_SECRET</code> (see
                <code> .env.example</code>), adds <code>{getEnv().APP_URL}/api/integrations/google/callback</code> as an authorised redirect URI of that Google OAuth
                client, and enables the Google Calendar API for its project.
              </Alert>
            )}
            {status.state === "not-connected" && <ConnectButton label="Connect Google Calendar" />}
            {status.state === "needs-reconnect" && (
              <div className="flex flex-col gap-3">
                <Alert tone="error">{status.problem}</Alert>
                <div className="flex flex-wrap gap-3">
                  <ConnectButton label="Reconnect Google Calendar" />
                  <form action={disconnectCalendarAction}><SubmitButton variant="secondary" pendingLabel="Disconnecting…">Disconnect</SubmitButton></form>
                </div>
              </div>
            )}
            {status.state === "connected" && (
              <div className="flex flex-col gap-4">
                <p className="text-sm text-slate-700">
                  <strong className="text-emerald-700">Connected</strong> since {formatInZone(status.connectedAt, timeZone, "MMM d, yyyy")}.
                  {status.pending > 0 && ` ${n(status.pending, "appointment")} waiting to be copied.`}
                </p>
                {status.failed > 0 && (
                  <div className="flex flex-wrap items-center gap-3 rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
                    <span>{n(status.failed, "appointment")} not synced.</span>
                    <form action={retryFailedAction}><SubmitButton variant="secondary" pendingLabel="Queuing…">Retry</SubmitButton></form>
                  </div>
                )}
                {unsynced > 0 && (
                  <div className="flex flex-wrap items-center gap-3 text-sm text-slate-700">
                    <span>{n(unsynced, "upcoming appointment")} from before you connected {unsynced === 1 ? "isn't" : "aren't"} in your calendar yet.</span>
                    <form action={pushUpcomingAction}><SubmitButton variant="secondary" pendingLabel="Queuing…">Copy them to Google Calendar</SubmitButton></form>
                  </div>
                )}
                <form action={disconnectCalendarAction}><SubmitButton variant="secondary" pendingLabel="Disconnecting…">Disconnect</SubmitButton></form>
              </div>
            )}
          </div>
        </section>
      </div>
    </>
  );
}
