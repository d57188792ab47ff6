import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { GOOGLE_SIGN_IN_ERRORS, googleSignInEnabled } from "@/lib/auth/google-sign-in";
import { getSessionUser } from "@/lib/auth/session";

export const metadata = { title: "Sign in" };

const NOTICES: Record<string, string> = {
  verified: "Email confirmed. Sign in to get started.",
  everywhere: "You've been signed out on every device.",
};

/** Why a Google sign-in came back here (Auth.js error codes and our own signIn callback's). */
const GOOGLE_ERRORS: Record<string, string> = {
  [GOOGLE_SIGN_IN_ERRORS.unverifiedAtGoogle]: "Google hasn't verified that email address, so it can't be used to sign in.",
  [GOOGLE_SIGN_IN_ERRORS.unverifiedHere]:
    "An account with this email is waiting for its confirmation link. Confirm it (or sign in with your password), then try Google again.",
  // Google answered "access_denied": the person pressed Cancel on the consent screen.
  OAuthCallbackError: "Google sign-in was cancelled. You can try again, or use your email and password.",
  OAuthAccountNotLinked: "That Google account is linked to a different Agent Lead Tracker account.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  if (await getSessionUser()) redirect("/dashboard");
  const params = await searchParams;
  const notice = params.verified ? NOTICES.verified : params.signedOut === "everywhere" ? NOTICES.everywhere : undefined;
  const error = params.error ? (GOOGLE_ERRORS[params.error] ?? "Sign-in didn't complete. Please try again.") : undefined;
  return <SignInForm notice={notice} error={error} googleEnabled={googleSignInEnabled()} />;
}
