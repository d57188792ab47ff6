import { describe, expect, it } from "vitest";
import { hashPassword, needsRehash, verifyPassword } from "@/lib/auth/password";

describe("password hashing", () => {
  it("salts: the same password hashes differently for two users, and neither hash contains it", async () => {
    const password = "correct horse battery staple";
    const [a, b] = await Promise.all([hashPassword(password), hashPassword(password)]);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$15\$8\$1\$/);
    expect(a).not.toContain(password);
  });

  it("verifies the right password and rejects a wrong or tampered one", async () => {
    const hash = await hashPassword("s3cret-password!");
    expect(await verifyPassword("s3cret-password!", hash)).toBe(true);
    expect(await verifyPassword("s3cret-password?", hash)).toBe(false);
    expect(await verifyPassword("s3cret-password!", hash.replace(/.$/, (c) => (c === "A" ? "B" : "A")))).toBe(false);
    expect(await verifyPassword("s3cret-password!", "not-a-hash")).toBe(false);
  });

  it("flags hashes made with weaker parameters for re-hashing", async () => {
    expect(needsRehash(await hashPassword("whatever-password"))).toBe(false);
    expect(needsRehash("scrypt$14$8$1$c2FsdA==$aGFzaA==")).toBe(true);
  });
});
