// The app's database entry points. Nothing outside lib/db sees the Prisma client itself:
// request code gets a tenant-scoped client (withTenantDb), background and staff code an explicit,
// logged system client (withSystemDb). PGlite allows a single open instance per data folder, so
// the handle lives on globalThis and survives dev-server reloads.
import { getEnv } from "../env";
import { openDatabase, targetFromEnv, type OpenDatabase } from "./client";
import { withSystemAccess, type SystemClient } from "./system-access";
import { withTenant, type TenantClient, type TenantOptions } from "./tenant-scope";

export type { SystemClient, TenantClient };
export { isNotFoundError } from "./errors";

const holder = globalThis as typeof globalThis & { __altDatabase?: Promise<OpenDatabase> };

function getDatabase(): Promise<OpenDatabase> {
  holder.__altDatabase ??= openDatabase(targetFromEnv(getEnv()));
  return holder.__altDatabase;
}

/** Runs `work` with a client that can only see and change `userId`'s data. */
export async function withTenantDb<T>(
  userId: string,
  work: (db: TenantClient) => Promise<T>,
  options?: TenantOptions,
): Promise<T> {
  const { prisma } = await getDatabase();
  return withTenant(prisma, userId, work, options);
}

/** Cross-tenant work (jobs, deletion, staff tools): explicit, with a reason that is logged. */
export async function withSystemDb<T>(reason: string, work: (db: SystemClient) => Promise<T>): Promise<T> {
  const { prisma } = await getDatabase();
  return withSystemAccess(prisma, reason, work);
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
