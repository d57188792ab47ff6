// A local stand-in for Google's OpenID Connect endpoints, so the real Auth.js Google provider
// (discovery, authorization redirect, PKCE code exchange, ID token) runs unchanged in tests.
// Every request is recorded so tests can assert what the app asked Google for.
import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createFakeCalendar, type FakeCalendar } from "./fake-calendar";
import { createIdTokenSigner } from "./id-token";
import { accountChooserPage } from "./sign-in-page";

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: Record<string, string>;
  /** JSON bodies (Calendar API calls). */
  json?: unknown;
}

interface Grant {
  clientId: string;
  redirectUri: string;
  codeChallenge: string | null;
  nonce: string | null;
  scope: string;
  email: string;
  name: string;
  emailVerified: boolean;
  offline: boolean;
  used: boolean;
}

export interface FakeGoogle {
  url: string;
  requests: RecordedRequest[];
  calendar: FakeCalendar;
  /** Consent without a browser: what Google's redirect back to the app would carry. */
  authorize(authUrl: string, choice: { email: string; decision?: "allow" | "deny"; calendarAccess?: boolean }): Promise<URL>;
  close(): Promise<void>;
}

export interface FakeGoogleOptions {
  port?: number;
  clientId: string;
  clientSecret: string;
}

/** Google's subject IDs are stable per account; derive one from the email. */
export const fakeSubject = (email: string) => createHash("sha256").update(email.toLowerCase()).digest("hex").slice(0, 21);

async function readBody(request: IncomingMessage): Promise<{ form: Record<string, string>; json?: Record<string, unknown> }> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (request.headers["content-type"]?.includes("application/json")) return { form: {}, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  return { form: Object.fromEntries(new URLSearchParams(text)) };
}

function json(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  response.end(JSON.stringify(body));
}

