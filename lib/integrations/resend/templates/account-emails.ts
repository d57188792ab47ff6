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

export function resetPasswordMessage(input: { name: string; link: string }): EmailContent {
  return {
    subject: "Reset your Agent Lead Tracker password",
    text: `Hi ${input.name},\n\nUse this link to choose a new password:\n${input.link}\n\nIt works once and expires in 1 hour. If you didn't ask for this, ignore this email: your password stays the same.\n`,
    html: layout("Reset your password", html`<p>Hi ${input.name},</p><p>Use the button below to choose a new password.</p>${button(input.link, "Choose a new password")}<p style="font-size:13px;color:#64748b">It works once and expires in 1 hour. If you didn't ask for this, ignore this email: your password stays the same.</p>`),
  };
}

export function passwordChangedMessage(input: { name: string; resetLink: string }): EmailContent {
  return {
    subject: "Your Agent Lead Tracker password was changed",
    text: `Hi ${input.name},\n\nYour password was just changed and every device was signed out.\n\nIf this wasn't you, reset your password now: ${input.resetLink}\n`,
    html: layout("Your password was changed", html`<p>Hi ${input.name},</p><p>Your password was just changed and every device was signed out.</p><p>If this wasn't you, reset your password now.</p>${button(input.resetLink, "Reset password")}`),
  };
}

export function emailChangeMessage(input: { name: string; link: string }): EmailContent {
  return {
    subject: "Confirm your new email for Agent Lead Tracker",
    text: `Hi ${input.name},\n\nConfirm this address to make it your Agent Lead Tracker sign-in email:\n${input.link}\n\nThe link works once and expires in 24 hours. Until then, your old address stays in use.\n`,
    html: layout("Confirm your new email", html`<p>Hi ${input.name},</p><p>Confirm this address to make it your Agent Lead Tracker sign-in email.</p>${button(input.link, "Confirm new email")}<p style="font-size:13px;color:#64748b">The link works once and expires in 24 hours. Until then, your old address stays in use.</p>`),
  };
}

export function emailChangedMessage(input: { name: string; newEmail: string }): EmailContent {
  return {
    subject: "Your Agent Lead Tracker email was changed",
    text: `Hi ${input.name},\n\nYour sign-in email was changed to ${input.newEmail}. If this wasn't you, contact support right away.\n`,
    html: layout("Your email was changed", html`<p>Hi ${input.name},</p><p>Your sign-in email was changed to <strong>${input.newEmail}</strong>. If this wasn't you, contact support right away.</p>`),
  };
}

export function newDeviceMessage(input: { name: string; when: Date; userAgent: string; resetLink: string }): EmailContent {
  const when = input.when.toUTCString();
  return {
    subject: "New sign-in to your Agent Lead Tracker account",
    text: `Hi ${input.name},\n\nYour account was signed in to from a new browser on ${when}:\n${input.userAgent}\n\nIf this was you, there's nothing to do. If not, reset your password now: ${input.resetLink}\n`,
    html: layout("New sign-in to your account", html`<p>Hi ${input.name},</p><p>Your account was signed in to from a new browser on ${when}:</p><p style="font-size:13px;color:#475569">${input.userAgent}</p><p>If this was you, there's nothing to do. If not, reset your password now.</p>${button(input.resetLink, "Reset password")}`),
  };
}
