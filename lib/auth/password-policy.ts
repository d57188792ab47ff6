import { z } from "zod";

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

// The most common passwords of 10+ characters from public breach corpora; a short list keeps
// the obvious ones out without shipping a large dictionary.
const COMMON = new Set([
  "1234567890", "0123456789", "1q2w3e4r5t", "qwertyuiop", "password12", "password123", "password1234",
  "1234567891", "12345678910", "1111111111", "0000000000", "iloveyou12", "qwerty1234", "qwerty12345",
  "1qaz2wsx3edc", "zaq12wsxcde3", "abcdefghij", "abc1234567", "passw0rd12", "p@ssw0rd12", "letmein123",
  "welcome123", "welcome1234", "football12", "baseball12", "sunshine12", "princess12", "administrator",
  "qwertyuiop123", "asdfghjkl1", "asdfghjkl;", "changeme123", "trustno1234", "monkey1234", "dragon1234",
  "realestate", "realestate1", "realtor123", "homesweethome", "password!!", "passwordpassword",
]);

export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.toLowerCase());
}

export const newPasswordField = z
  .string({ error: "Choose a password." })
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`)
  .refine((p) => !isCommonPassword(p), "That password is too common. Try a short phrase of a few words.")
  .refine((p) => !p.includes("\u0000"), "Passwords cannot contain null characters.");
