// Transactional email. With RESEND_API_KEY set, mail goes out through the Resend SDK; without it
// (development, tests) it lands in the dev outbox, readable at /dev/outbox, so every flow that
// sends mail can be followed on a fresh machine.
import "server-only";
import { Resend } from "resend";
import { getAccountsDb } from "../../db";
import { getEnv } from "../../env";
import type { EmailContent } from "./templates/render-email";

export type EmailTransport = "resend" | "dev-outbox";

export function emailTransport(): EmailTransport {
  return getEnv().RESEND_API_KEY ? "resend" : "dev-outbox";
}

export async function sendEmail(to: string, content: EmailContent): Promise<void> {
  const env = getEnv();
  if (env.RESEND_API_KEY) {
    const resend = new Resend(env.RESEND_API_KEY);
    const { error } = await resend.emails.send({ from: env.EMAIL_FROM, to, subject: content.subject, text: content.text, html: content.html });
    if (error) throw new Error(`Email to ${to.replace(/(?<=.).+(?=@)/, "…")} failed: ${error.message}`);
    return;
  }
  const db = await getAccountsDb();
  await db.devOutboxEmail.create({ data: { to, subject: content.subject, text: content.text, html: content.html } });
}
