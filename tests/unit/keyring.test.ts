import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { open, parseKeys, seal, sealedWithOlderKey, SecretError } from "@/lib/crypto/keyring";

const key = (id: string) => `${id}:${randomBytes(32).toString("base64")}`;
const ctx = { ownerId: "user-a", purpose: "google.refresh_token" };
const token = "1//0g-refresh-token-SENTINEL-9f8e7d";

describe("keyring (AES-256-GCM envelopes)", () => {
  const keys = parseKeys([key("k2"), key("k1")].join(","));

  it("seals to ciphertext only, with a fresh nonce every time, and opens again", () => {
    const a = seal(token, ctx, keys);
    const b = seal(token, ctx, keys);
    expect(a).not.toContain("SENTINEL");
    expect(a).not.toBe(b);
    expect(a.split(".")[2]).not.toBe(b.split(".")[2]);
    expect(Buffer.from(a.split(".")[2]!, "base64url")).toHaveLength(12);
    expect(a.startsWith("v1.k2.")).toBe(true);
    expect(open(a, ctx, keys)).toBe(token);
  });

  it("fails closed when any bit of nonce, tag or ciphertext changes, or the owner or purpose differ", () => {
    const sealed = seal(token, ctx, keys);
    const parts = sealed.split(".");
    for (const index of [2, 3, 4]) {
      const bytes = Buffer.from(parts[index]!, "base64url");
      bytes[0]! ^= 1;
      const tampered = [...parts];
      tampered[index] = bytes.toString("base64url");
      expect(() => open(tampered.join("."), ctx, keys)).toThrow(SecretError);
    }
    expect(() => open(sealed, { ...ctx, ownerId: "user-b" }, keys)).toThrow(SecretError);
    expect(() => open(sealed, { ...ctx, purpose: "google.access_token" }, keys)).toThrow(SecretError);
    expect(() => open("plain-text-token", ctx, keys)).toThrow(SecretError);
  });

  it("rotates: the newest key seals, older keys still open, and a removed key is refused", () => {
    const old = parseKeys(key("k1"));
    const sealedOld = seal(token, ctx, old);
    const rotated = [parseKeys(key("k2"))[0]!, old[0]!];
    expect(open(sealedOld, ctx, rotated)).toBe(token);
    expect(sealedWithOlderKey(sealedOld, rotated)).toBe(true);
    const resealed = seal(open(sealedOld, ctx, rotated), ctx, rotated);
    expect(sealedWithOlderKey(resealed, rotated)).toBe(false);
    expect(() => open(sealedOld, ctx, [rotated[0]!])).toThrow(/no longer configured/);
  });

  it("refuses malformed key lists", () => {
    expect(() => parseKeys("k1:c2hvcnQ=")).toThrow(/32 bytes/);
    expect(() => parseKeys(`${key("k1")},${key("k1")}`)).toThrow(/unique/);
    expect(() => parseKeys("no-colon")).toThrow(SecretError);
  });
});
