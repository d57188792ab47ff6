// The key that signs session tokens. Production requires AUTH_SECRET (lib/env.ts). In development
// a random secret is made once and kept in the git-ignored data folder, so sessions survive
// restarts and no shared default secret exists anywhere.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { getEnv } from "../env";

export function authSecret(): string {
  const env = getEnv();
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  const file = join(dirname(env.PGLITE_DATA_DIR), "dev-auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}