export async function startFakeGoogle(options: FakeGoogleOptions): Promise<FakeGoogle> {
  const signer = createIdTokenSigner();
  const grants = new Map<string, Grant>();
  const requests: RecordedRequest[] = [];
  const calendar = createFakeCalendar();
  let issuer = "";

  function checkClient(request: IncomingMessage, body: Record<string, string>): boolean {
    const basic = request.headers.authorization?.match(/^Basic (.+)$/)?.[1];
    const [id, secret] = basic
      ? Buffer.from(basic, "base64").toString("utf8").split(":").map(decodeURIComponent)
      : [body.client_id, body.client_secret];
    return id === options.clientId && secret === options.clientSecret;
  }

  function exchangeCode(request: IncomingMessage, body: Record<string, string>, response: ServerResponse) {
    if (!checkClient(request, body)) return json(response, 401, { error: "invalid_client" });
    const grant = grants.get(body.code ?? "");
    if (body.grant_type !== "authorization_code" || !grant || grant.used) return json(response, 400, { error: "invalid_grant" });
    grant.used = true; // codes are single-use, as at Google
    if (grant.redirectUri !== body.redirect_uri) return json(response, 400, { error: "redirect_uri_mismatch" });
    if (grant.codeChallenge) {
      const computed = createHash("sha256").update(body.code_verifier ?? "").digest("base64url");
      if (computed !== grant.codeChallenge) return json(response, 400, { error: "invalid_grant", error_description: "PKCE verification failed" });
    }
    if (!grant.scope.split(" ").includes("openid")) {
      // A calendar grant: access (and, offline, refresh) tokens for exactly the scopes granted.
      return json(response, 200, calendar.issue(grant.email, grant.scope, grant.offline));
    }
    const now = Math.floor(Date.now() / 1000);
    const idToken = signer.sign({
      iss: issuer,
      aud: grant.clientId,
      azp: grant.clientId,
      sub: fakeSubject(grant.email),
      email: grant.email,
      email_verified: grant.emailVerified,
      name: grant.name,
      iat: now,
      exp: now + 3600,
      ...(grant.nonce ? { nonce: grant.nonce } : {}),
    });
    json(response, 200, { access_token: `ya29.fake-${randomBytes(12).toString("hex")}`, token_type: "Bearer", expires_in: 3599, scope: grant.scope, id_token: idToken });
  }

  async function decide(form: Record<string, string>, response: ServerResponse) {
    const body = (name: string) => form[name] ?? "";
    const redirect = new URL(body("redirect_uri"));
    if (body("state")) redirect.searchParams.set("state", body("state"));
    if (body("decision") !== "allow") {
      redirect.searchParams.set("error", "access_denied");
    } else {
      const code = `4/fake-${randomBytes(16).toString("hex")}`;
      grants.set(code, {
        clientId: body("client_id"),
        redirectUri: body("redirect_uri"),
        codeChallenge: body("code_challenge_method") === "S256" ? body("code_challenge") : null,
        nonce: body("nonce") || null,
        // Granular consent: the calendar box can be left unticked.
        scope: body("scope").split(" ").filter((s) => !s.includes("/auth/calendar") || body("calendar_access") !== "off").join(" "),
        offline: body("access_type") === "offline",
        email: body("email"),
        name: body("name") || body("email").split("@")[0] || "Fake User",
        emailVerified: body("email_verified") === "true",
        used: false,
      });
      redirect.searchParams.set("code", code);
    }
    response.writeHead(302, { location: redirect.toString() });
    response.end();
  }

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", issuer);
    const { form: body, json: jsonBody } = request.method === "GET" ? { form: {} } : await readBody(request);
    requests.push({ method: request.method ?? "GET", path: url.pathname, query: Object.fromEntries(url.searchParams), body, ...(jsonBody ? { json: jsonBody } : {}) });
    if (calendar.handle(request, url, jsonBody ?? body, response)) return;
    const route = `${request.method} ${url.pathname}`;
    switch (route) {
      case "GET /.well-known/openid-configuration":
        return json(response, 200, {
          issuer,
          authorization_endpoint: `${issuer}/o/oauth2/v2/auth`,
          token_endpoint: `${issuer}/token`,
          userinfo_endpoint: `${issuer}/v1/userinfo`,
          revocation_endpoint: `${issuer}/revoke`,
          jwks_uri: `${issuer}/oauth2/v3/certs`,
          response_types_supported: ["code"],
          subject_types_supported: ["public"],
          id_token_signing_alg_values_supported: ["RS256"],
          scopes_supported: ["openid", "email", "profile"],
          code_challenge_methods_supported: ["plain", "S256"],
        });
      case "GET /oauth2/v3/certs":
        return json(response, 200, signer.jwks);
      case "GET /o/oauth2/v2/auth":
        if (url.searchParams.get("client_id") !== options.clientId) return json(response, 400, { error: "invalid_client" });
        response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        return response.end(accountChooserPage(url.searchParams));
      case "POST /o/oauth2/v2/auth/decide":
        return decide(body, response);
      case "POST /token":
        return exchangeCode(request, body, response);
      case "GET /__requests": // for browser tests, which run the fake in another process
        return json(response, 200, requests.filter((r) => r.path !== "/__requests"));
      default:
        return json(response, 404, { error: "not_found" });
    }
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  async function authorize(authUrl: string, choice: { email: string; decision?: "allow" | "deny"; calendarAccess?: boolean }): Promise<URL> {
    const params = new URL(authUrl).searchParams;
    if (params.get("client_id") !== options.clientId) throw new Error("unknown client");
    const form = new URLSearchParams(params);
    form.set("email", choice.email);
    form.set("email_verified", "true");
    form.set("decision", choice.decision ?? "allow");
    if (choice.calendarAccess === false) form.set("calendar_access", "off");
    const answer = await fetch(`${issuer}/o/oauth2/v2/auth/decide`, { method: "POST", body: form, redirect: "manual" });
    return new URL(answer.headers.get("location")!);
  }

  return {
    url: issuer,
    requests,
    calendar,
    authorize,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
