import { describe, expect, it } from "vitest";
import type { DashboardData } from "@/lib/crm/dashboard";
import { toDashboardView } from "@/lib/crm/dashboard-view";

const empty: DashboardData = {
  timeZone: "America/Chicago", appointments: [], tasksToday: [], overdueTasks: 0, overdueFollowUps: [], overdueFollowUpCount: 0,
  overdueFollowUpMore: false, newLeads: [], newLeadCount: 0, pipeline: [], sourcesThisMonth: [],
};

describe("toDashboardView", () => {
  it("formats times and days in the agent's zone, and figures short", () => {
    const view = toDashboardView({
      ...empty,
      // 02:30 UTC on 8 March is 8:30 PM on 7 March in Chicago.
      appointments: [{ id: "a1", title: "Showing", startsAt: new Date("2026-03-08T02:30:00Z"), endsAt: new Date("2026-03-08T03:30:00Z"), location: null }],
      tasksToday: Array.from({ length: 8 }, (_, i) => ({ id: `t${i}`, title: "Call", dueAt: new Date("2026-03-08T02:30:00Z"), priority: "HIGH" as const, recurrence: null, completedAt: null, contactId: "c1", contactName: "Maria Lopez" })),
      overdueTasks: 12_345,
      overdueFollowUps: [{ id: "c1", name: "Maria Lopez", nextFollowUpAt: new Date("2026-03-08T02:30:00Z"), stage: "NEW" }],
      overdueFollowUpCount: 1_000, overdueFollowUpMore: true,
      newLeads: [{ id: "c2", name: "Sam Lee", source: "ZILLOW", createdAt: new Date("2026-03-08T02:30:00Z") }],
      newLeadCount: 2_575,
      pipeline: [{ stage: "NEW", count: 11_111, value: 6_055_700_000 }, { stage: "LOST", count: 0, value: 0 }],
      sourcesThisMonth: [{ source: "ZILLOW", count: 3 }, { source: "OTHER", count: 0 }],
    });
    expect(view.appointments).toEqual([{ id: "a1", title: "Showing", time: "8:30 PM", location: null }]);
    expect(view.tasksToday).toHaveLength(6);
    expect(view.tasksToday[0]).toEqual({ id: "t0", title: "Call", done: false, due: "Sat, Mar 7", high: true, repeats: false, contact: { id: "c1", name: "Maria Lopez" } });
    expect(view.overdueTasks).toBe("12.3K overdue");
    expect(view.overdueFollowUps).toEqual([{ id: "c1", name: "Maria Lopez", due: "Mar 7" }]);
    expect(view.overdueFollowUpCount).toBe("1,000+");
    expect(view.newLeads).toEqual([{ id: "c2", name: "Sam Lee", detail: "Zillow · Mar 7" }]);
    expect(view.newLeadCount).toBe("2,575");
    expect(view.pipeline).toEqual([
      { stage: "NEW", label: "New", count: "11.1K", value: "$6.1B", width: 100 },
      { stage: "LOST", label: "Lost", count: "0", value: "—", width: 0 },
    ]);
    expect(view.sources).toEqual({ caption: "3 new leads this month", bars: [
      { label: "Zillow", count: "3", width: 100, visible: true },
      { label: "Other", count: "0", width: 0, visible: false },
    ] });
  });

  it("leaves the links' counts out when there is nothing to count", () => {
    const view = toDashboardView({ ...empty, overdueFollowUpCount: 0 });
    expect(view).toMatchObject({ overdueTasks: null, overdueFollowUpCount: null, newLeadCount: "0", sources: null });
    expect(toDashboardView({ ...empty, overdueFollowUpCount: 7 }).overdueFollowUpCount).toBe("7");
    expect(toDashboardView({ ...empty, sourcesThisMonth: [{ source: "ZILLOW", count: 1 }] }).sources!.caption).toBe("1 new lead this month");
  });
});
