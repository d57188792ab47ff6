// A signed-in page's session check, sent in the first round trip of its first read transaction
// instead of a round trip of its own. The layout shows the agent's name from the same verdict, so a
// page costs one database round trip fewer (see requireUserAfterPage in session.ts).
import "server-only";
import { redirect } from "next/navigation";
import { withSessionReadsDb, withTenantReadsDb, type SessionState, type TenantReads } from "../db";
import type { SessionUser } from "./session";
import { isLiveSession } from "./verify-credentials";

/** What the session cookie's token says, decrypted but not yet checked against the database. */
export interface SessionToken {
  sub: string;
  sid: string;
  sv: unknown;
}

/**
 * One request's session check, shared by everything that renders it (layout, page): null until
 * something starts the check, then its verdict — the user, or null when the session has ended.
 */
export interface RequestSession {
  verdict: Promise<SessionUser | null> | null;
}

/** The signed-in user when `state` shows a live session for `token`. */
export function liveSessionUser(token: SessionToken, state: SessionState | null): SessionUser | null {
  if (!isLiveSession(state, token.sv)) return null;
  return { id: token.sub, name: state.name, email: state.email, role: state.role };
}

/**
 * The agent's read transactions for this request. The first one to open while the request has not
 * checked its session yet carries the check (and settles `session.verdict`); later ones, or any
 * opened after another check started, wait for that verdict. Every read redirects to sign-in
 * instead of running when the session has ended.
 */
export function readsCheckingSession(session: RequestSession, token: SessionToken): TenantReads {
  return async (work, options) => {
    if (session.verdict) {
      const user = await session.verdict;
      if (!user) redirect("/sign-in");
      return withTenantReadsDb(user.id, work, options);
    }
    let settle!: (user: SessionUser | null) => void;
    let fail!: (error: unknown) => void;
    session.verdict = new Promise((resolve, reject) => {
      settle = resolve;
      fail = reject;
    });
    // The layout may not be waiting (a client-side navigation renders the page alone).
    session.verdict.catch(() => {});
    try {
      const admit = (state: SessionState | null) => {
        const user = liveSessionUser(token, state);
        settle(user); // before the work runs, so the layout need not wait for the page's reads
        return user !== null;
      };
      const read = await withSessionReadsDb(token.sub, token.sid, admit, work, options);
      settle(null); // no-op when admit ran; covers IDs refused before anything was sent
      if (!read.admitted) redirect("/sign-in");
      return read.value;
    } catch (error) {
      fail(error); // no-op once settled: the work's own errors are the page's, not the session's
      throw error;
    }
  };
}
