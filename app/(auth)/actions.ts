"use server";

import "server-only";
import { formText } from "@/lib/forms/form-text";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { signIn, signOut } from "@/lib/auth/auth";
import { clientIp } from "@/lib/auth/client-ip";
import { rememberSignInBrowser } from "@/lib/auth/sign-in-browser";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { RateLimitedError } from "@/lib/auth/rate-limit";
import { signUp, verifyEmail, type FieldErrors } from "@/lib/auth/sign-up";
import { requireUser } from "@/lib/auth/session";
import { endAllSessions } from "@/lib/auth/verify-credentials";

export type FormState = { errors?: FieldErrors; done?: boolean; email?: string; values?: Record<string, string> };


export async function signUpAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = { name: formText(form, "name"), email: formText(form, "email") };
  try {
    const result = await signUp({ ...values, password: formText(form, "password") }, clientIp(await headers()));
    if (!result.ok) return { errors: result.errors, values };
    return { done: true, email: result.email };
  } catch (error) {
    if (error instanceof RateLimitedError) return { errors: { form: error.message }, values };
    throw error;
  }
}

const SIGN_IN_MESSAGES: Record<string, string> = {
  locked: "Too many failed attempts. For your security, sign-in is paused for 15 minutes.",
  unverified: "Confirm your email address first: use the link we sent you.",
};

/** Next.js signals a redirect by throwing; a successful signIn() ends with one. */
const isRedirect = (error: unknown) =>
  typeof (error as { digest?: unknown })?.digest === "string" && (error as { digest: string }).digest.startsWith("NEXT_REDIRECT");

export async function signInAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = { email: formText(form, "email") };
  try {
    await signIn("credentials", { email: values.email, password: formText(form, "password"), redirectTo: "/dashboard" });
    return {};
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code ?? "";
      return { errors: { form: SIGN_IN_MESSAGES[code] ?? "That email and password don't match an account." }, values };
    }
    if (isRedirect(error)) await rememberSignInBrowser(values.email);
    throw error; // Next's redirect to the dashboard, or a real failure
  }
}

/** Starts "Sign in with Google": Auth.js answers with a redirect to Google's consent screen. */
export async function googleSignInAction(): Promise<void> {
  await signIn("google", { redirectTo: "/dashboard" });
}

export async function verifyEmailAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ok = await verifyEmail(formText(form, "token"));
  return ok ? { done: true } : { errors: { form: "This link is invalid, already used or expired. Sign in to get a new one." } };
}

export async function forgotPasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = { email: formText(form, "email") };
  try {
    const result = await requestPasswordReset(values.email, clientIp(await headers()));
    return result.ok ? { done: true, email: values.email.trim() } : { errors: { email: result.error }, values };
  } catch (error) {
    if (error instanceof RateLimitedError) return { errors: { form: error.message }, values };
    throw error;
  }
}

export async function resetPasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await resetPassword({ token: formText(form, "token"), password: formText(form, "password") });
  return result.ok ? { done: true } : { errors: result.errors };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

export async function signOutEverywhereAction(): Promise<void> {
  const user = await requireUser();
  await endAllSessions(user.id);
  await signOut({ redirectTo: "/sign-in?signedOut=everywhere" });
}
