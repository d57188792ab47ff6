// Creating an account. The answer is the same whether or not the email already has an account
// ("check your inbox"), so sign-up cannot be used to discover who uses ALT; the owner of an
// existing account gets an email saying someone tried.
import "server-only";
import { z } from "zod";
import { getAccountsDb } from "../db";
import { getEnv } from "../env";
import { emailChangedMessage, existingAccountMessage, verifyEmailMessage } from "../integrations/resend/templates/account-emails";
import { sendEmail } from "../integrations/resend/send-email";
import { emailField } from "./email-address";
import { hashPassword } from "./password";
import { newPasswordField } from "./password-policy";
import { LIMITS, takeAttempt } from "./rate-limit";
import { consumeToken, issueToken } from "./tokens";

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
    await sendEmail(email, await existingAccountMessage({ name: existing.name, signInLink: `${getEnv().APP_URL}/sign-in` }));
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
  await sendEmail(email, await verifyEmailMessage({ name, link: verificationLink(token) }));
  return { ok: true, email };
}

/**
 * Uses a verification link: marks the address verified, or, for a link sent after an email
 * change, switches the account to the new address (telling the old one). Returns whether it worked.
 */
export async function verifyEmail(token: string): Promise<boolean> {
  const claim = await consumeToken(token, "VERIFY_EMAIL");
  if (!claim) return false;
  const db = await getAccountsDb();
  const user = await db.user.findUnique({ where: { id: claim.ownerId }, select: { email: true, name: true } });
  if (!user) return false;
  if (!claim.email || claim.email === user.email) {
    await db.user.update({ where: { id: claim.ownerId }, data: { emailVerifiedAt: new Date() } });
    return true;
  }
  const switched = await db.user
    .update({ where: { id: claim.ownerId }, data: { email: claim.email, emailVerifiedAt: new Date() } })
    .then(() => true)
    .catch((error: unknown) => {
      if ((error as { code?: string }).code === "P2002") return false; // taken since the link was sent
      throw error;
    });
  if (switched) await sendEmail(user.email, await emailChangedMessage({ name: user.name, newEmail: claim.email }));
  return switched;
}
