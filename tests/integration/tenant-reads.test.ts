// The ORM-free read path (lib/db/tenant-reads.ts) keeps the tenancy rule on its own: row-level
// security admits only the scoped agent's rows even to a statement with no user filter, nothing
// can be written, a failed read leaves no open transaction or setting behind, and timestamps
// mean the same instants Prisma reads.
import pg from "pg";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { Prisma } from "@/lib/db/generated/prisma/client";
import { TENANT_MODELS } from "@/lib/db/tenant-models";
import { gatedTenantReads, queryOnce, SCOPED_USER_ID, withTenantReads, type ReadConnection } from "@/lib/db/tenant-reads";
import { openTestDatabase } from "../support/db";
import { seedTenantPair, type TenantFixture } from "../support/tenant-fixtures";

const db = await openTestDatabase();
let A: TenantFixture;
let B: TenantFixture;

beforeAll(async () => {
  [A, B] = await seedTenantPair(db.prisma);
});

const table = (model: string) => Prisma.raw(`"${model}"`);
const reads = (userId: string, statement: Prisma.Sql) => withTenantReads(db.reads, userId, (tx) => tx.query<Record<string, unknown>>(statement));

describe("tenant reads", () => {
  it.each(TENANT_MODELS.map((m) => [m]))("%s: a statement without a user filter sees only B's rows", async (model) => {
    const owners = await reads(B.userId, Prisma.sql`SELECT "userId" FROM ${table(model)}`);
    expect(owners.length).toBeGreaterThan(0);
    expect(owners.every((row) => row.userId === B.userId)).toBe(true);
  });

  it("cannot write, even to the agent's own rows, and nothing changes", async () => {
    const before = await db.prisma.tag.count();
    const insert = reads(A.userId, Prisma.sql`INSERT INTO "Tag" (id, "userId", name) VALUES ('read-probe', ${A.userId}, 'probe') RETURNING id`);
    await expect(insert).rejects.toThrow(/read-only/);
    const rename = reads(A.userId, Prisma.sql`UPDATE "Contact" SET "firstName" = 'Changed' RETURNING id`);
    await expect(rename).rejects.toThrow(/read-only/);
    expect(await db.prisma.tag.count()).toBe(before);
    expect(await db.prisma.contact.count({ where: { firstName: "Changed" } })).toBe(0);
  });

  it("refuses a user ID that is not one of ours instead of quoting it", async () => {
    for (const bad of ["", "x'; SET ROLE postgres; --", "a b", "x".repeat(65)]) {
      await expect(reads(bad, Prisma.sql`SELECT 1`)).rejects.toThrow(/user ID/);
    }
  });

  it("ends the transaction after a failed statement: the next read works, and no role or setting remains", async () => {
    await expect(reads(A.userId, Prisma.sql`SELECT 1 / 0`)).rejects.toThrow(/division by zero/);
    const [mine] = await reads(A.userId, Prisma.sql`SELECT count(*) AS n FROM "Contact"`);
    expect(mine!.n).toBe(await db.prisma.contact.count({ where: { userId: A.userId } }));
    // Outside a tenant transaction the connection is the app's own again, with no agent set.
    const [after] = await queryOnce<{ who: string; agent: string | null }>(db.reads, Prisma.sql`
      SELECT current_user AS who, NULLIF(current_setting('app.user_id', true), '') AS agent`);
    expect(after!.agent).toBeNull();
    expect(after!.who).not.toBe("alt_tenant");
    // The successful read's COMMIT ends after it returned; then its connection is idle again.
    const pool = db.reads.kind === "pool" ? db.reads.pool : null;
    if (pool) await vi.waitFor(() => expect(pool.idleCount).toBe(pool.totalCount));
  });

  it("keeps a statement that reuses its plan scoped: one connection, agents taking turns, generic plan and all", async () => {
    // One pooled connection on PostgreSQL, so every call after the first reuses the same prepared
    // statement; PGlite (one connection already) plans each call, and must give the same rows.
    const single = db.url ? new pg.Pool({ connectionString: db.url, max: 1 }) : null;
    const connection: ReadConnection = single ? { kind: "pool", pool: single } : db.reads;
    const unfiltered = Prisma.sql`SELECT "userId", count(*)::int AS n FROM "Contact" GROUP BY "userId"`;
    try {
      for (let call = 0; call < 12; call++) {
        const agent = call % 2 ? B : A;
        const rows = await withTenantReads(connection, agent.userId, (tx) => tx.query<{ userId: string; n: number }>(unfiltered, { reusePlan: true }));
        expect(rows).toEqual([{ userId: agent.userId, n: await db.prisma.contact.count({ where: { userId: agent.userId } }) }]);
      }
      if (single) {
        // It was prepared once, and PostgreSQL went on to its generic plan: still only the agent's rows.
        const [prepared] = await queryOnce<{ n: number; generic: number }>(connection, Prisma.sql`
          SELECT count(*)::int AS n, COALESCE(sum(generic_plans), 0)::int AS generic FROM pg_prepared_statements WHERE name LIKE 'alt\\_%'`);
        expect(prepared).toEqual({ n: 1, generic: expect.any(Number) });
        expect(prepared!.generic).toBeGreaterThan(0);
      }
    } finally {
      await single?.end();
    }
  });

  describe("gate statement", () => {
    it("runs first, as the connection's own role, and the work runs as the agent only when admitted", async () => {
      const gateRows: unknown[][] = [];
      const gate = (open: boolean) => ({
        statement: "SELECT current_user AS who, NULLIF(current_setting('app.user_id', true), '') AS agent",
        admit: (rows: unknown[]) => (gateRows.push(rows), open),
      });
      const work = vi.fn(async (tx: { query: <T>(s: Prisma.Sql) => Promise<T[]> }) => tx.query<{ n: number }>(Prisma.sql`SELECT count(*) AS n FROM "Contact"`));

      const shut = await gatedTenantReads(db.reads, A.userId, work, { gate: gate(false) });
      expect(shut).toEqual({ admitted: false });
      expect(work).not.toHaveBeenCalled();
      const open = await gatedTenantReads(db.reads, A.userId, work, { gate: gate(true) });
      expect(open).toEqual({ admitted: true, value: [{ n: await db.prisma.contact.count({ where: { userId: A.userId } }) }] });
      // Before the role and the agent are set: the gate reads as the app itself.
      for (const rows of gateRows) expect(rows).toEqual([{ who: expect.not.stringMatching(/^alt_tenant$/), agent: null }]);

      // A shut gate ends its transaction too: no role or setting remains and the pool is idle.
      const [after] = await queryOnce<{ who: string; agent: string | null }>(db.reads, Prisma.sql`
        SELECT current_user AS who, NULLIF(current_setting('app.user_id', true), '') AS agent`);
      expect(after!.agent).toBeNull();
      const pool = db.reads.kind === "pool" ? db.reads.pool : null;
      if (pool) await vi.waitFor(() => expect(pool.idleCount).toBe(pool.totalCount));
    });
  });

  describe("opening statement", () => {
    const opening = `SELECT ${SCOPED_USER_ID} AS agent, (SELECT count(*) FROM "Contact") AS contacts`;

    it("runs with the setup, as the agent, and hands its rows to the work", async () => {
      for (const agent of [A, B]) {
        const seen = await withTenantReads(db.reads, agent.userId, async (tx, opened: { agent: string; contacts: number }[]) => {
          // Later statements run in the same transaction, with the same scope.
          const [later] = await tx.query<{ contacts: number }>(Prisma.sql`SELECT count(*) AS contacts FROM "Contact"`);
          return { opened, later };
        }, { opening });
        const contacts = await db.prisma.contact.count({ where: { userId: agent.userId } });
        expect(seen.opened).toEqual([{ agent: agent.userId, contacts }]);
        expect(seen.later!.contacts).toBe(contacts);
      }
    });

    it("fails the read when it fails, leaving no transaction or setting behind", async () => {
      const failing = withTenantReads(db.reads, A.userId, async () => "never", { opening: "SELECT 1 / 0" });
      await expect(failing).rejects.toThrow(/division by zero/);
      const [after] = await queryOnce<{ agent: string | null }>(db.reads, Prisma.sql`SELECT NULLIF(current_setting('app.user_id', true), '') AS agent`);
      expect(after!.agent).toBeNull();
    });

    it("cannot write either", async () => {
      const before = await db.prisma.tag.count();
      const insert = withTenantReads(db.reads, A.userId, async () => "never", {
        opening: `INSERT INTO "Tag" (id, "userId", name) VALUES ('opening-probe', ${SCOPED_USER_ID}, 'probe')`,
      });
      await expect(insert).rejects.toThrow(/read-only/);
      expect(await db.prisma.tag.count()).toBe(before);
    });
  });

  describe("timestamps", () => {
    const zone = process.env.TZ;
    afterEach(() => {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    });

    it("keep their milliseconds, early years and infinity", async () => {
      process.env.TZ = "Pacific/Auckland";
      const [row] = await reads(A.userId, Prisma.sql`
        SELECT '2026-11-23 06:47:57.123456'::timestamp AS micro, '2026-01-01 00:00:00'::timestamp AS whole,
               '2026-03-08 08:00:00.5'::timestamp AS half, '0050-06-01 12:34:56.789'::timestamp AS early,
               'infinity'::timestamp AS forever, '1999-12-31'::date AS day`);
      const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : value);
      expect(Object.fromEntries(Object.entries(row!).map(([k, v]) => [k, iso(v)]))).toEqual({
        micro: "2026-11-23T06:47:57.123Z", whole: "2026-01-01T00:00:00.000Z", half: "2026-03-08T08:00:00.500Z",
        early: "0050-06-01T12:34:56.789Z", forever: "infinity", day: "1999-12-31T00:00:00.000Z",
      });
    });

    it("are read as the instants Prisma stores, whatever the server's own time zone", async () => {
      process.env.TZ = "America/Chicago";
      const instant = new Date("2026-03-08T07:30:00.123Z"); // the morning US clocks change
      const contact = await db.prisma.contact.findFirstOrThrow({ where: { userId: A.userId } });
      const birthday = new Date("1985-02-28T00:00:00Z"); // a calendar day: midnight UTC, as Prisma reads it
      await db.prisma.contact.update({ where: { id: contact.id }, data: { nextFollowUpAt: instant, birthday } });
      const [row] = await reads(A.userId, Prisma.sql`SELECT "nextFollowUpAt", birthday FROM "Contact" WHERE id = ${contact.id}`);
      expect((row!.nextFollowUpAt as Date).toISOString()).toBe(instant.toISOString());
      expect((row!.birthday as Date).toISOString()).toBe(birthday.toISOString());
      // A Date sent as a parameter compares as the same instant.
      const [match] = await reads(A.userId, Prisma.sql`SELECT count(*) AS n FROM "Contact" WHERE "nextFollowUpAt" = ${instant}`);
      expect(match!.n).toBe(1);
    });
  });
});
