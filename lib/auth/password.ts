// Password hashing with Node's scrypt: memory-hard, salted per user, no native add-on to build.
// Stored format: scrypt$<logN>$<r>$<p>$<salt b64>$<hash b64>, so the cost can rise later and
// old hashes still verify (and can be re-hashed on the next sign-in).
import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";

const LOG_N = 15; // N = 32768: ~50-100 ms per hash on a 2-core server, 32 MiB of memory
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize("NFKC"),
      salt,
      KEY_LENGTH,
      { N: 2 ** logN, r, p, maxmem: 256 * 2 ** logN * r },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, LOG_N, R, P);
  return ["scrypt", LOG_N, R, P, salt.toString("base64"), key.toString("base64")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, logN, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64");
  const actual = await derive(password, Buffer.from(salt, "base64"), Number(logN), Number(r), Number(p));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** True when a hash was made with weaker parameters than today's and should be replaced. */
export function needsRehash(stored: string): boolean {
  const [scheme, logN, r, p] = stored.split("$");
  return scheme !== "scrypt" || Number(logN) < LOG_N || Number(r) < R || Number(p) < P;
}
