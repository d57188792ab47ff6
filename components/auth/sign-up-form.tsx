"use client";

import Link from "next/link";
import { useActionState } from "react";
import { signUpAction, type FormState } from "@/app/(auth)/actions";
import { Alert } from "../ui/alert";
import { GoogleSignInButton } from "./google-sign-in-button";
import { SubmitButton } from "../ui/submit-button";
import { TextField } from "../ui/text-field";

export function SignUpForm({ outboxHref, googleEnabled }: { outboxHref?: string; googleEnabled?: boolean }) {
  const [state, action] = useActionState<FormState, FormData>(signUpAction, {});
  if (state.done) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-xl font-semibold text-slate-900">Check your inbox</h1>
        <p className="text-sm text-slate-600">
          We sent a confirmation link to <strong className="text-slate-900">{state.email}</strong>. Open it to finish setting up your account.
          The link expires in 24 hours.
        </p>
        {outboxHref && (
          <Alert>
            Email isn&apos;t configured on this server, so messages go to the{" "}
            <Link href={outboxHref} className="font-medium underline">
              development outbox
            </Link>
            .
          </Alert>
        )}
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <form action={action} className="flex flex-col gap-4" noValidate>
        <div>
          <h1 className="text-xl font-semibold text-slate-900">Create your account</h1>
          <p className="mt-1 text-sm text-slate-600">Free while you try it. No card needed.</p>
        </div>
        {state.errors?.form && <Alert tone="error">{state.errors.form}</Alert>}
        <TextField label="Your name" name="name" autoComplete="name" required maxLength={100} defaultValue={state.values?.name} error={state.errors?.name} />
        <TextField label="Email" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} error={state.errors?.email} />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          hint="At least 10 characters. A short phrase is easy to remember and hard to guess."
          error={state.errors?.password}
        />
        <SubmitButton pendingLabel="Creating account…" className="mt-2 w-full">
          Create account
        </SubmitButton>
      </form>
      {googleEnabled && <GoogleSignInButton />}
      <p className="text-center text-sm text-slate-600">
        Already have an account?{" "}
        <Link href="/sign-in" className="font-medium text-brand-600 hover:underline">
          Sign in
        </Link>
      </p>
    </div>
  );
}
