import { describe, expect, it } from "vitest";
import { getAccountsDb } from "@/lib/db";
import { allowGoogleSignIn, googleAdapter, GOOGLE_SIGN_IN_ERRORS } from "@/lib/auth/google-sign-in";
import { hashPassword } from "@/lib/auth/password";
import { installTestDatabase } from "../support/db";

const db = await installTestDatabase();
const adapter = googleAdapter(await getAccountsDb());

describe("Sign in with Google: who may sign in", () => {
  it("refuses an address Google has not verified", async () => {
    expect(await allowGoogleSignIn({ email: "x@example.com", email_verified: false })).toBe(`/sign-in?error=${GOOGLE_SIGN_IN_ERRORS.unverifiedAtGoogle}`);
    expect(await allowGoogleSignIn({ email: "x@example.com" })).toBe(`/sign-in?error=${GOOGLE_SIGN_IN_ERRORS.unverifiedAtGoogle}`);
    expect(await allowGoogleSignIn({ email_verified: true })).toBe(`/sign-in?error=${GOOGLE_SIGN_IN_ERRORS.unverifiedAtGoogle}`);
  });

  it("refuses to enter an ALT account whose owner never confirmed the address (pre-registration hijack)", async () => {
    await db.prisma.user.create({ data: { name: "Squatter", email: "victim@example.com", passwordHash: await hashPassword("squatter password 1") } });
    expect(await allowGoogleSignIn({ email: "Victim@Example.com", email_verified: true })).toBe(`/sign-in?error=${GOOGLE_SIGN_IN_ERRORS.unverifiedHere}`);
  });

  it("lets a verified address in: new, or matching a confirmed account", async () => {
    expect(await allowGoogleSignIn({ email: "fresh@example.com", email_verified: true })).toBe(true);
    await db.prisma.user.create({ data: { name: "Confirmed", email: "confirmed@example.com", emailVerifiedAt: new Date() } });
    expect(await allowGoogleSignIn({ email: "confirmed@example.com", email_verified: true })).toBe(true);
  });
});

describe("Sign in with Google: the adapter", () => {
  it("creates a confirmed agent account and hands Auth.js no secrets", async () => {
    const user = await adapter.createUser!({ id: "ignored", name: "  Gina Google ", email: "Gina@Example.com", emailVerified: null });
    expect(user).toEqual({ id: expect.any(String), name: "Gina Google", email: "gina@example.com", emailVerified: expect.any(Date), role: "AGENT", sessionVersion: 0 });
    const row = await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toBeNull();
    expect(row.emailVerifiedAt).not.toBeNull();
  });

  it("links an identity without storing any provider token, and finds the user by it", async () => {
    const owner = await db.prisma.user.create({ data: { name: "Link", email: "link@example.com", emailVerifiedAt: new Date(), passwordHash: await hashPassword("link password 12") } });
    await adapter.linkAccount!({
      userId: owner.id,
      type: "oidc",
      provider: "google",
      providerAccountId: "google-sub-123",
      access_token: "ya29.SENTINEL-ACCESS",
      id_token: "eyJ.SENTINEL-ID.sig",
      refresh_token: "1//SENTINEL-REFRESH",
      token_type: "bearer",
    });
    const found = await adapter.getUserByAccount!({ provider: "google", providerAccountId: "google-sub-123" });
    expect(found?.id).toBe(owner.id);
    expect(JSON.stringify(found)).not.toContain(owner.passwordHash!);
    expect(JSON.stringify(await adapter.getUserByEmail!("LINK@example.com"))).not.toContain("scrypt");

    const stored = await db.prisma.$queryRaw<object[]>`SELECT * FROM "Account"`;
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toMatch(/SENTINEL/);
    expect(await adapter.getUserByAccount!({ provider: "google", providerAccountId: "someone-else" })).toBeNull();
  });

  it("removes identity links with the account", async () => {
    const owner = await db.prisma.user.create({ data: { name: "Gone", email: "gone@example.com", emailVerifiedAt: new Date() } });
    await adapter.linkAccount!({ userId: owner.id, type: "oidc", provider: "google", providerAccountId: "gone-sub" });
    await db.prisma.user.delete({ where: { id: owner.id } });
    expect(await db.prisma.account.count({ where: { providerAccountId: "gone-sub" } })).toBe(0);
  });
});
