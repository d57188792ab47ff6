import { ShieldCheck } from "lucide-react";
import { signOutEverywhereAction } from "@/app/(auth)/actions";
import { PageHeader } from "@/components/ui/page-header";
import { SubmitButton } from "@/components/ui/submit-button";
import { requireUser } from "@/lib/auth/session";

export const metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser();
  return (
    <>
      <PageHeader title="Settings" description="Profile, calendar sync, billing, privacy and AI." />
      <section className="rounded-xl border border-slate-200 bg-white p-6">
        <div className="flex items-start gap-4">
          <span className="flex h-10 w-10 shrink-0 items-center justify-center rounded-lg bg-brand-50 text-brand-600">
            <ShieldCheck className="h-5 w-5" aria-hidden="true" />
          </span>
          <div className="flex-1">
            <h2 className="font-semibold text-slate-900">Sessions</h2>
            <p className="mt-1 text-sm text-slate-600">
              Signed in as {user.email}. Lost a phone or used a shared computer? Sign out on every device at once.
            </p>
            <form action={signOutEverywhereAction} className="mt-4">
              <SubmitButton pendingLabel="Signing out…">Sign out everywhere</SubmitButton>
            </form>
          </div>
        </div>
      </section>
    </>
  );
}
