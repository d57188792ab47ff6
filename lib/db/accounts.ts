// Account tables (users, email tokens, abuse counters, the dev outbox) are not tenant data: sign-up
// and sign-in must find a user before anyone is signed in. lib/auth reaches them only through this
// narrow handle; tenant tables are not on it.
import type { PrismaClient } from "./generated/prisma/client";

export type AccountsClient = Pick<PrismaClient, "user" | "account" | "authToken" | "devOutboxEmail" | "revokedSession" | "knownDevice">;

export function accountsClient(prisma: PrismaClient): AccountsClient {
  return { user: prisma.user, account: prisma.account, authToken: prisma.authToken, devOutboxEmail: prisma.devOutboxEmail, revokedSession: prisma.revokedSession, knownDevice: prisma.knownDevice };
}

export type { AuthTokenPurpose, Role } from "./generated/prisma/enums";
