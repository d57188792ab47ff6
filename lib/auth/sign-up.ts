// Creating an account. The answer is the same whether or not the email already has an account
// ("check your inbox"), so sign-up cannot be used to discover who uses ALT; the owner of an
// existing account gets an email saying someone tried.
import "server-only";
import { z } from "zod";
import { getAccountsDb } from "../db";
import { getEnv } from "../env";
import { existingAccountMessage, verifyEmailMessage } from "../integrations/resend/templates/account-emails";
import { sendEmail } from "../integrations/resend/send-email";
import { emailField } from "./email-address";
import { hashPassword } from "./password";
import { newPasswordField } from "./password-policy";
import { LIMITS, takeAttempt } from "./rate-limit";
import { issueToken } from "./tokens";

export const signUpSchema = z.object({
  name: z.string({ error: "Enter your name." }).trim().min(1, "Enter your name.").max(100, "Use at most 100 characters.")
    .refine((n) => !/[\u0000-\u001f]/.test(n), "Names cannot contain control characters."),
  email: emailField,
  password: newPasswordField,
});

export type SignUpInput = z.input<typeof signUpSchema>;
export type FieldErrors = Partial<Record<"name" | "email" | "password" | "form", string>>;

export type SignUpResult = { ok: true; email: string } | { ok: false; errors: FieldErrors };

export const verificationLink = (token: string) => `${getEnv().APP_URL}/verify-email?token=${encodeURIComponent(token)}`;

export async function signUp(input: SignUpInput, ip: string): Promise<SignUpResult> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) {
    const errors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as keyof FieldErrors;
      errors[field] ??= issue.message;
    }
    return { ok: false, errors };
  }
  await takeAttempt(`signup:ip:${ip}`, LIMITS.signUpPerIp);
  const { name, email, password } = parsed.data;
  const db = await getAccountsDb();
  const existing = await db.user.findUnique({ where: { email }, select: { id: true, name: true } });
  if (existing) {
    await sendEmail(email, existingAccountMessage({ name: existing.name, signInLink: `${getEnv().APP_URL}/sign-in` }));
    return { ok: true, email };
  }
  const passwordHash = await hashPassword(password);
  const user = await db.user
    .create({ data: { name, email, passwordHash, timeZone: "America/New_York" }, select: { id: true } })
    .catch((error: unknown) => {
      // A concurrent sign-up with the same email won the unique constraint: same answer as above.
      if ((error as { code?: string }).code === "P2002") return null;
      throw error;
    });
  if (!user) return { ok: true, email };
  const token = await issueToken(user.id, "VERIFY_EMAIL", { email });
  await sendEmail(email, verifyEmailMessage({ name, link: verificationLink(token) }));
  return { ok: true, email };
}

/** Marks the email verified if the token is good; returns whether it was. */
export async function verifyEmail(token: string): Promise<boolean> {
  const { consumeToken } = await import("./tokens");
  const claim = await consumeToken(token, "VERIFY_EMAIL");
  if (!claim) return false;
  const db = await getAccountsDb();
  const updated = await db.user.updateMany({
    where: { id: claim.ownerId, ...(claim.email ? { email: claim.email } : {}) },
    data: { emailVerifiedAt: new Date() },
  });
  return updated.count === 1;
}
