import { describe, expect, it } from "vitest";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { signUp, verifyEmail } from "@/lib/auth/sign-up";
import { CredentialsError, verifyCredentials } from "@/lib/auth/verify-credentials";
import { installTestDatabase } from "../support/db";

const db = await installTestDatabase();
let n = 0;
const ip = () => `192.0.2.${++n}`;
const lastMail = (to: string) => db.prisma.devOutboxEmail.findFirst({ where: { to }, orderBy: { createdAt: "desc" } });
const tokenIn = (text: string) => /token=([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? "";

async function agent(email: string) {
  await signUp({ name: "Reset Tester", email, password: "original password 1" }, ip());
  expect(await verifyEmail(tokenIn((await lastMail(email))!.text))).toBe(true);
}

describe("password reset", () => {
  it("answers the same for unknown emails and sends nothing", async () => {
    expect(await requestPasswordReset("ghost@example.com", ip())).toEqual({ ok: true });
    expect(await lastMail("ghost@example.com")).toBeNull();
    expect(await requestPasswordReset("not an email", ip())).toMatchObject({ ok: false });
  });

  it("sets a new password with a single-use link, ends sessions and sends a security alert", async () => {
    await agent("reset@example.com");
    const before = await db.prisma.user.findUniqueOrThrow({ where: { email: "reset@example.com" } });
    expect(await requestPasswordReset(" Reset@Example.com ", ip())).toEqual({ ok: true });
    const mail = (await lastMail("reset@example.com"))!;
    expect(mail.subject).toBe("Reset your Agent Lead Tracker password");
    const token = tokenIn(mail.text);

    // A too-short password is refused without using up the link.
    expect(await resetPassword({ token, password: "short" })).toEqual({ ok: false, errors: { password: "Use at least 10 characters." } });
    expect(await resetPassword({ token, password: "brand new password 2" })).toEqual({ ok: true });
    expect((await resetPassword({ token, password: "third password 333" })).ok).toBe(false);

    const after = await db.prisma.user.findUniqueOrThrow({ where: { email: "reset@example.com" } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(after.passwordHash).not.toBe(before.passwordHash);
    expect((await lastMail("reset@example.com"))!.subject).toBe("Your Agent Lead Tracker password was changed");

    await expect(verifyCredentials({ email: "reset@example.com", password: "original password 1" }, ip())).rejects.toBeInstanceOf(CredentialsError);
    expect(await verifyCredentials({ email: "reset@example.com", password: "brand new password 2" }, ip())).toMatchObject({ email: "reset@example.com" });
    expect(await db.prisma.authToken.count({ where: { ownerId: after.id, purpose: "RESET_PASSWORD" } })).toBe(0);
  });

  it("caps reset emails per account without changing the answer", async () => {
    await agent("flood@example.com");
    for (let i = 0; i < 6; i++) expect(await requestPasswordReset("flood@example.com", ip())).toEqual({ ok: true });
    const resets = await db.prisma.devOutboxEmail.count({ where: { to: "flood@example.com", subject: { contains: "Reset" } } });
    expect(resets).toBe(3);
  });
});
