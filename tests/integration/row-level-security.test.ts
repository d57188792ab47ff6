// PostgreSQL row-level security under the scoped client: with the app-level filter bypassed
// (raw SQL), a tenant transaction still sees only its own rows; without a tenant setting it sees
// none; and the setting never outlives its transaction on a pooled connection.
import { PrismaPg } from "@prisma/adapter-pg";
import { beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/db/generated/prisma/client";
import { Prisma } from "@/lib/db/generated/prisma/client";
import { setSystemAccessLogger, withSystemAccess } from "@/lib/db/system-access";
import { TENANT_MODELS, TENANT_ROLE } from "@/lib/db/tenant-models";
import { withTenant } from "@/lib/db/tenant-scope";
import { openTestDatabase } from "../support/db";
import { seedTenantPair, type TenantFixture } from "../support/tenant-fixtures";

const db = await openTestDatabase();
let A: TenantFixture;
let B: TenantFixture;

beforeAll(async () => {
  [A, B] = await seedTenantPair(db.prisma);
});

const table = (model: string) => Prisma.raw(`"${model}"`);

describe("row-level security", () => {
  it.each(TENANT_MODELS.map((m) => [m]))("%s: RLS is enabled and forced, with a tenant policy", async (model) => {
    const rows = await db.prisma.$queryRaw<{ enabled: boolean; forced: boolean; policies: bigint }[]>`
      SELECT c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
             (SELECT count(*) FROM pg_policies p WHERE p.tablename = c.relname) AS policies
      FROM pg_class c WHERE c.relname = ${model} AND c.relkind = 'r'`;
    expect(rows[0]).toMatchObject({ enabled: true, forced: true });
    expect(Number(rows[0]!.policies)).toBeGreaterThan(0);
  });

  it.each(TENANT_MODELS.map((m) => [m]))("%s: raw SQL in B's transaction (no app filter) sees only B's rows", async (model) => {
    const owners = await withTenant(db.prisma, B.userId, (tx) =>
      tx.$queryRaw<{ userId: string }[]>`SELECT "userId" FROM ${table(model)}`,
    );
    expect(owners.length).toBeGreaterThan(0);
    expect(owners.every((row) => row.userId === B.userId)).toBe(true);
  });

  it("the tenant role is no superuser, has no BYPASSRLS and owns no table", async () => {
    const [role] = await db.prisma.$queryRaw<{ rolsuper: boolean; rolbypassrls: boolean }[]>`
      SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = ${TENANT_ROLE}`;
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    const owned = await db.prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM pg_tables WHERE tableowner = ${TENANT_ROLE}`;
    expect(Number(owned[0]!.n)).toBe(0);
  });

  it("fails closed: as the tenant role with no tenant setting, reads return nothing and writes are refused", async () => {
    const result = await db.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT set_config('role', ${TENANT_ROLE}, true)`;
      const contacts = await tx.$queryRaw<unknown[]>`SELECT * FROM "Contact"`;
      const insert = await tx
        .$executeRaw`INSERT INTO "Tag" (id, "userId", name) VALUES ('rls-probe', ${A.userId}, 'probe')`
        .catch((e: unknown) => e);
      return { contacts, insert };
    }).catch((e: unknown) => ({ contacts: null, insert: e }));
    expect(result.contacts ?? []).toEqual([]);
    expect(String(result.insert)).toMatch(/row-level security/);
    expect(await db.prisma.tag.count({ where: { id: "rls-probe" } })).toBe(0);
  });

  // Both search functions read past RLS (to use their indexes) and must scope themselves.
  type Raw = { $queryRaw: typeof db.prisma.$queryRaw };
  const searches: Record<string, (tx: Raw) => Promise<{ id: string }[]>> = {
    alt_search_contact_ids: (tx) => tx.$queryRaw`SELECT id FROM alt_search_contact_ids('jordan', 'jordan', '%jordan%', NULL, NULL, true, 1000)`,
    alt_contact_suggestions: (tx) => tx.$queryRaw`SELECT id FROM alt_contact_suggestions('jordan', 'jordan', '%jordan%', NULL, NULL, true, 1000)`,
  };
  it.each(Object.keys(searches))(
    "%s sees only the transaction's tenant, and nothing without one",
    async (fn) => {
      const search = searches[fn]!;
      const asB = await withTenant(db.prisma, B.userId, (tx) => search(tx));
      const bContacts = await db.prisma.contact.findMany({ where: { userId: B.userId }, select: { id: true } });
      expect(asB.length).toBeGreaterThan(0);
      expect(asB.every((r) => bContacts.some((c) => c.id === r.id))).toBe(true);
      const noTenant = await db.prisma.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT set_config('role', ${TENANT_ROLE}, true)`;
        return search(tx);
      });
      expect(noTenant).toEqual([]);
      // Only the tenant role may call it (it runs with its owner's rights).
      const signature = `${fn}(text, text, text, text, text, boolean, integer)`;
      const [grants] = await db.prisma.$queryRaw<{ public: boolean; tenant: boolean }[]>`
        SELECT has_function_privilege('public', ${signature}, 'EXECUTE') AS public,
               has_function_privilege(${TENANT_ROLE}, ${signature}, 'EXECUTE') AS tenant`;
      expect(grants).toEqual({ public: false, tenant: true });
    },
  );

  it("refuses, under RLS, a write of another tenant's userId even through raw SQL", async () => {
    const error = await withTenant(db.prisma, B.userId, (tx) =>
      tx.$executeRaw`INSERT INTO "Tag" (id, "userId", name) VALUES ('rls-cross', ${A.userId}, 'cross')`,
    ).catch((e: unknown) => e);
    expect(String(error)).toMatch(/row-level security/);
    expect(await db.prisma.tag.count({ where: { id: "rls-cross" } })).toBe(0);
  });

  it("does not leak the tenant setting or role to the next transaction on the same connection", async () => {
    // A pool of exactly one connection: PGlite always is; on PostgreSQL we build one.
    const single = db.url
      ? new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url, max: 1 }) })
      : db.prisma;
    try {
      const seenByA = await withTenant(single, A.userId, (tx) => tx.$queryRaw<{ userId: string }[]>`SELECT "userId" FROM "Contact"`);
      expect(seenByA.every((r) => r.userId === A.userId)).toBe(true);
      const seenByB = await withTenant(single, B.userId, (tx) => tx.$queryRaw<{ userId: string }[]>`SELECT "userId" FROM "Contact"`);
      expect(seenByB.length).toBeGreaterThan(0);
      expect(seenByB.some((r) => r.userId === A.userId)).toBe(false);

      const [after] = await single.$queryRaw<{ setting: string | null; role: string }[]>`
        SELECT current_setting('app.user_id', true) AS setting, current_user AS role`;
      expect(after!.setting ?? "").toBe("");
      expect(after!.role).not.toBe(TENANT_ROLE);
    } finally {
      if (single !== db.prisma) await single.$disconnect();
    }
  });

  it("system access sees every tenant, and only when asked for with a logged reason", async () => {
    const audit: string[] = [];
    setSystemAccessLogger(({ reason }) => audit.push(reason));
    const owners = await withSystemAccess(db.prisma, "test: nightly retention sweep", (tx) =>
      tx.$queryRaw<{ userId: string }[]>`SELECT DISTINCT "userId" FROM "Contact"`,
    );
    expect(new Set(owners.map((o) => o.userId))).toEqual(new Set([A.userId, B.userId]));
    expect(audit).toEqual(["test: nightly retention sweep"]);
    await expect(withSystemAccess(db.prisma, "  ", async () => 1)).rejects.toThrow(/needs a reason/);
  });
});
