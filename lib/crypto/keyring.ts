// Secrets at rest (OAuth access and refresh tokens) are sealed with AES-256-GCM: a random 96-bit
// nonce per seal, the GCM tag, and the key's ID in the envelope, so keys can rotate (the newest
// seals, every listed key opens). Associated data binds each envelope to its owner and purpose: a
// token copied onto another agent's row, or into another column, does not open.
// Envelope: "v1.<keyId>.<nonce>.<tag>.<ciphertext>" (base64url parts).
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { getEnv } from "../env";

export interface Key {
  id: string;
  key: Buffer;
}

export interface SealContext {
  /** The row's owner (user ID). */
  ownerId: string;
  /** What the secret is, e.g. "google.refresh_token". */
  purpose: string;
}

export class SecretError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SecretError";
  }
}

// Development only: a fixed, public key so a fresh checkout works. Production refuses to start
// without SECRET_KEYS (lib/env.ts).
const DEVELOPMENT_KEY: Key = { id: "dev", key: createHash("sha256").update("alt-development-only-key").digest() };

/** Parses "id:base64,id:base64" (newest first). */
export function parseKeys(value: string): Key[] {
  const keys = value
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [id, material] = entry.split(":");
      if (!id || !material || !/^[A-Za-z0-9_-]{1,32}$/.test(id)) throw new SecretError("SECRET_KEYS: each entry is id:base64 (id: letters, digits, - or _).");
      const key = Buffer.from(material, "base64");
      if (key.length !== 32) throw new SecretError(`SECRET_KEYS: key "${id}" must be 32 bytes (openssl rand -base64 32).`);
      return { id, key };
    });
  if (new Set(keys.map((k) => k.id)).size !== keys.length) throw new SecretError("SECRET_KEYS: key IDs must be unique.");
  return keys;
}

/** The configured keys, newest first. */
export function configuredKeys(): Key[] {
  const value = getEnv().SECRET_KEYS;
  return value ? parseKeys(value) : [DEVELOPMENT_KEY];
}

const b64 = (data: Buffer) => data.toString("base64url");
const aad = (context: SealContext) => Buffer.from(`alt:${context.purpose}:${context.ownerId}`, "utf8");

export function seal(plaintext: string, context: SealContext, keys: Key[] = configuredKeys()): string {
  const current = keys[0];
  if (!current) throw new SecretError("No encryption key is configured.");
  const nonce = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", current.key, nonce);
  cipher.setAAD(aad(context));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", current.id, b64(nonce), b64(cipher.getAuthTag()), b64(ciphertext)].join(".");
}

/** Opens an envelope; throws SecretError (never returns garbage) for tampering, a wrong owner or purpose, or an unknown key. */
export function open(envelope: string, context: SealContext, keys: Key[] = configuredKeys()): string {
  const [version, keyId, nonce, tag, ciphertext, extra] = envelope.split(".");
  if (version !== "v1" || !keyId || !nonce || !tag || ciphertext === undefined || extra !== undefined) throw new SecretError("Not a sealed secret.");
  const key = keys.find((k) => k.id === keyId);
  if (!key) throw new SecretError(`Sealed with key "${keyId}", which is no longer configured.`);
  try {
    const decipher = createDecipheriv("aes-256-gcm", key.key, Buffer.from(nonce, "base64url"));
    decipher.setAAD(aad(context));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretError("A sealed secret failed its integrity check.");
  }
}

/** Whether an envelope was sealed with a key other than the newest (rotation re-seals it). */
export function sealedWithOlderKey(envelope: string, keys: Key[] = configuredKeys()): boolean {
  return envelope.split(".")[1] !== keys[0]?.id;
}
