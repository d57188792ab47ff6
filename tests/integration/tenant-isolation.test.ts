// Generated from the tenant model list: for every tenant-owned model, user B's scoped client
// cannot read, list, count, update or delete user A's rows, and creates are always owned by B.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { TENANT_MODELS, type TenantModel } from "@/lib/db/tenant-models";
import { withTenant, type TenantClient } from "@/lib/db/tenant-scope";
import { isNotFoundError } from "@/lib/db/errors";
import { openTestDatabase } from "../support/db";
import { seedTenantPair, type TenantFixture } from "../support/tenant-fixtures";

const db = await openTestDatabase();
let A: TenantFixture;
let B: TenantFixture;

beforeAll(async () => {
  [A, B] = await seedTenantPair(db.prisma);
});

/** Delegates are keyed by the model name with a lower-case first letter. */
const delegate = (client: TenantClient, model: TenantModel) =>
  (client as unknown as Record<string, Record<string, (args?: unknown) => Promise<unknown>>>)[
    model.charAt(0).toLowerCase() + model.slice(1)
  ]!;

const rowHash = async (model: TenantModel, where: Record<string, unknown>) => {
  const row = await (db.prisma as unknown as Record<string, { findFirst(a: unknown): Promise<unknown> }>)[
    model.charAt(0).toLowerCase() + model.slice(1)
  ]!.findFirst({ where });
  return createHash("sha256").update(JSON.stringify(row)).digest("hex");
};

const asB = <T>(work: (client: TenantClient) => Promise<T>) => withTenant(db.prisma, B.userId, work);

describe.each(TENANT_MODELS.map((model) => [model]))("%s", (model) => {
  const aKey = () => A.keys[model];

  it("has a fixture for both tenants", () => {
    expect(A.keys[model], `tests/support/tenant-fixtures.ts needs a ${model} row`).toBeDefined();
    expect(B.keys[model]).toBeDefined();
  });

  it("B cannot find A's row by its key, with findFirst, findMany or findUnique", async () => {
    await asB(async (client) => {
      const d = delegate(client, model);
      expect(await d.findFirst!({ where: aKey() })).toBeNull();
      expect(await d.findMany!({ where: aKey() })).toEqual([]);
      if ("id" in aKey()) expect(await d.findUnique!({ where: aKey() })).toBeNull();
    });
  });

  it("B's list and count hold only B's rows", async () => {
    const raw = (db.prisma as unknown as Record<string, { count(a: unknown): Promise<number> }>)[
      model.charAt(0).toLowerCase() + model.slice(1)
    ]!;
    const ownRows = await raw.count({ where: { userId: B.userId } });
    const { rows, count } = await asB(async (client) => {
      const d = delegate(client, model);
      return { rows: (await d.findMany!()) as { userId: string }[], count: await d.count!() };
    });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.userId === B.userId)).toBe(true);
    expect(count).toBe(ownRows);
  });

  it("B cannot update or delete A's row, one by one or in bulk; A's row is unchanged", async () => {
    const before = await rowHash(model, aKey());
    await asB(async (client) => {
      const d = delegate(client, model);
      if ("id" in aKey()) {
        const update = await d.update!({ where: aKey(), data: A.change[model] }).catch((e: unknown) => e);
        expect(isNotFoundError(update)).toBe(true);
        const remove = await d.delete!({ where: aKey() }).catch((e: unknown) => e);
        expect(isNotFoundError(remove)).toBe(true);
      }
      const bulkUpdate = (await d.updateMany!({ where: aKey(), data: A.change[model] })) as { count: number };
      expect(bulkUpdate.count).toBe(0);
      const bulkDelete = (await d.deleteMany!({ where: aKey() })) as { count: number };
      expect(bulkDelete.count).toBe(0);
    });
    expect(await rowHash(model, aKey())).toBe(before);
  });
});

describe("writes through the scoped client", () => {
  it("ignores a userId or user relation sent by the caller (mass assignment)", async () => {
    const created = await asB((client) =>
      client.contact.create({ data: { userId: A.userId, firstName: "Mallory" } }),
    );
    expect(created.userId).toBe(B.userId);
    const many = await asB((client) =>
      client.tag.createMany({ data: [{ userId: A.userId, name: "sneaky-1" }, { userId: A.userId, name: "sneaky-2" }] }),
    );
    expect(many.count).toBe(2);
    expect(await db.prisma.tag.count({ where: { userId: A.userId, name: { startsWith: "sneaky" } } })).toBe(0);
  });

  it("cannot move a row to another tenant through an update", async () => {
    const contactId = B.keys.Contact.id as string;
    await asB((client) => client.contact.update({ where: { id: contactId }, data: { userId: A.userId, firstName: "Moved?" } }));
    const row = await db.prisma.contact.findUniqueOrThrow({ where: { id: contactId } });
    expect(row.userId).toBe(B.userId);
    expect(row.firstName).toBe("Moved?");
  });

  it("cannot attach B's rows to A's records by guessing IDs", async () => {
    const error = await asB((client) =>
      client.note.create({ data: { userId: B.userId, contactId: A.keys.Contact.id as string, body: "guess" } }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(await db.prisma.note.count({ where: { contactId: A.keys.Contact.id as string, body: "guess" } })).toBe(0);
  });

  it("relations (include) never bring in the other tenant's rows", async () => {
    const contacts = await asB((client) =>
      client.contact.findMany({ include: { notes: true, emails: true, phones: true, tags: true, activities: true } }),
    );
    const nested = contacts.flatMap((c) => [...c.notes, ...c.emails, ...c.phones, ...c.tags, ...c.activities]);
    expect(nested.length).toBeGreaterThan(0);
    expect(nested.every((row) => row.userId === B.userId)).toBe(true);
  });

  it("shows the signed-in user only their own User row, read-only", async () => {
    const users = await asB((client) => client.user.findMany({ select: { id: true } }));
    expect(users).toEqual([{ id: B.userId }]);
    expect(await asB((client) => client.user.findUnique({ where: { id: A.userId } }))).toBeNull();
    await expect(asB((client) => client.user.update({ where: { id: B.userId }, data: { role: "ADMIN" } }))).rejects.toThrow(
      /not available in a tenant scope/,
    );
  });
});
