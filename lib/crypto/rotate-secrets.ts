// `npm run secrets:rotate`: re-seals every stored secret with the newest configured key, so an
// old key can then be removed from SECRET_KEYS. Each secret is opened with whichever listed key
// sealed it and sealed again with the first; rows already on the newest key are left alone.
import "server-only";
import { withSystemDb } from "../db";
import { configuredKeys, open, seal, sealedWithOlderKey, type Key } from "./keyring";
import { SEALED_PURPOSES } from "./sealed-purposes";

/** Every column that holds a sealed secret, with the purpose it was sealed for. */
const SEALED = {
  calendarConnection: { accessToken: SEALED_PURPOSES.googleAccessToken, refreshToken: SEALED_PURPOSES.googleRefreshToken },
  oAuthState: { codeVerifier: SEALED_PURPOSES.googlePkceVerifier },
} as const;

export interface RotationReport {
  resealed: number;
  alreadyCurrent: number;
}

export async function rotateSecrets(keys: Key[] = configuredKeys()): Promise<RotationReport> {
  const report: RotationReport = { resealed: 0, alreadyCurrent: 0 };
  const reseal = (value: string | null, ownerId: string, purpose: string): string | null => {
    if (value === null) return null;
    if (!sealedWithOlderKey(value, keys)) {
      report.alreadyCurrent++;
      return value;
    }
    report.resealed++;
    return seal(open(value, { ownerId, purpose }, keys), { ownerId, purpose }, keys);
  };
  await withSystemDb("re-seal stored secrets with the newest key", async (db) => {
    for (const row of await db.calendarConnection.findMany({ select: { id: true, userId: true, accessToken: true, refreshToken: true } })) {
      const purposes = SEALED.calendarConnection;
      const accessToken = reseal(row.accessToken, row.userId, purposes.accessToken);
      const refreshToken = reseal(row.refreshToken, row.userId, purposes.refreshToken);
      if (accessToken !== row.accessToken || refreshToken !== row.refreshToken) await db.calendarConnection.update({ where: { id: row.id }, data: { accessToken, refreshToken } });
    }
    for (const row of await db.oAuthState.findMany({ select: { stateHash: true, userId: true, codeVerifier: true } })) {
      const codeVerifier = reseal(row.codeVerifier, row.userId, SEALED.oAuthState.codeVerifier)!;
      if (codeVerifier !== row.codeVerifier) await db.oAuthState.update({ where: { stateHash: row.stateHash }, data: { codeVerifier } });
    }
  });
  return report;
}
