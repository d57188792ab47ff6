// The one place that reads process.env. Everything else imports `env` (or `loadEnv` in tests).
// Empty strings count as unset, so a blank line copied from .env.example means "use the default".
import { z } from "zod";

const optional = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** postgresql://… for PostgreSQL; unset for the embedded PGlite database. */
  DATABASE_URL: optional.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string")
      .optional(),
  ),
  /** Folder of the embedded database when DATABASE_URL is unset. */
  PGLITE_DATA_DIR: optional.transform((v) => v ?? ".data/pglite"),
  /**
   * Lets a production build run on local stand-ins (embedded database, dev outbox instead of
   * Resend): for demos and the browser test suite. One app process only (PGlite cannot be shared).
   */
  LOCAL_MODE: optional.transform((v) => v === "true" || v === "1"),
  /**
   * Whether this process runs background jobs (imports, calendar pushes). "off" for web-only
   * instances when a separate worker process (`npm run worker`) drains the queue.
   */
  JOBS_WORKER: optional.transform((v) => v !== "off"),
  /**
   * "1" serves the framework baselines /bench/json and /bench/table (constant output, no session,
   * no database) that tests/bench/http-at-scale.ts compares the real pages against. Unset: 404.
   */
  BENCH_BASELINES: optional.transform((v) => v === "1"),
  /** Public base URL of the app, used in links inside emails and OAuth redirects. */
  APP_URL: optional.pipe(z.url().optional()),
  /** Secret that signs session tokens; 32+ random bytes (`openssl rand -base64 32`). */
  AUTH_SECRET: optional.pipe(z.string().min(32, "must be at least 32 characters").optional()),
  /** Resend API key. Unset: emails go to the dev outbox at /dev/outbox (development only). */
  RESEND_API_KEY: optional,
  /**
   * Google OAuth client (Google Cloud console → Credentials → OAuth client ID, type "Web
   * application", redirect URI {APP_URL}/api/auth/callback/google). Both set: "Sign in with
   * Google" appears on the sign-in and sign-up pages. Unset: email and password only.
   */
  GOOGLE_CLIENT_ID: optional,
  GOOGLE_CLIENT_SECRET: optional,
  /**
   * Google's OAuth and Calendar endpoints. Leave unset (accounts.google.com, oauth2.googleapis.com,
   * www.googleapis.com); tests point them all at one local stand-in.
   */
  GOOGLE_API_BASE_URL: optional.pipe(z.url().optional()),
  /** Google's OpenID issuer. Leave unset; tests point it at a local stand-in. */
  GOOGLE_OIDC_ISSUER: optional.pipe(z.url().optional()).transform((v) => v ?? "https://accounts.google.com"),
  /**
   * Keys that encrypt secrets at rest (OAuth tokens), AES-256-GCM: comma-separated `id:base64`,
   * each 32 random bytes (`openssl rand -base64 32`), newest first. The first encrypts; every key
   * decrypts, so an old key stays listed until `npm run secrets:rotate` has re-encrypted with the
   * new one. Unset outside production: a fixed development key (never for real tokens).
   */
  SECRET_KEYS: optional,
  /** Sender of transactional email, e.g. "Agent Lead Tracker <hello@example.com>". */
  EMAIL_FROM: optional.transform((v) => v ?? "Agent Lead Tracker <no-reply@localhost>"),
});

/** Variables the app refuses to start without in production. */
const REQUIRED_IN_PRODUCTION = ["DATABASE_URL", "APP_URL", "AUTH_SECRET", "RESEND_API_KEY", "SECRET_KEYS"] as const;
/** Of those, the ones LOCAL_MODE replaces with a local stand-in. */
const LOCAL_STAND_INS: ReadonlySet<string> = new Set(["DATABASE_URL", "RESEND_API_KEY", "SECRET_KEYS"]);

export type Env = z.infer<typeof schema> & { APP_URL: string };

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/** Parses and checks a set of variables; throws EnvError naming every problem at once. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    throw new EnvError(
      parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
    );
  }
  const values = parsed.data;
  if (values.NODE_ENV === "production") {
    const missing = REQUIRED_IN_PRODUCTION.filter(
      (name) => values[name] === undefined && !(values.LOCAL_MODE && LOCAL_STAND_INS.has(name)),
    );
    if (missing.length > 0) {
      throw new EnvError(missing.map((name) => `${name} is required in production but is not set`));
    }
  }
  return { ...values, APP_URL: values.APP_URL ?? "http://localhost:3000" };
}

let cached: Env | undefined;

/** The validated environment of this process (parsed once, on first use). */
export function getEnv(): Env {
  cached ??= loadEnv();
  return cached;
}

/**
 * Auth.js builds its own URLs (the OAuth redirect_uri, redirects after sign-in) from AUTH_URL when
 * set, else from the request's Host header, which differs between a server action and a route
 * handler behind `next start` or a proxy. Pin it to APP_URL so Google always sees one address.
 */
export function shareAppUrlWithAuth(env: Env = getEnv()): void {
  process.env.AUTH_URL ??= env.APP_URL;
}
