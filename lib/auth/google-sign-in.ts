// "Sign in with Google": the provider (scopes `openid email profile`, nothing more), the rules
// for who may sign in with it, and the Auth.js adapter that stores the link between a Google
// identity and an ALT account.
import "server-only";
import type { Adapter, AdapterAccount, AdapterUser } from "next-auth/adapters";
import Google from "next-auth/providers/google";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { getAccountsDb, type AccountsClient } from "../db";
import { getEnv } from "../env";
import { normalizeEmail } from "./email-address";

export const GOOGLE_SIGN_IN_SCOPES = "openid email profile";

/** Whether the deployment has a Google OAuth client configured. */
export function googleSignInEnabled(): boolean {
  const env = getEnv();
  return Boolean(env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET);
}

export function googleProvider() {
  const env = getEnv();
  return Google({
    clientId: env.GOOGLE_CLIENT_ID,
    clientSecret: env.GOOGLE_CLIENT_SECRET,
    issuer: env.GOOGLE_OIDC_ISSUER,
    authorization: { params: { scope: GOOGLE_SIGN_IN_SCOPES, prompt: "select_account" } },
    checks: ["pkce", "state", "nonce"],
    // Google has proved the address (email_verified is checked in allowGoogleSignIn), so a
    // verified ALT account with that address is the same person: sign them into it.
    allowDangerousEmailAccountLinking: true,
  });
}

/** Outcomes of allowGoogleSignIn that send the browser back to the sign-in page with a message. */
export const GOOGLE_SIGN_IN_ERRORS = {
  unverifiedAtGoogle: "GoogleEmailUnverified",
  unverifiedHere: "GoogleAccountUnconfirmed",
} as const;

/**
 * The signIn callback's rule for Google: the address must be verified at Google, and an existing
 * ALT account with that address must have confirmed it too. Otherwise someone could register the
 * victim's address with a password and wait for the victim to arrive through Google.
 */
export async function allowGoogleSignIn(profile: { email?: unknown; email_verified?: unknown }): Promise<true | string> {
  if (profile.email_verified !== true || typeof profile.email !== "string") {
    return `/sign-in?error=${GOOGLE_SIGN_IN_ERRORS.unverifiedAtGoogle}`;
  }
  const db = await getAccountsDb();
  const existing = await db.user.findUnique({ where: { email: normalizeEmail(profile.email) }, select: { emailVerifiedAt: true } });
  if (existing && !existing.emailVerifiedAt) return `/sign-in?error=${GOOGLE_SIGN_IN_ERRORS.unverifiedHere}`;
  return true;
}

/** What Auth.js learns about a user from the adapter: never the password hash. */
const USER_FIELDS = { id: true, name: true, email: true, emailVerifiedAt: true, role: true, sessionVersion: true } as const;

type UserRow = { id: string; name: string; email: string; emailVerifiedAt: Date | null; role: "AGENT" | "ADMIN"; sessionVersion: number };

const toAdapterUser = (row: UserRow): AdapterUser => ({
  id: row.id,
  name: row.name,
  email: row.email,
  emailVerified: row.emailVerifiedAt,
  role: row.role,
  sessionVersion: row.sessionVersion,
});

/**
 * @auth/prisma-adapter with its user-facing methods narrowed: our User has its own column names
 * and hands Auth.js only the fields above, and linkAccount keeps no provider tokens (signing in
 * needs none, and a token that is not stored cannot leak).
 */
export function googleAdapter(db: AccountsClient): Adapter {
  return {
    ...PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]),
    async createUser(user) {
      const row = await db.user.create({
        // allowGoogleSignIn has checked that Google verified this address.
        data: { name: user.name?.trim().slice(0, 100) || user.email.split("@")[0] || "New agent", email: normalizeEmail(user.email), emailVerifiedAt: new Date() },
        select: USER_FIELDS,
      });
      return toAdapterUser(row);
    },
    async getUser(id) {
      const row = await db.user.findUnique({ where: { id }, select: USER_FIELDS });
      return row && toAdapterUser(row);
    },
    async getUserByEmail(email) {
      const row = await db.user.findUnique({ where: { email: normalizeEmail(email) }, select: USER_FIELDS });
      return row && toAdapterUser(row);
    },
    async getUserByAccount({ provider, providerAccountId }) {
      const link = await db.account.findUnique({
        where: { provider_providerAccountId: { provider, providerAccountId } },
        select: { user: { select: USER_FIELDS } },
      });
      return link && toAdapterUser(link.user);
    },
    async updateUser(user) {
      const row = await db.user.update({ where: { id: user.id }, data: user.name ? { name: user.name } : {}, select: USER_FIELDS });
      return toAdapterUser(row);
    },
    async linkAccount(account: AdapterAccount) {
      await db.account.create({
        data: { userId: account.userId, type: account.type, provider: account.provider, providerAccountId: account.providerAccountId },
      });
    },
  };
}
