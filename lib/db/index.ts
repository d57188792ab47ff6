// The app's database handle: one per process, opened on first use. PGlite allows a single open
// instance per data folder, so the handle lives on globalThis and survives dev-server reloads.
import { getEnv } from "../env";
import { openDatabase, targetFromEnv, type OpenDatabase } from "./client";

const holder = globalThis as typeof globalThis & { __altDatabase?: Promise<OpenDatabase> };

export function getDatabase(): Promise<OpenDatabase> {
  holder.__altDatabase ??= openDatabase(targetFromEnv(getEnv()));
  return holder.__altDatabase;
}

/** For the health endpoint: which engine serves the app and whether it answers. */
export async function checkDatabaseHealth(): Promise<{ engine: "postgres" | "pglite"; ok: boolean }> {
  const engine = getEnv().DATABASE_URL ? "postgres" : "pglite";
  try {
    const { prisma } = await getDatabase();
    const rows = await prisma.$queryRaw<{ ok: number }[]>`SELECT 1 AS ok`;
    return { engine, ok: rows[0]?.ok === 1 };
  } catch {
    return { engine, ok: false };
  }
}
