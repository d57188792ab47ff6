"use client";

import { useActionState } from "react";
import { resetPasswordAction, type FormState } from "@/app/(auth)/actions";
import { Alert } from "../ui/alert";
import { ButtonLink } from "../ui/button";
import { SubmitButton } from "../ui/submit-button";
import { TextField } from "../ui/text-field";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState<FormState, FormData>(resetPasswordAction, {});
  if (state.done) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-xl font-semibold text-slate-900">Password changed</h1>
        <Alert tone="success">Your new password is set and every other device was signed out.</Alert>
        <ButtonLink href="/sign-in" className="w-full">
          Sign in
        </ButtonLink>
      </div>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <h1 className="text-xl font-semibold text-slate-900">Choose a new password</h1>
      {state.errors?.form && <Alert tone="error">{state.errors.form}</Alert>}
      <input type="hidden" name="token" value={token} />
      <TextField label="New password" name="password" type="password" autoComplete="new-password" required minLength={10} hint="At least 10 characters." error={state.errors?.password} />
      <SubmitButton pendingLabel="Saving…" className="w-full">
        Set new password
      </SubmitButton>
    </form>
  );
}
