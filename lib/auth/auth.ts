// Auth.js (next-auth v5) configuration: email + password (Credentials), and Google when a client
// is configured, with JWT sessions. Each
// token carries the user's session version; every request compares it with the database (pages and
// routes in session.ts, Auth.js's own endpoints in the jwt callback below), so "sign out
// everywhere" and password changes end existing sessions at once.
import "server-only";
import { randomUUID } from "node:crypto";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getAccountsDb, type AccountsClient } from "../db";
import { shareAppUrlWithAuth } from "../env";
import { clientIp } from "./client-ip";
import { allowGoogleSignIn, googleAdapter, googleProvider, googleSignInEnabled } from "./google-sign-in";
import { markSignedIn } from "./verify-credentials";
import { rememberSignInBrowser } from "./sign-in-browser";
import { authSecret } from "./secret";
import { CredentialsError, liveSessionAccount, revokeSession, verifyCredentials } from "./verify-credentials";

class LockedSignIn extends CredentialsSignin {
  code = "locked";
}
class UnverifiedSignIn extends CredentialsSignin {
  code = "unverified";
}

declare module "next-auth" {
  interface User {
    role?: "AGENT" | "ADMIN";
    sessionVersion?: number;
  }
  interface Session {
    user: { id: string; name: string; email: string; role: "AGENT" | "ADMIN" };
  }
}

// A config function, so the secret and environment are read when a request arrives, not while
// `next build` evaluates modules (a build has no production secrets).
export const { handlers, signIn, signOut } = NextAuth(async () => {
  shareAppUrlWithAuth();
  return config(googleSignInEnabled() ? await getAccountsDb() : null);
});

function config(googleAccounts: AccountsClient | null): NextAuthConfig {
  return {
    trustHost: true,
    secret: authSecret(),
    logger: {
      // A wrong password is an expected outcome, not a server error worth a stack trace.
      error(error: Error) {
        if (error.name === "CredentialsSignin" || error.name === "LockedSignIn" || error.name === "UnverifiedSignIn") return;
        console.error(error);
      },
    },
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    // The adapter only links Google identities to accounts; sessions stay JWTs.
    adapter: googleAccounts ? googleAdapter(googleAccounts) : undefined,
    providers: [
      ...(googleAccounts ? [googleProvider()] : []),
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(credentials, request) {
          try {
            const user = await verifyCredentials(credentials, clientIp(request.headers));
            return { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
          } catch (error) {
            if (error instanceof CredentialsError) {
              if (error.reason === "locked") throw new LockedSignIn();
              if (error.reason === "unverified") throw new UnverifiedSignIn();
              return null;
            }
            throw error;
          }
        },
      }),
    ],
    events: {
      async signIn({ user, account }) {
        // Credentials sign-ins record their device in the sign-in action; provider ones here.
        if (account?.provider === "google" && user.id && user.email) {
          await markSignedIn(user.id);
          await rememberSignInBrowser(user.email);
        }
      },
      async signOut(message) {
        const token = "token" in message ? message.token : null;
        if (token && typeof token.sid === "string") {
          const expiresAt = typeof token.exp === "number" ? new Date(token.exp * 1000) : new Date(Date.now() + 30 * 86_400_000);
          await revokeSession(token.sid, token.sub, expiresAt);
        }
      },
    },
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider === "google") return allowGoogleSignIn(profile ?? {});
        return true;
      },
      async jwt({ token, user }) {
        if (user) {
          token.sid = randomUUID(); // this session's ID, listed as revoked when it signs out
          token.sub = user.id;
          token.role = user.role;
          token.sv = user.sessionVersion;
          return token;
        }
        if (!token.sub || typeof token.sid !== "string") return null;
        const current = await liveSessionAccount(token.sub, token.sid, token.sv);
        if (!current) return null; // signed out, ended elsewhere, or account gone
        // Name, email and role come from the database, so profile and role changes show at once.
        token.name = current.name;
        token.email = current.email;
        token.role = current.role;
        return token;
      },
      session({ session, token }) {
        session.user.id = token.sub!;
        session.user.role = (token.role as "AGENT" | "ADMIN") ?? "AGENT";
        return session;
      },
    },
  };
}
