"use client";

import Link from "next/link";
import { useActionState } from "react";
import { forgotPasswordAction, type FormState } from "@/app/(auth)/actions";
import { Alert } from "../ui/alert";
import { SubmitButton } from "../ui/submit-button";
import { TextField } from "../ui/text-field";

export function ForgotPasswordForm() {
  const [state, action] = useActionState<FormState, FormData>(forgotPasswordAction, {});
  if (state.done) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-xl font-semibold text-slate-900">Check your inbox</h1>
        <p className="text-sm text-slate-600">
          If an account uses <strong className="text-slate-900">{state.email}</strong>, we sent it a link to choose a new password. The link
          expires in 1 hour.
        </p>
        <Link href="/sign-in" className="text-sm font-medium text-brand-600 hover:underline">
          Back to sign in
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <div>
        <h1 className="text-xl font-semibold text-slate-900">Forgot your password?</h1>
        <p className="mt-1 text-sm text-slate-600">Enter your email and we&apos;ll send you a link to choose a new one.</p>
      </div>
      {state.errors?.form && <Alert tone="error">{state.errors.form}</Alert>}
      <TextField label="Email" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} error={state.errors?.email} />
      <SubmitButton pendingLabel="Sending…" className="w-full">
        Send reset link
      </SubmitButton>
      <Link href="/sign-in" className="text-center text-sm font-medium text-brand-600 hover:underline">
        Back to sign in
      </Link>
    </form>
  );
}
