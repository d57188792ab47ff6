import { button, html, layout, type EmailContent } from "./html";

export function verifyEmailMessage(input: { name: string; link: string }): EmailContent {
  const title = "Confirm your email address";
  return {
    subject: "Confirm your email for Agent Lead Tracker",
    text: `Hi ${input.name},\n\nConfirm your email address to finish setting up Agent Lead Tracker:\n${input.link}\n\nThe link works once and expires in 24 hours. If you didn't sign up, ignore this email.\n`,
    html: layout(title, html`<p>Hi ${input.name},</p><p>Confirm your email address to finish setting up Agent Lead Tracker.</p>${button(input.link, "Confirm email")}<p style="font-size:13px;color:#64748b">The link works once and expires in 24 hours. If you didn't sign up, ignore this email.</p>`),
  };
}

export function existingAccountMessage(input: { name: string; signInLink: string }): EmailContent {
  const title = "Someone tried to sign up with your email";
  return {
    subject: "You already have an Agent Lead Tracker account",
    text: `Hi ${input.name},\n\nSomeone (maybe you) tried to create a new account with this email address. You already have one: sign in at ${input.signInLink}\n\nIf this wasn't you, nothing changed and you can ignore this email.\n`,
    html: layout(title, html`<p>Hi ${input.name},</p><p>Someone (maybe you) tried to create a new account with this email address. You already have one.</p>${button(input.signInLink, "Sign in")}<p style="font-size:13px;color:#64748b">If this wasn't you, nothing changed and you can ignore this email.</p>`),
  };
}
