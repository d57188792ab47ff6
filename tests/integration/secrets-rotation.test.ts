import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { open, parseKeys, seal } from "@/lib/crypto/keyring";
import { rotateSecrets } from "@/lib/crypto/rotate-secrets";
import { installTestDatabase } from "../support/db";

const db = await installTestDatabase();
const key = (id: string) => `${id}:${randomBytes(32).toString("base64")}`;

describe("secrets:rotate", () => {
  it("re-seals every stored token with the newest key, after which the old key can go", async () => {
    const old = parseKeys(key("k1"));
    const user = await db.prisma.user.create({ data: { name: "Rot", email: "rot@example.com" } });
    const ctx = (purpose: string) => ({ ownerId: user.id, purpose });
    await db.prisma.calendarConnection.create({
      data: { userId: user.id, status: "CONNECTED", accessToken: seal("ya29.access-SENTINEL", ctx("google.access_token"), old), refreshToken: seal("1//refresh-SENTINEL", ctx("google.refresh_token"), old) },
    });
    await db.prisma.oAuthState.create({ data: { userId: user.id, stateHash: "h1", codeVerifier: seal("verifier-SENTINEL", ctx("google.pkce_verifier"), old), expiresAt: new Date(Date.now() + 60_000) } });

    const both = [parseKeys(key("k2"))[0]!, old[0]!];
    expect(await rotateSecrets(both)).toEqual({ resealed: 3, alreadyCurrent: 0 });
    const row = await db.prisma.calendarConnection.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row.accessToken!.startsWith("v1.k2.")).toBe(true);
    const newestOnly = [both[0]!];
    expect(open(row.refreshToken!, ctx("google.refresh_token"), newestOnly)).toBe("1//refresh-SENTINEL");
    expect(open((await db.prisma.oAuthState.findUniqueOrThrow({ where: { stateHash: "h1" } })).codeVerifier, ctx("google.pkce_verifier"), newestOnly)).toBe("verifier-SENTINEL");
    // Running it again changes nothing.
    expect(await rotateSecrets(both)).toEqual({ resealed: 0, alreadyCurrent: 3 });
  });
});
