// Account tables (users, email tokens, abuse counters, the dev outbox) are not tenant data: sign-up
// and sign-in must find a user before anyone is signed in. lib/auth reaches them only through this
// narrow handle; tenant tables are not on it.
import type { PrismaClient } from "./generated/prisma/client";
import { raw, sql } from "./generated/prisma/internal/prismaNamespace";
import { isOurId, queryOnce, type ReadConnection } from "./tenant-reads";

export type AccountsClient = Pick<PrismaClient, "user" | "account" | "authToken" | "devOutboxEmail" | "revokedSession" | "knownDevice">;

export function accountsClient(prisma: PrismaClient): AccountsClient {
  return { user: prisma.user, account: prisma.account, authToken: prisma.authToken, devOutboxEmail: prisma.devOutboxEmail, revokedSession: prisma.revokedSession, knownDevice: prisma.knownDevice };
}

export type { AuthTokenPurpose, Role } from "./generated/prisma/enums";

export interface SessionState {
  sessionVersion: number;
  name: string;
  email: string;
  role: "AGENT" | "ADMIN";
  revoked: boolean;
}

/** The user's side of the session check; both forms below read the same columns. */
const SESSION_COLUMNS = `u."sessionVersion", u.name, u.email, u.role::text AS role`;

/**
 * What every signed-in request checks (the user's session version and profile, and whether this
 * session was signed out) in one statement: it runs on every page and API call.
 */
export async function readSessionState(reads: ReadConnection, userId: string, sessionId: string): Promise<SessionState | null> {
  const rows = await queryOnce<SessionState>(reads, sql`
    SELECT ${raw(SESSION_COLUMNS)},
           EXISTS (SELECT 1 FROM "RevokedSession" r WHERE r."sessionId" = ${sessionId}) AS revoked
    FROM "User" u WHERE u.id = ${userId}`);
  return rows[0] ?? null;
}

/**
 * readSessionState as constant text, to travel in the first round trip of the agent's read
 * transaction (TenantReadOptions.gate). Both IDs are ours (a cuid-like user ID, a UUID session
 * ID): anything else is refused (null) rather than escaped.
 */
export function sessionStateStatement(userId: string, sessionId: string): string | null {
  if (!isOurId(userId) || !isOurId(sessionId)) return null;
  return `SELECT ${SESSION_COLUMNS},
           EXISTS (SELECT 1 FROM "RevokedSession" r WHERE r."sessionId" = '${sessionId}') AS revoked
    FROM "User" u WHERE u.id = '${userId}'`;
}
