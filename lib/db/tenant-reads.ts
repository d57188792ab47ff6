// Read-only tenant transactions straight on the driver, for the pages agents open most (the contact
// list and page, search, the board). Same tenancy as withTenant — the `alt_tenant` role and
// `app.user_id`, set transaction-locally, so row-level security admits only that user's rows —
// without the ORM: the same 50-row read costs 0.5 ms of client CPU here against 3.2 ms through
// Prisma's interactive transaction (tests/bench/tenant-scope.ts, PostgreSQL).
//
// Statements are Prisma.sql fragments (parameterised, composable); callers still name the user's
// ID in their WHERE clauses so PostgreSQL can use the per-agent indexes.
import { createHash } from "node:crypto";
import pg from "pg";
import type { PGlite, Transaction } from "@electric-sql/pglite";
import type { Sql } from "./generated/prisma/internal/prismaNamespace";
import { TENANT_ROLE, TENANT_SETTING } from "./tenant-models";

export interface TenantReader {
  readonly userId: string;
  /** Rows of one statement. Timestamps and dates come back as Dates (UTC), bigint as number. */
  query<T>(statement: Sql, options?: QueryOptions): Promise<T[]>;
}

export interface QueryOptions {
  /**
   * Keep the statement prepared on its connection, so PostgreSQL can reuse one plan instead of
   * parsing, applying row-level security and planning it on every call (~0.6–1 ms for a page's
   * statement with subqueries). After five calls PostgreSQL may switch to a generic plan, made
   * without the values: only for statements whose best plan cannot depend on how many rows an
   * agent has, such as lookups of one contact's rows along an index that also gives their order.
   * (PGlite plans every statement; there it changes nothing.)
   */
  reusePlan?: boolean;
}

/** Where reads run: the PostgreSQL pool Prisma also uses, or the one embedded PGlite. */
export type ReadConnection = { kind: "pool"; pool: pg.Pool } | { kind: "pglite"; pglite: PGlite };

const TIMESTAMP = 1114; // timestamp without time zone: how Prisma stores DateTime, always UTC
const DATE = 1082; // a calendar day (birthdays): midnight UTC, as Prisma reads it
const INT8 = 20;

const PLAIN_TIMESTAMP = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)(?:\.(\d{1,6}))?$/;

/**
 * "2026-11-23 06:47:57.123" is UTC here; the driver default would read it as server-local time.
 * Read field by field: a page reads hundreds, and parsing the text as a date string cost ~2 µs
 * each under the framework's wrapped Date. Other forms (BC, years past 9999) take that path.
 */
function parseUtcTimestamp(value: string): Date | string {
  const m = PLAIN_TIMESTAMP.exec(value);
  if (m) {
    const ms = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, m[7] ? Math.floor(+m[7].padEnd(6, "0") / 1000) : 0);
    const date = new Date(ms);
    if (+m[1]! < 100) date.setUTCFullYear(+m[1]!, +m[2]! - 1, +m[3]!); // Date.UTC reads 0–99 as 1900–1999
    return date;
  }
  if (value === "infinity" || value === "-infinity") return value;
  return new Date(`${value.replace(" ", "T")}Z`);
}

const parsers: Record<number, (value: string) => unknown> = {
  [TIMESTAMP]: parseUtcTimestamp,
  [DATE]: (value) => parseUtcTimestamp(`${value} 00:00:00`),
  [INT8]: Number,
};
const pgTypes = { getTypeParser: (oid: number) => parsers[oid] ?? pg.types.getTypeParser(oid, "text") };

/** Dates are sent as UTC ISO strings: the columns hold UTC without a zone. */
const toParameter = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

/** A prepared statement's name, fixed by its text (the driver prepares each name once per connection). */
const preparedName = (text: string) => `alt_${createHash("sha1").update(text).digest("base64url")}`;

async function onPg<R>(client: pg.Pool | pg.PoolClient, statement: Sql, options?: QueryOptions): Promise<R[]> {
  const name = options?.reusePlan ? preparedName(statement.text) : undefined;
  const result = await client.query({ name, text: statement.text, values: statement.values.map(toParameter), types: pgTypes } as pg.QueryConfig);
  return result.rows as R[];
}

async function onPGlite<R>(db: PGlite | Transaction, statement: Sql): Promise<R[]> {
  return (await db.query<R>(statement.text, statement.values.map(toParameter), { parsers })).rows;
}

/** One statement outside any tenant scope, for lib/db's own account reads (the session check). */
export function queryOnce<R>(connection: ReadConnection, statement: Sql): Promise<R[]> {
  return connection.kind === "pool" ? onPg<R>(connection.pool, statement) : onPGlite<R>(connection.pglite, statement);
}

