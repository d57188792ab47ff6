// Settings → Profile: name, time zone, email (re-verified before it takes effect) and password
// (the current one is required; a change ends every other session and sends a security alert).
import "server-only";
import { z } from "zod";
import { getAccountsDb } from "../db";
import { getEnv } from "../env";
import { emailChangeMessage, passwordChangedMessage } from "../integrations/resend/templates/account-emails";
import { sendEmail } from "../integrations/resend/send-email";
import { emailField } from "./email-address";
import { hashPassword, verifyPassword } from "./password";
import { newPasswordField } from "./password-policy";
import { isTimeZone } from "./time-zones";
import { issueToken } from "./tokens";

export type ProfileErrors = Partial<Record<"name" | "timeZone" | "email" | "currentPassword" | "newPassword" | "form", string>>;
export type ProfileResult = { ok: true } | { ok: false; errors: ProfileErrors };

export interface ProfileView {
  name: string;
  email: string;
  timeZone: string;
  emailVerified: boolean;
}

function fieldErrors(error: z.ZodError): ProfileErrors {
  const errors: ProfileErrors = {};
  for (const issue of error.issues) errors[issue.path[0] as keyof ProfileErrors] ??= issue.message;
  return errors;
}

export async function getProfile(userId: string): Promise<ProfileView | null> {
  const db = await getAccountsDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: { name: true, email: true, timeZone: true, emailVerifiedAt: true } });
  return user && { name: user.name, email: user.email, timeZone: user.timeZone, emailVerified: user.emailVerifiedAt !== null };
}

const detailsSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters.")
    .refine((n) => !/[\u0000-\u001f]/.test(n), "Names cannot contain control characters."),
  timeZone: z.string().refine(isTimeZone, "Choose a time zone from the list."),
});

export async function updateProfileDetails(userId: string, input: { name: string; timeZone: string }): Promise<ProfileResult> {
  const parsed = detailsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const db = await getAccountsDb();
  await db.user.update({ where: { id: userId }, data: parsed.data });
  return { ok: true };
}

async function checkCurrentPassword(userId: string, password: string) {
  const db = await getAccountsDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, name: true, passwordHash: true } });
  const ok = !!user?.passwordHash && password.length <= 200 && (await verifyPassword(password, user.passwordHash));
  return ok ? user : null;
}

export async function requestEmailChange(userId: string, input: { email: string; currentPassword: string }): Promise<ProfileResult> {
  const parsed = emailField.safeParse(input.email);
  if (!parsed.success) return { ok: false, errors: { email: parsed.error.issues[0]?.message } };
  const user = await checkCurrentPassword(userId, input.currentPassword);
  if (!user) return { ok: false, errors: { currentPassword: "That isn't your current password." } };
  if (parsed.data === user.email) return { ok: false, errors: { email: "That is already your email address." } };
  const db = await getAccountsDb();
  // The confirmation goes to the new address; the change happens only when that link is used.
  // Whether the address is taken is checked then, so this step reveals nothing about other accounts.
  const taken = await db.user.findUnique({ where: { email: parsed.data }, select: { id: true } });
  if (!taken) {
    const token = await issueToken(userId, "VERIFY_EMAIL", { email: parsed.data });
    const link = `${getEnv().APP_URL}/verify-email?token=${encodeURIComponent(token)}`;
    await sendEmail(parsed.data, await emailChangeMessage({ name: user.name, link }));
  }
  return { ok: true };
}

const passwordSchema = z.object({ currentPassword: z.string().max(200), newPassword: newPasswordField });

export async function changePassword(userId: string, input: { currentPassword: string; newPassword: string }): Promise<ProfileResult> {
  const parsed = passwordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const user = await checkCurrentPassword(userId, parsed.data.currentPassword);
  if (!user) return { ok: false, errors: { currentPassword: "That isn't your current password." } };
  const db = await getAccountsDb();
  await db.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(parsed.data.newPassword), sessionVersion: { increment: 1 } },
  });
  await sendEmail(user.email, await passwordChangedMessage({ name: user.name, resetLink: `${getEnv().APP_URL}/forgot-password` }));
  return { ok: true };
}
