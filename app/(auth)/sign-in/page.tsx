import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getSessionUser } from "@/lib/auth/session";

export const metadata = { title: "Sign in" };

const NOTICES: Record<string, string> = {
  verified: "Email confirmed. Sign in to get started.",
  everywhere: "You've been signed out on every device.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  if (await getSessionUser()) redirect("/dashboard");
  const params = await searchParams;
  const notice = params.verified ? NOTICES.verified : params.signedOut === "everywhere" ? NOTICES.everywhere : undefined;
  return <SignInForm notice={notice} />;
}
