// Single-use email tokens: 32 random bytes sent in the link, only their SHA-256 stored, deleted
// when used; expired ones are refused (and swept).
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { getAccountsDb, type AccountsClient } from "../db";
import type { AuthTokenPurpose } from "../db/accounts";

export const TOKEN_TTL_MS: Record<AuthTokenPurpose, number> = {
  VERIFY_EMAIL: 24 * 60 * 60_000,
  RESET_PASSWORD: 60 * 60_000,
};

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function issueToken(
  ownerId: string,
  purpose: AuthTokenPurpose,
  options: { email?: string; now?: Date; db?: AccountsClient } = {},
): Promise<string> {
  const db = options.db ?? (await getAccountsDb());
  const now = options.now ?? new Date();
  const token = randomBytes(32).toString("base64url");
  // One live token per purpose: a new link replaces the previous one.
  await db.authToken.deleteMany({ where: { ownerId, purpose } });
  await db.authToken.create({
    data: { ownerId, purpose, email: options.email, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + TOKEN_TTL_MS[purpose]) },
  });
  return token;
}

/**
 * Uses up a token: returns its owner (and email) if it exists, has this purpose and has not
 * expired; otherwise null. The delete is the claim, so two concurrent uses cannot both succeed.
 */
export async function consumeToken(
  token: string,
  purpose: AuthTokenPurpose,
  options: { now?: Date; db?: AccountsClient } = {},
): Promise<{ ownerId: string; email: string | null } | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const db = options.db ?? (await getAccountsDb());
  const now = options.now ?? new Date();
  const row = await db.authToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.purpose !== purpose) return null;
  const claimed = await db.authToken.deleteMany({ where: { id: row.id } });
  if (claimed.count !== 1 || row.expiresAt <= now) return null;
  return { ownerId: row.ownerId, email: row.email };
}
