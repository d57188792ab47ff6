// Account and security emails: verification, password reset, change notices, new-device alerts.
import { ActionButton, EmailLayout, FinePrint, Paragraph } from "./email-layout";
import { renderEmail, type EmailContent } from "./render-email";

export function verifyEmailMessage(input: { name: string; link: string }): Promise<EmailContent> {
  return renderEmail(
    "Confirm your email for Agent Lead Tracker",
    <EmailLayout title="Confirm your email address" preview="One click to finish setting up Agent Lead Tracker.">
      <Paragraph>Hi {input.name},</Paragraph>
      <Paragraph>Confirm your email address to finish setting up Agent Lead Tracker.</Paragraph>
      <ActionButton href={input.link}>Confirm email</ActionButton>
      <FinePrint>The link works once and expires in 24 hours. If you didn&apos;t sign up, ignore this email.</FinePrint>
    </EmailLayout>,
  );
}

export function existingAccountMessage(input: { name: string; signInLink: string }): Promise<EmailContent> {
  return renderEmail(
    "You already have an Agent Lead Tracker account",
    <EmailLayout title="Someone tried to sign up with your email" preview="You already have an account with this address.">
      <Paragraph>Hi {input.name},</Paragraph>
      <Paragraph>Someone (maybe you) tried to create a new account with this email address. You already have one.</Paragraph>
      <ActionButton href={input.signInLink}>Sign in</ActionButton>
      <FinePrint>If this wasn&apos;t you, nothing changed and you can ignore this email.</FinePrint>
    </EmailLayout>,
  );
}

export function resetPasswordMessage(input: { name: string; link: string }): Promise<EmailContent> {
  return renderEmail(
    "Reset your Agent Lead Tracker password",
    <EmailLayout title="Reset your password" preview="Choose a new password for Agent Lead Tracker.">
      <Paragraph>Hi {input.name},</Paragraph>
      <Paragraph>Use the button below to choose a new password.</Paragraph>
      <ActionButton href={input.link}>Choose a new password</ActionButton>
      <FinePrint>It works once and expires in 1 hour. If you didn&apos;t ask for this, ignore this email: your password stays the same.</FinePrint>
    </EmailLayout>,
  );
}

export function passwordChangedMessage(input: { name: string; resetLink: string }): Promise<EmailContent> {
  return renderEmail(
    "Your Agent Lead Tracker password was changed",
    <EmailLayout title="Your password was changed" preview="Every device was signed out.">
      <Paragraph>Hi {input.name},</Paragraph>
      <Paragraph>Your password was just changed and every device was signed out.</Paragraph>
      <Paragraph>If this wasn&apos;t you, reset your password now.</Paragraph>
      <ActionButton href={input.resetLink}>Reset password</ActionButton>
    </EmailLayout>,
  );
}

export function emailChangeMessage(input: { name: string; link: string }): Promise<EmailContent> {
  return renderEmail(
    "Confirm your new email for Agent Lead Tracker",
    <EmailLayout title="Confirm your new email" preview="Confirm this address to sign in with it.">
      <Paragraph>Hi {input.name},</Paragraph>
      <Paragraph>Confirm this address to make it your Agent Lead Tracker sign-in email.</Paragraph>
      <ActionButton href={input.link}>Confirm new email</ActionButton>
      <FinePrint>The link works once and expires in 24 hours. Until then, your old address stays in use.</FinePrint>
    </EmailLayout>,
  );
}

export function emailChangedMessage(input: { name: string; newEmail: string }): Promise<EmailContent> {
  return renderEmail(
    "Your Agent Lead Tracker email was changed",
    <EmailLayout title="Your email was changed" preview={`Your sign-in email is now ${input.newEmail}.`}>
      <Paragraph>Hi {input.name},</Paragraph>
      <Paragraph>
        Your sign-in email was changed to <strong>{input.newEmail}</strong>. If this wasn&apos;t you, contact support right away.
      </Paragraph>
    </EmailLayout>,
  );
}

export function newDeviceMessage(input: { name: string; when: Date; userAgent: string; resetLink: string }): Promise<EmailContent> {
  const when = input.when.toUTCString();
  return renderEmail(
    "New sign-in to your Agent Lead Tracker account",
    <EmailLayout title="New sign-in to your account" preview={`Signed in from a new browser on ${when}.`}>
      <Paragraph>Hi {input.name},</Paragraph>
      <Paragraph>Your account was signed in to from a new browser on {when}:</Paragraph>
      <FinePrint>{input.userAgent}</FinePrint>
      <Paragraph>If this was you, there&apos;s nothing to do. If not, reset your password now.</Paragraph>
      <ActionButton href={input.resetLink}>Reset password</ActionButton>
    </EmailLayout>,
  );
}
