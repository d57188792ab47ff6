"use client";

import { useActionState } from "react";
import { changeEmailAction, changePasswordAction, saveProfileAction, type SettingsFormState } from "@/app/(app)/settings/actions";
import { Alert } from "../ui/alert";
import { SubmitButton } from "../ui/submit-button";
import { TextField } from "../ui/text-field";

function Section({ title, description, children }: { title: string; description: string; children: React.ReactNode }) {
  return (
    <section className="grid gap-4 border-b border-slate-200 py-8 first:pt-0 last:border-0 md:grid-cols-3">
      <div>
        <h2 className="font-semibold text-slate-900">{title}</h2>
        <p className="mt-1 text-sm text-slate-600">{description}</p>
      </div>
      <div className="md:col-span-2">{children}</div>
    </section>
  );
}

function Feedback({ state }: { state: SettingsFormState }) {
  if (state.errors?.form) return <Alert tone="error">{state.errors.form}</Alert>;
  if (state.saved && state.message) return <Alert tone="success">{state.message}</Alert>;
  return null;
}

export function ProfileDetailsForm({ name, timeZone, timeZones }: { name: string; timeZone: string; timeZones: readonly string[] }) {
  const [state, action] = useActionState<SettingsFormState, FormData>(saveProfileAction, {});
  return (
    <Section title="Profile" description="Your name appears on emails and texts you send. Times show in your time zone.">
      <form action={action} className="flex w-full min-w-0 max-w-md flex-col gap-4" noValidate>
        <Feedback state={state} />
        <TextField label="Name" name="name" defaultValue={state.values?.name ?? name} autoComplete="name" maxLength={100} required error={state.errors?.name} />
        <div className="flex flex-col gap-1.5">
          <label htmlFor="field-timeZone" className="text-sm font-medium text-slate-800">
            Time zone
          </label>
          <select
            id="field-timeZone"
            name="timeZone"
            // Remount on a new value: React's post-action form reset would otherwise restore the
            // option that was selected when the select first rendered.
            key={state.values?.timeZone ?? timeZone}
            defaultValue={state.values?.timeZone ?? timeZone}
            className="h-11 w-full min-w-0 rounded-lg border border-slate-300 bg-white px-3 text-base shadow-sm sm:text-sm"
            aria-invalid={state.errors?.timeZone ? true : undefined}
          >
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll("_", " ")}
              </option>
            ))}
          </select>
          {state.errors?.timeZone && <p className="text-sm text-red-600">{state.errors.timeZone}</p>}
        </div>
        <SubmitButton pendingLabel="Saving…" className="self-start">
          Save profile
        </SubmitButton>
      </form>
    </Section>
  );
}

export function EmailForm({ email, verified }: { email: string; verified: boolean }) {
  const [state, action] = useActionState<SettingsFormState, FormData>(changeEmailAction, {});
  return (
    <Section title="Email" description={`You sign in with ${email}${verified ? "" : " (not confirmed yet)"}. A new address must be confirmed before it takes effect.`}>
      <form action={action} className="flex w-full min-w-0 max-w-md flex-col gap-4" noValidate>
        <Feedback state={state} />
        <TextField label="New email" name="email" type="email" autoComplete="email" required error={state.errors?.email} />
        <TextField id="email-current-password" label="Current password" name="currentPassword" type="password" autoComplete="current-password" required error={state.errors?.currentPassword} />
        <SubmitButton pendingLabel="Sending…" className="self-start">
          Change email
        </SubmitButton>
      </form>
    </Section>
  );
}

export function PasswordForm({ justChanged }: { justChanged: boolean }) {
  const [state, action] = useActionState<SettingsFormState, FormData>(changePasswordAction, {});
  return (
    <Section title="Password" description="Changing it signs out every other device and emails you an alert.">
      <form action={action} className="flex w-full min-w-0 max-w-md flex-col gap-4" noValidate>
        {justChanged && !state.errors && <Alert tone="success">Password changed. Other devices were signed out.</Alert>}
        <Feedback state={state} />
        <TextField id="password-current-password" label="Current password" name="currentPassword" type="password" autoComplete="current-password" required error={state.errors?.currentPassword} />
        <TextField label="New password" name="newPassword" type="password" autoComplete="new-password" minLength={10} required hint="At least 10 characters." error={state.errors?.newPassword} />
        <SubmitButton pendingLabel="Changing…" className="self-start">
          Change password
        </SubmitButton>
      </form>
    </Section>
  );
}