/** Our IDs (cuid-like user IDs, UUID session IDs): the only values ever sent as literals here. */
export const isOurId = (value: string) => /^[A-Za-z0-9_-]{1,64}$/.test(value);

/**
 * The user's ID goes into the setup script as a literal (one round trip for BEGIN, the role and
 * the setting). IDs are ours (cuid-like), so anything else is refused rather than escaped.
 */
function setupScript(userId: string): string {
  if (!isOurId(userId)) throw new Error("withTenantReads needs a user ID");
  return `BEGIN READ ONLY; SET LOCAL ROLE ${TENANT_ROLE}; SELECT set_config('${TENANT_SETTING}', '${userId}', true)`;
}

/** How an opening statement names the agent: it travels as plain text and takes no parameters. */
export const SCOPED_USER_ID = `current_setting('${TENANT_SETTING}')`;

export interface TenantReadOptions {
  /**
   * A constant statement — never built from input: it is sent as text, without parameters, and
   * names the agent as SCOPED_USER_ID — run in the setup's round trip; `work` receives its rows.
   * For what a page reads before anything else (the agent's time zone, menus): each round trip
   * saved is a fraction of a millisecond per page.
   */
  opening?: string;
  /**
   * A statement run first, as the connection's own role and before the tenant scope is set, in the
   * same round trip; `work` runs only when `admit` accepts its rows (for the session check, see
   * lib/auth/session.ts). Built only from checked literals, like the setup's user ID.
   */
  gate?: { statement: string; admit: (rows: unknown[]) => boolean };
}

/** What a gated read returns: the work's value, or that the gate stayed shut. */
export type GatedRead<T> = { admitted: true; value: T } | { admitted: false };

export async function withTenantReads<T, O = never>(
  connection: ReadConnection,
  userId: string,
  work: (db: TenantReader, opened: O[]) => Promise<T>,
  options: Omit<TenantReadOptions, "gate"> = {},
): Promise<T> {
  const read = await gatedTenantReads(connection, userId, work, options);
  // Without a gate every read is admitted.
  return (read as Extract<GatedRead<T>, { admitted: true }>).value;
}

/** withTenantReads with an optional gate (see TenantReadOptions.gate). */
export async function gatedTenantReads<T, O = never>(
  connection: ReadConnection,
  userId: string,
  work: (db: TenantReader, opened: O[]) => Promise<T>,
  options: TenantReadOptions = {},
): Promise<GatedRead<T>> {
  const { gate, opening } = options;
  const setup = setupScript(userId);
  // BEGIN; [gate;] SET LOCAL ROLE …; set_config(…)[; opening]: results in that order.
  const script = (gate ? setup.replace(/^BEGIN READ ONLY; /, `BEGIN READ ONLY; ${gate.statement}; `) : setup) + (opening ? `; ${opening}` : "");
  const admitted = (results: { rows: unknown[] }[]) => !gate || gate.admit(results[1]!.rows);
  const openedRows = (results: { rows: unknown[] }[]) => (opening ? (results.at(-1)!.rows as O[]) : []);
  if (connection.kind === "pglite") {
    // PGlite has one connection; its transaction() queues behind any other, Prisma's included.
    return connection.pglite.transaction(async (tx: Transaction): Promise<GatedRead<T>> => {
      const results = await tx.exec(script.replace(/^BEGIN READ ONLY; /, "SET TRANSACTION READ ONLY; "), { parsers });
      if (!admitted(results)) return { admitted: false };
      return { admitted: true, value: await work({ userId, query: (statement) => onPGlite(tx, statement) }, openedRows(results)) };
    });
  }
  const client = await connection.pool.connect();
  let result: T;
  try {
    const results = (await client.query({ text: script, types: pgTypes } as pg.QueryConfig)) as unknown as pg.QueryResult[];
    if (!admitted(results)) {
      client.query("ROLLBACK").then(() => client.release(), (rollbackError: Error) => client.release(rollbackError));
      return { admitted: false };
    }
    result = await work({ userId, query: (statement, queryOptions) => onPg(client, statement, queryOptions) }, openedRows(results));
  } catch (error) {
    // A connection whose transaction could not be ended is thrown away, never reused.
    await client.query("ROLLBACK").then(() => client.release(), (rollbackError: Error) => client.release(rollbackError));
    throw error;
  }
  // Nothing was written, so the rows are final once read: the caller goes on while the
  // transaction ends, and the connection returns to the pool after that (discarded if it fails).
  client.query("COMMIT").then(() => client.release(), (commitError: Error) => client.release(commitError));
  return { admitted: true, value: result };
}
