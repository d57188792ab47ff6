import { describe, expect, it } from "vitest";
import { buildDemoBook } from "@/lib/db/seed/demo-book";
import { DEMO_AGENT, seedDemo } from "@/lib/db/seed/seed-demo";
import { verifyPassword } from "@/lib/auth/password";
import { findDuplicates } from "@/lib/crm/contacts/duplicates";
import { installTestDatabase } from "../support/db";

const db = await installTestDatabase();
const today = new Date("2026-11-22T12:00:00Z");

describe("demo seed", () => {
  it("is deterministic for a given day", () => {
    expect(buildDemoBook(today)).toEqual(buildDemoBook(today));
    expect(buildDemoBook(today, 1)).not.toEqual(buildDemoBook(today));
  });

  it("creates a realistic book for the demo agent", async () => {
    const result = await seedDemo(db.prisma, today);
    expect(result.created).toBe(true);
    const userId = result.userId;
    const user = await db.prisma.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.email).toBe(DEMO_AGENT.email);
    expect(await verifyPassword(DEMO_AGENT.password, user.passwordHash!)).toBe(true);

    expect(await db.prisma.contact.count({ where: { userId } })).toBe(300);
    expect(await db.prisma.property.count({ where: { userId } })).toBe(40);
    expect(await db.prisma.appointment.count({ where: { userId } })).toBe(40);
    expect(await db.prisma.task.count({ where: { userId } })).toBeGreaterThanOrEqual(50);
    expect(await db.prisma.note.count({ where: { userId } })).toBeGreaterThan(50);
    expect(await db.prisma.activity.count({ where: { userId } })).toBeGreaterThan(600);

    // Every pipeline stage and lead source is represented.
    const stages = await db.prisma.contact.groupBy({ by: ["stage"], where: { userId }, _count: true });
    expect(stages).toHaveLength(9);
    const sources = await db.prisma.contact.groupBy({ by: ["source"], where: { userId }, _count: true });
    expect(sources.length).toBeGreaterThanOrEqual(7);

    // Phones are E.164 in the fictional 555-01XX range; emails use reserved example domains.
    const phones = await db.prisma.contactPhone.findMany({ where: { userId }, select: { phone: true } });
    expect(phones.every((p) => /^\+1\d{3}55501\d{2}$/.test(p.phone))).toBe(true);
    expect(new Set(phones.map((p) => p.phone)).size).toBe(phones.length);
    const emails = await db.prisma.contactEmail.findMany({ where: { userId }, select: { email: true } });
    expect(emails.every((e) => /@example\.(com|net|org)$/.test(e.email))).toBe(true);

    // One person entered twice, so the duplicates view has something to show.
    const duplicates = await findDuplicates(userId);
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0]!.reason).toMatch(/^Same email: /);
    expect(duplicates[0]!.contacts).toHaveLength(2);
    expect(new Set(duplicates[0]!.contacts.map((c) => c.name)).size).toBe(1);

    // Appointments fall in the coming weeks (a few in the last days for context).
    const upcoming = await db.prisma.appointment.count({ where: { userId, startsAt: { gte: today } } });
    expect(upcoming).toBeGreaterThan(25);
    const latest = await db.prisma.appointment.findFirstOrThrow({ where: { userId }, orderBy: { startsAt: "desc" } });
    expect(latest.startsAt.getTime() - today.getTime()).toBeLessThan(30 * 86_400_000);
  });

  it("is idempotent: a second run changes nothing", async () => {
    const before = await db.prisma.contact.count();
    const again = await seedDemo(db.prisma, today);
    expect(again.created).toBe(false);
    expect(await db.prisma.contact.count()).toBe(before);
    expect(await db.prisma.user.count()).toBe(1);
  });
});
