"use client";

import Link from "next/link";
import { useActionState } from "react";
import { signInAction, type FormState } from "@/app/(auth)/actions";
import { Alert } from "../ui/alert";
import { GoogleSignInButton } from "./google-sign-in-button";
import { SubmitButton } from "../ui/submit-button";
import { TextField } from "../ui/text-field";

export function SignInForm({ notice, error, googleEnabled }: { notice?: string; error?: string; googleEnabled?: boolean }) {
  const [state, action] = useActionState<FormState, FormData>(signInAction, {});
  return (
    <div className="flex flex-col gap-4">
      <form action={action} className="flex flex-col gap-4" noValidate>
        <div>
          <h1 className="text-xl font-semibold text-slate-900">Sign in</h1>
          <p className="mt-1 text-sm text-slate-600">Welcome back. Your pipeline is waiting.</p>
        </div>
        {notice && !state.errors && <Alert tone="success">{notice}</Alert>}
        {error && !state.errors && <Alert tone="error">{error}</Alert>}
        {state.errors?.form && <Alert tone="error">{state.errors.form}</Alert>}
        <TextField label="Email" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} />
        <TextField label="Password" name="password" type="password" autoComplete="current-password" required />
        <Link href="/forgot-password" className="-mt-2 self-end text-sm font-medium text-brand-600 hover:underline">
          Forgot password?
        </Link>
        <SubmitButton pendingLabel="Signing in…" className="mt-2 w-full">
          Sign in
        </SubmitButton>
      </form>
      {googleEnabled && <GoogleSignInButton />}
      <p className="text-center text-sm text-slate-600">
        New to Agent Lead Tracker?{" "}
        <Link href="/sign-up" className="font-medium text-brand-600 hover:underline">
          Create an account
        </Link>
      </p>
    </div>
  );
}
