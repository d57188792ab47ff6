"use client";

import { useActionState } from "react";
import { verifyEmailAction, type FormState } from "@/app/(auth)/actions";
import { Alert } from "../ui/alert";
import { ButtonLink } from "../ui/button";
import { SubmitButton } from "../ui/submit-button";

// Confirming takes a click (a POST), not just opening the link: mail scanners that prefetch links
// must not use up the single-use token.
export function VerifyEmailForm({ token }: { token: string }) {
  const [state, action] = useActionState<FormState, FormData>(verifyEmailAction, {});
  if (state.done) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-xl font-semibold text-slate-900">Email confirmed</h1>
        <Alert tone="success">Your account is ready.</Alert>
        <ButtonLink href="/sign-in?verified=1" className="w-full">
          Continue to sign in
        </ButtonLink>
      </div>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-4">
      <h1 className="text-xl font-semibold text-slate-900">Confirm your email</h1>
      <p className="text-sm text-slate-600">One click and your account is ready.</p>
      {state.errors?.form && <Alert tone="error">{state.errors.form}</Alert>}
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel="Confirming…" className="w-full">
        Confirm my email
      </SubmitButton>
    </form>
  );
}
