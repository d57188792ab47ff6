import { z } from "zod";

/** Emails are compared trimmed and lower-cased, so "Dana@Example.com " and "dana@example.com" are one account. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export const emailField = z
  .string({ error: "Enter your email address." })
  .trim()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .transform(normalizeEmail)
  .pipe(z.email("Enter a valid email address, like name@example.com."));
