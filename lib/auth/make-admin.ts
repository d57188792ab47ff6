// `npm run admin:create -- <email>`: promote an existing account to staff, or create a verified
// staff account with a one-time random password (printed once, never stored in plain text).
import { randomBytes } from "node:crypto";
import type { AccountsClient } from "../db/accounts";
import { emailField } from "./email-address";
import { hashPassword } from "./password";

export async function makeAdmin(db: AccountsClient, rawEmail: string): Promise<{ email: string; created: boolean; password?: string }> {
  const email = emailField.parse(rawEmail);
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) {
    // A role change ends the user's sessions so the new role applies from the next sign-in.
    await db.user.update({ where: { id: existing.id }, data: { role: "ADMIN", sessionVersion: { increment: 1 } } });
    return { email, created: false };
  }
  const password = randomBytes(18).toString("base64url");
  await db.user.create({
    data: { email, name: email.split("@")[0]!, role: "ADMIN", emailVerifiedAt: new Date(), passwordHash: await hashPassword(password) },
  });
  return { email, created: true, password };
}
