// The Calendar half of the fake Google: OAuth tokens for the calendar grant (refresh, revoke,
// invalid_grant on demand) and the events of each account's primary calendar (insert with a
// client-chosen ID, patch with If-Match, delete). Tests can queue failures for the next calls.
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

export interface FakeEvent {
  id: string;
  etag: string;
  summary?: string;
  start?: { dateTime?: string; timeZone?: string };
  end?: { dateTime?: string; timeZone?: string };
  location?: string;
  description?: string;
  extendedProperties?: { private?: Record<string, string> };
  [key: string]: unknown;
}

export interface FakeCalendar {
  /** Events by account (the email that granted access), then by event ID. */
  events: Map<string, Map<string, FakeEvent>>;
  /** Queue answers for the next calendar calls, e.g. { status: 503 } or { status: 403, reason: "rateLimitExceeded" }. */
  failNext(...failures: { status: number; reason?: string }[]): void;
  /** Makes every refresh token of this account answer invalid_grant (revoked in Google's UI). */
  revokeAccount(email: string): void;
  /** Expires every access token, so the next call must refresh. */
  expireAccessTokens(): void;
  /** Issues tokens for a granted code (used by the shared token endpoint). */
  issue(email: string, scope: string, offline: boolean): { access_token: string; refresh_token?: string; expires_in: number; scope: string; token_type: string };
  /** Handles calendar, refresh and revoke requests; false when the route isn't one of them. */
  handle(request: IncomingMessage, url: URL, body: Record<string, unknown>, response: ServerResponse): boolean;
}

function send(response: ServerResponse, status: number, body?: unknown) {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(body === undefined ? "" : JSON.stringify(body));
}
const googleError = (code: number, message: string, reason = "") => ({ error: { code, message, errors: [{ reason, message }] } });

export function createFakeCalendar(): FakeCalendar {
  const events = new Map<string, Map<string, FakeEvent>>();
  const access = new Map<string, { email: string; expiresAt: number }>();
  const refresh = new Map<string, { email: string; scope: string; revoked: boolean }>();
  const failures: { status: number; reason?: string }[] = [];
  const etag = () => `"${randomBytes(6).toString("hex")}"`;

  const calendarOf = (email: string) => {
    let calendar = events.get(email);
    if (!calendar) events.set(email, (calendar = new Map()));
    return calendar;
  };

  function issue(email: string, scope: string, offline: boolean) {
    const accessToken = `ya29.cal-${randomBytes(12).toString("hex")}`;
    access.set(accessToken, { email, expiresAt: Date.now() + 3_600_000 });
    const tokens: ReturnType<FakeCalendar["issue"]> = { access_token: accessToken, expires_in: 3599, scope, token_type: "Bearer" };
    if (offline) {
      tokens.refresh_token = `1//cal-${randomBytes(16).toString("hex")}`;
      refresh.set(tokens.refresh_token, { email, scope, revoked: false });
    }
    return tokens;
  }

  function handle(request: IncomingMessage, url: URL, body: Record<string, unknown>, response: ServerResponse): boolean {
    if (request.method === "POST" && url.pathname === "/token" && body.grant_type === "refresh_token") {
      const grant = refresh.get(String(body.refresh_token ?? ""));
      if (!grant || grant.revoked) send(response, 400, { error: "invalid_grant", error_description: "Token has been expired or revoked." });
      else send(response, 200, issue(grant.email, grant.scope, false));
      return true;
    }
    if (request.method === "POST" && url.pathname === "/revoke") {
      const token = String(body.token ?? url.searchParams.get("token") ?? "");
      const grant = refresh.get(token);
      if (grant) grant.revoked = true;
      if (access.delete(token) || grant) send(response, 200, {});
      else send(response, 400, { error: "invalid_token" });
      return true;
    }
    const match = url.pathname.match(/^\/calendar\/v3\/calendars\/([^/]+)\/events(?:\/([^/]+))?$/);
    if (!match) return false;
    const holder = access.get(request.headers.authorization?.replace(/^Bearer /, "") ?? "");
    if (!holder || holder.expiresAt < Date.now()) {
      send(response, 401, googleError(401, "Request had invalid authentication credentials.", "authError"));
      return true;
    }
    const failure = failures.shift();
    if (failure) {
      send(response, failure.status, googleError(failure.status, "Injected failure", failure.reason));
      return true;
    }
    const [, calendarId, eventId] = match;
    if (calendarId !== "primary") {
      send(response, 403, googleError(403, "Only the primary calendar is shared with this app.", "forbidden"));
      return true;
    }
    const calendar = calendarOf(holder.email);
    const existing = eventId ? calendar.get(decodeURIComponent(eventId)) : undefined;
    switch (`${request.method} ${eventId ? "one" : "collection"}`) {
      case "POST collection": {
        const id = String(body.id ?? `gen${randomBytes(8).toString("hex")}`);
        if (!/^[0-9a-v]{5,1024}$/.test(id)) send(response, 400, googleError(400, "Invalid resource id value.", "invalid"));
        else if (calendar.has(id)) send(response, 409, googleError(409, "The requested identifier already exists.", "duplicate"));
        else {
          const event = { ...(body as object), id, etag: etag() } as FakeEvent;
          calendar.set(id, event);
          send(response, 200, event);
        }
        return true;
      }
      case "PATCH one": {
        if (!existing) send(response, 404, googleError(404, "Not Found", "notFound"));
        else if (request.headers["if-match"] && request.headers["if-match"] !== existing.etag) send(response, 412, googleError(412, "Precondition Failed", "conditionNotMet"));
        else {
          const event = { ...existing, ...(body as object), id: existing.id, etag: etag() } as FakeEvent;
          calendar.set(existing.id, event);
          send(response, 200, event);
        }
        return true;
      }
      case "DELETE one":
        if (!existing) send(response, 410, googleError(410, "Resource has been deleted", "deleted"));
        else {
          calendar.delete(existing.id);
          send(response, 204);
        }
        return true;
      default:
        // Listing or reading events: ALT must never do this; answer, and let tests see it in the log.
        send(response, 200, { items: [...calendar.values()] });
        return true;
    }
  }

  return {
    events,
    failNext: (...next) => void failures.push(...next),
    revokeAccount(email) {
      for (const grant of refresh.values()) if (grant.email === email) grant.revoked = true;
      for (const [token, holder] of access) if (holder.email === email) access.delete(token);
    },
    expireAccessTokens() {
      for (const holder of access.values()) holder.expiresAt = 0;
    },
    issue,
    handle,
  };
}
