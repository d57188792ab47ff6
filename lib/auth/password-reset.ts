// Password reset: asking never reveals whether an email has an account; the link is single-use,
// expires in an hour and is stored only as a hash. A new password ends every existing session
// and the owner gets a security alert.
import "server-only";
import { z } from "zod";
import { getAccountsDb } from "../db";
import { getEnv } from "../env";
import { passwordChangedMessage, resetPasswordMessage } from "../integrations/resend/templates/account-emails";
import { sendEmail } from "../integrations/resend/send-email";
import { emailField } from "./email-address";
import { hashPassword } from "./password";
import { newPasswordField } from "./password-policy";
import { LIMITS, takeAttempt } from "./rate-limit";
import { consumeToken, issueToken } from "./tokens";

export type ResetRequestResult = { ok: true } | { ok: false; error: string };

export async function requestPasswordReset(rawEmail: string, ip: string): Promise<ResetRequestResult> {
  const parsed = emailField.safeParse(rawEmail);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "Enter a valid email address." };
  const email = parsed.data;
  await takeAttempt(`reset:ip:${ip}`, LIMITS.resetPerIp);
  const db = await getAccountsDb();
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true } });
  if (!user) return { ok: true }; // same answer: no account enumeration
  try {
    await takeAttempt(`reset:account:${email}`, LIMITS.resetPerAccount);
  } catch {
    return { ok: true }; // quietly stop mail-bombing one inbox; the answer stays the same
  }
  const token = await issueToken(user.id, "RESET_PASSWORD");
  const link = `${getEnv().APP_URL}/reset-password?token=${encodeURIComponent(token)}`;
  await sendEmail(email, await resetPasswordMessage({ name: user.name, link }));
  return { ok: true };
}

const resetSchema = z.object({ token: z.string().min(1).max(200), password: newPasswordField });

export type ResetResult = { ok: true } | { ok: false; errors: { password?: string; form?: string } };

export async function resetPassword(input: { token: string; password: string }): Promise<ResetResult> {
  const parsed = resetSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return issue?.path[0] === "password"
      ? { ok: false, errors: { password: issue.message } }
      : { ok: false, errors: { form: "This reset link is incomplete." } };
  }
  // Validate the password before using up the token, so a typo doesn't burn the link.
  const claim = await consumeToken(parsed.data.token, "RESET_PASSWORD");
  if (!claim) return { ok: false, errors: { form: "This reset link is invalid, already used or expired. Ask for a new one." } };
  const db = await getAccountsDb();
  const user = await db.user.update({
    where: { id: claim.ownerId },
    // A reset proves control of the inbox, so it also verifies the address.
    data: { passwordHash: await hashPassword(parsed.data.password), sessionVersion: { increment: 1 }, emailVerifiedAt: new Date() },
    select: { email: true, name: true },
  });
  await sendEmail(user.email, await passwordChangedMessage({ name: user.name, resetLink: `${getEnv().APP_URL}/forgot-password` }));
  return { ok: true };
}
