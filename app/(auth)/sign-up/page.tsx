import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { googleSignInEnabled } from "@/lib/auth/google-sign-in";
import { getSessionUser } from "@/lib/auth/session";
import { devOutboxEnabled } from "@/lib/integrations/resend/dev-outbox";

export const metadata = { title: "Create your account" };

export default async function SignUpPage() {
  if (await getSessionUser()) redirect("/dashboard");
  return <SignUpForm outboxHref={devOutboxEnabled() ? "/dev/outbox" : undefined} googleEnabled={googleSignInEnabled()} />;
}
