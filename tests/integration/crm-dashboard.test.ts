import { describe, expect, it } from "vitest";
import { getDashboard, OVERDUE_COUNT_CAP } from "@/lib/crm/dashboard";
import { listTasks } from "@/lib/crm/tasks";
import { installTestDatabase } from "../support/db";

const db = await installTestDatabase();

// "Now" is 2026-11-22 15:00 in Chicago (21:00 UTC). Agent A works in Chicago; B is a neighbour
// whose rows must never count for A.
const now = new Date("2026-11-22T21:00:00Z");
const at = (iso: string) => new Date(iso);

async function agent(email: string, timeZone: string) {
  return (await db.prisma.user.create({ data: { name: email, email, timeZone } })).id;
}

describe("dashboard and task views", () => {
  it("count today, overdue, new leads, pipeline value and sources in the agent's time zone, and only the agent's rows", async () => {
    const a = await agent("dash-a@example.com", "America/Chicago");
    const b = await agent("dash-b@example.com", "America/Chicago");
    for (const userId of [a, b]) {
      const lead = await db.prisma.contact.create({
        data: { userId, firstName: "New", lastName: "Lead", source: "ZILLOW", stage: "CONNECTED", priceMin: 300_000, priceMax: 400_000, createdAt: at("2026-11-20T12:00:00Z"), nextFollowUpAt: at("2026-11-21T06:00:00Z") },
      });
      // Follow-ups either side of the start of today in Chicago (06:00 UTC on the 22nd).
      await db.prisma.contact.create({ data: { userId, firstName: "Late", lastName: "Yesterday", stage: "NURTURE", createdAt: at("2026-01-05T12:00:00Z"), nextFollowUpAt: at("2026-11-22T05:59:00Z") } });
      await db.prisma.contact.create({ data: { userId, firstName: "Due", lastName: "Today", stage: "NURTURE", createdAt: at("2026-01-05T12:00:00Z"), nextFollowUpAt: at("2026-11-22T06:00:00Z") } });
      await db.prisma.contact.create({ data: { userId, firstName: "Old", lastName: "Client", source: "SPHERE", stage: "CLOSED", priceMin: 500_000, createdAt: at("2026-01-05T12:00:00Z"), nextFollowUpAt: at("2026-11-01T06:00:00Z") } });
      // Today in Chicago runs 06:00 UTC on the 22nd to 06:00 UTC on the 23rd.
      await db.prisma.appointment.create({ data: { userId, title: "Showing", startsAt: at("2026-11-23T02:00:00Z"), endsAt: at("2026-11-23T03:00:00Z") } });
      await db.prisma.appointment.create({ data: { userId, title: "Tomorrow", startsAt: at("2026-11-23T15:00:00Z"), endsAt: at("2026-11-23T16:00:00Z") } });
      await db.prisma.task.create({ data: { userId, title: "Due today", dueAt: at("2026-11-22T06:00:00Z"), contactId: lead.id } });
      await db.prisma.task.create({ data: { userId, title: "Overdue", dueAt: at("2026-11-21T06:00:00Z") } });
      await db.prisma.task.create({ data: { userId, title: "Someday" } });
    }
    const d = await getDashboard(a, now);
    expect(d.appointments.map((x) => x.title)).toEqual(["Showing"]);
    expect(d.tasksToday.map((t) => t.title)).toEqual(["Due today"]);
    expect(d.tasksToday[0]!.contactName).toBe("New Lead");
    expect(d.overdueTasks).toBe(1);
    // The closed client's old follow-up date is not nagging anyone.
    expect(d.overdueFollowUps.map((c) => c.name)).toEqual(["New Lead", "Late Yesterday"]);
    expect(d.overdueFollowUpCount).toBe(2);
    expect(d.overdueFollowUpMore).toBe(false);
    expect(d.newLeadCount).toBe(1);
    expect(d.pipeline.find((p) => p.stage === "CONNECTED")).toEqual({ stage: "CONNECTED", count: 1, value: 400_000 });
    expect(d.pipeline.find((p) => p.stage === "CLOSED")).toEqual({ stage: "CLOSED", count: 1, value: 500_000 });
    expect(d.sourcesThisMonth.find((s) => s.source === "ZILLOW")!.count).toBe(1);
    expect(d.sourcesThisMonth.find((s) => s.source === "SPHERE")!.count).toBe(0);

    const views = await listTasks(a, "overdue", now);
    expect(views.tasks.map((t) => t.title)).toEqual(["Overdue"]);
    expect(views.counts.upcoming).toBe(1); // "Someday" has no due date
  });

  it("counts overdue follow-ups exactly up to the cap, and says when there are more", async () => {
    const c = await agent("dash-c@example.com", "America/Chicago");
    const overdue = (n: number, from: number) => db.prisma.contact.createMany({
      data: Array.from({ length: n }, (_, i) => ({ userId: c, firstName: "Late", lastName: `Lead ${from + i}`, nextFollowUpAt: at("2026-11-01T12:00:00Z") })),
    });
    await overdue(OVERDUE_COUNT_CAP - 1, 0);
    expect(await getDashboard(c, now)).toMatchObject({ overdueFollowUpCount: OVERDUE_COUNT_CAP - 1, overdueFollowUpMore: false });
    await overdue(1, OVERDUE_COUNT_CAP);
    expect(await getDashboard(c, now)).toMatchObject({ overdueFollowUpCount: OVERDUE_COUNT_CAP, overdueFollowUpMore: false });
    await overdue(1, OVERDUE_COUNT_CAP + 1);
    expect(await getDashboard(c, now)).toMatchObject({ overdueFollowUpCount: OVERDUE_COUNT_CAP, overdueFollowUpMore: true });
  });
});
