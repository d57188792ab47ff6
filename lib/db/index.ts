// The app's database entry points. Nothing outside lib/db sees the Prisma client itself:
// request code gets a tenant-scoped client (withTenantDb), background and staff code an explicit,
// logged system client (withSystemDb), auth code the account tables (getAccountsDb).
import { getEnv } from "../env";
import { openDatabase, targetFromEnv, type JobConnection, type OpenDatabase } from "./client";
import { holder } from "./holder";
import { accountsClient, readSessionState, sessionStateStatement, type AccountsClient, type SessionState } from "./accounts";
import { clearKey, lockKey, peekHits, recordHit } from "./rate-limits";
import { withSystemAccess, type SystemClient } from "./system-access";
import { withTenant, type TenantClient, type TenantOptions } from "./tenant-scope";
import { gatedTenantReads, withTenantReads, type GatedRead, type QueryOptions, type TenantReader, type TenantReadOptions } from "./tenant-reads";

export type { AccountsClient, GatedRead, JobConnection, QueryOptions, SessionState, SystemClient, TenantClient, TenantReader };
/** Parameterised SQL for TenantReader and $queryRaw: values are always sent as parameters. */
export { sql, join as sqlJoin } from "./generated/prisma/internal/prismaNamespace";
export type { Sql } from "./generated/prisma/internal/prismaNamespace";
export { SCOPED_USER_ID } from "./tenant-reads";
export { isNotFoundError } from "./errors";
export { librarySql } from "./library-sql";


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

/**
 * Runs `work` in a read-only transaction that can only see `userId`'s rows (row-level security,
 * the same role and setting as withTenantDb), on the driver itself: for the most-read pages.
 */
export async function withTenantReadsDb<T, O = never>(
  userId: string,
  work: (db: TenantReader, opened: O[]) => Promise<T>,
  options?: Omit<TenantReadOptions, "gate">,
): Promise<T> {
  return withTenantReads((await getDatabase()).reads, userId, work, options);
}

/** Opens an agent's read-only transaction for `work` (withTenantReadsDb's form, bound to an agent). */
export type TenantReads = <T, O = never>(
  work: (db: TenantReader, opened: O[]) => Promise<T>,
  options?: Omit<TenantReadOptions, "gate">,
) => Promise<T>;

/**
 * Whose reads a page view makes: a user ID already checked, or a signed-in request's own reads,
 * which carry its session check (lib/auth/session.ts's signedInReads).
 */
export type ReadsAs = string | TenantReads;

export function tenantReads(as: ReadsAs): TenantReads {
  return typeof as === "string" ? (work, options) => withTenantReadsDb(as, work, options) : as;
}

/**
 * The session check and the agent's read transaction in one round trip: `admit` sees the
 * session's state (null when the user is gone) and decides whether `work` runs as that user.
 * IDs that are not ours are refused before anything is sent (`admit` is not called then).
 */
export async function withSessionReadsDb<T, O = never>(
  userId: string,
  sessionId: string,
  admit: (state: SessionState | null) => boolean,
  work: (db: TenantReader, opened: O[]) => Promise<T>,
  options?: Omit<TenantReadOptions, "gate">,
): Promise<GatedRead<T>> {
  const statement = sessionStateStatement(userId, sessionId);
  if (!statement) return { admitted: false };
  const gate = { statement, admit: (rows: unknown[]) => admit((rows[0] as SessionState | undefined) ?? null) };
  return gatedTenantReads((await getDatabase()).reads, userId, work, { ...options, gate });
}

/** Cross-tenant work (jobs, deletion, staff tools): explicit, with a reason that is logged. */
export async function withSystemDb<T>(reason: string, work: (db: SystemClient) => Promise<T>): Promise<T> {
  const { prisma } = await getDatabase();
  return withSystemAccess(prisma, reason, work);
}

/** The account tables only (users, email tokens, dev outbox), for lib/auth. */
export async function getAccountsDb(): Promise<AccountsClient> {
  return accountsClient((await getDatabase()).prisma);
}

/** A session's user and whether the session was signed out, in one query (see lib/auth). */
export async function getSessionState(userId: string, sessionId: string): Promise<SessionState | null> {
  return readSessionState((await getDatabase()).reads, userId, sessionId);
}

/** Where the job queue (pg-boss) keeps its tables: the app's own database. */
export async function getJobConnection(): Promise<JobConnection> {
  return (await getDatabase()).jobConnection;
}

/**
 * Whether a second connection can work while a transaction is open (PostgreSQL's pool). PGlite is
 * one connection: anything outside an open transaction waits for it to end.
 */
export async function hasConcurrentConnections(): Promise<boolean> {
  return "connectionString" in (await getDatabase()).jobConnection;
}

/** Database-backed abuse counters shared by every app instance. */
export const rateLimitStore = {
  async hit(key: string, windowMs: number, now?: Date) {
    return recordHit((await getDatabase()).prisma, key, windowMs, now);
  },
  async peek(key: string, windowMs: number, now?: Date) {
    return peekHits((await getDatabase()).prisma, key, windowMs, now);
  },
  async lock(key: string, until: Date) {
    return lockKey((await getDatabase()).prisma, key, until);
  },
  async clear(key: string) {
    return clearKey((await getDatabase()).prisma, key);
  },
};
export type RateLimitStore = typeof rateLimitStore;

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
