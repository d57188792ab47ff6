import { describe, expect, it } from "vitest";
import { openTestDatabase } from "../support/db";

const db = await openTestDatabase();

const TENANT_MODELS = ["Contact", "ContactEmail", "ContactPhone", "Property", "ContactProperty", "Appointment", "AppointmentContact", "Task", "Note", "ContactNameWord", "ContactStageTotal", "Message", "Activity", "Tag", "ContactTag", "SavedList", "ImportRun", "CalendarConnection", "OAuthState"];

/** Tables with a userId column, read from the migrated database itself. */
async function tenantTables(): Promise<string[]> {
  const rows = await db.prisma.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name = 'userId' ORDER BY table_name`;
  return rows.map((r) => r.table_name);
}

describe("data model", () => {
  it("gives every tenant-owned table a userId", async () => {
    expect(await tenantTables()).toEqual([...TENANT_MODELS].sort());
  });

  it("leads at least one index of every tenant table with userId", async () => {
    const rows = await db.prisma.$queryRaw<{ table: string; first_column: string }[]>`
      SELECT t.relname AS table, a.attname AS first_column
      FROM pg_index i
      JOIN pg_class t ON t.oid = i.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = i.indkey[0]`;
    for (const table of await tenantTables()) {
      const led = rows.filter((r) => r.table === table && r.first_column === "userId");
      expect(led.length, `${table} needs an index led by userId`).toBeGreaterThan(0);
    }
  });

  it("makes every foreign key between tenant tables carry userId, so rows cannot point across tenants", async () => {
    const fks = await db.prisma.$queryRaw<{ table: string; referenced: string; columns: string[] }[]>`
      SELECT c.conrelid::regclass::text AS table, c.confrelid::regclass::text AS referenced,
             array_agg(a.attname::text ORDER BY a.attname) AS columns
      FROM pg_constraint c
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
      WHERE c.contype = 'f'
      GROUP BY c.conname, c.conrelid, c.confrelid`;
    const tenant = new Set((await tenantTables()).map((t) => `"${t}"`));
    const crossTable = fks.filter((fk) => tenant.has(fk.table) && tenant.has(fk.referenced));
    expect(crossTable.length).toBeGreaterThan(10);
    for (const fk of crossTable) {
      expect(fk.columns, `${fk.table} → ${fk.referenced}`).toContain("userId");
    }
  });

  it("rejects a row that points at another tenant's contact", async () => {
    const [a, b] = await Promise.all([
      db.prisma.user.create({ data: { name: "A", email: "a@example.com" } }),
      db.prisma.user.create({ data: { name: "B", email: "b@example.com" } }),
    ]);
    const contactOfB = await db.prisma.contact.create({ data: { userId: b.id, firstName: "Bea" } });
    await expect(
      db.prisma.note.create({ data: { userId: a.id, contactId: contactOfB.id, body: "sneaky" } }),
    ).rejects.toThrow();
    expect(await db.prisma.note.count()).toBe(0);
  });

  it("stores emails unique per user account", async () => {
    await expect(db.prisma.user.create({ data: { name: "Dup", email: "a@example.com" } })).rejects.toThrow();
  });
});
