import { signOutEverywhereAction } from "@/app/(auth)/actions";
import { EmailForm, PasswordForm, ProfileDetailsForm } from "@/components/settings/profile-forms";
import { SettingsTabs } from "@/components/settings/settings-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { SubmitButton } from "@/components/ui/submit-button";
import { getProfile } from "@/lib/auth/profile";
import { requireUser } from "@/lib/auth/session";
import { TIME_ZONES } from "@/lib/auth/time-zones";

export const metadata = { title: "Profile settings" };

export default async function ProfileSettingsPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const user = await requireUser();
  const profile = await getProfile(user.id);
  if (!profile) return null;
  const { saved } = await searchParams;
  return (
    <>
      <PageHeader title="Settings" description="Your profile, sign-in email, password and sessions." />
      <SettingsTabs current="/settings/profile" />
      <div className="rounded-xl border border-slate-200 bg-white p-6">
        <ProfileDetailsForm name={profile.name} timeZone={profile.timeZone} timeZones={TIME_ZONES} />
        <EmailForm email={profile.email} verified={profile.emailVerified} />
        <PasswordForm justChanged={saved === "password"} />
        <section className="grid gap-4 pt-8 md:grid-cols-3">
          <div>
            <h2 className="font-semibold text-slate-900">Sessions</h2>
            <p className="mt-1 text-sm text-slate-600">Lost a phone or used a shared computer? Sign out on every device at once.</p>
          </div>
          <form action={signOutEverywhereAction} className="md:col-span-2">
            <SubmitButton pendingLabel="Signing out…">Sign out everywhere</SubmitButton>
          </form>
        </section>
      </div>
    </>
  );
}
