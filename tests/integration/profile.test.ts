import { describe, expect, it } from "vitest";
import { changePassword, getProfile, requestEmailChange, updateProfileDetails } from "@/lib/auth/profile";
import { verifyEmail } from "@/lib/auth/sign-up";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { installTestDatabase } from "../support/db";

const db = await installTestDatabase();
const PASSWORD = "my current password";

async function makeUser(email: string) {
  return db.prisma.user.create({
    data: { name: "Pat", email, emailVerifiedAt: new Date(), passwordHash: await hashPassword(PASSWORD) },
  });
}
const lastMail = (to: string) => db.prisma.devOutboxEmail.findFirst({ where: { to }, orderBy: { createdAt: "desc" } });

describe("profile settings", () => {
  it("updates name and time zone, refusing unknown zones and bad names without saving", async () => {
    const user = await makeUser("profile@example.com");
    expect(await updateProfileDetails(user.id, { name: " Pat Lee ", timeZone: "America/Denver" })).toEqual({ ok: true });
    expect(await getProfile(user.id)).toMatchObject({ name: "Pat Lee", timeZone: "America/Denver" });

    const bad = await updateProfileDetails(user.id, { name: "", timeZone: "Mars/Olympus_Mons" });
    expect(bad).toEqual({ ok: false, errors: { name: "Enter your name.", timeZone: "Choose a time zone from the list." } });
    expect(await getProfile(user.id)).toMatchObject({ name: "Pat Lee", timeZone: "America/Denver" });
  });

  it("changes the email only after the new address is confirmed, and tells the old one", async () => {
    const user = await makeUser("old@example.com");
    expect(await requestEmailChange(user.id, { email: "new@example.com", currentPassword: "wrong password" })).toEqual({
      ok: false,
      errors: { currentPassword: "That isn't your current password." },
    });
    expect(await requestEmailChange(user.id, { email: "OLD@example.com", currentPassword: PASSWORD })).toMatchObject({ ok: false });

    expect(await requestEmailChange(user.id, { email: "New@Example.com", currentPassword: PASSWORD })).toEqual({ ok: true });
    expect((await getProfile(user.id))!.email).toBe("old@example.com"); // not yet
    const link = (await lastMail("new@example.com"))!;
    const token = /token=([A-Za-z0-9_-]+)/.exec(link.text)![1]!;
    expect(await verifyEmail(token)).toBe(true);
    expect((await getProfile(user.id))!.email).toBe("new@example.com");
    expect((await lastMail("old@example.com"))!.subject).toBe("Your Agent Lead Tracker email was changed");
  });

  it("sends no link for an address another account uses, with the same answer", async () => {
    await makeUser("someone-else@example.com");
    const user = await makeUser("curious@example.com");
    expect(await requestEmailChange(user.id, { email: "someone-else@example.com", currentPassword: PASSWORD })).toEqual({ ok: true });
    expect(await db.prisma.devOutboxEmail.count({ where: { to: "someone-else@example.com" } })).toBe(0);
  });

  it("changes the password only with the current one, ends sessions and sends an alert", async () => {
    const user = await makeUser("pw@example.com");
    expect(await changePassword(user.id, { currentPassword: "not it at all", newPassword: "a brand new one!" })).toMatchObject({ ok: false });
    expect(await changePassword(user.id, { currentPassword: PASSWORD, newPassword: "short" })).toMatchObject({ ok: false, errors: { newPassword: "Use at least 10 characters." } });
    expect(await changePassword(user.id, { currentPassword: PASSWORD, newPassword: "a brand new one!" })).toEqual({ ok: true });
    const after = await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await verifyPassword("a brand new one!", after.passwordHash!)).toBe(true);
    expect((await lastMail("pw@example.com"))!.subject).toBe("Your Agent Lead Tracker password was changed");
  });
});
