import { describe, expect, it } from "vitest";
import { createAppointment, deleteAppointment, getAppointment, getCalendar, updateAppointment } from "@/lib/crm/appointments/appointments";
import type { AppointmentFormValues } from "@/lib/crm/appointments/appointment-input";
import { listTimeline } from "@/lib/crm/timeline";
import { installTestDatabase } from "../support/db";

const db = await installTestDatabase();

const base: AppointmentFormValues = { title: "Showing", type: "SHOWING", date: "2026-12-01", startTime: "14:30", endTime: "15:15", location: "48 Porch Swing Ln", notes: "", propertyId: "", contactIds: [], reminder: "60" };

describe("appointments", () => {
  it("store local times as UTC, note linked contacts' timelines, and show in day, week, month and agenda views", async () => {
    const a = (await db.prisma.user.create({ data: { name: "A", email: "appt-a@example.com", timeZone: "America/Denver" } })).id;
    const contact = await db.prisma.contact.create({ data: { userId: a, firstName: "Bea", lastName: "Buyer" } });
    const property = await db.prisma.property.create({ data: { userId: a, street: "48 Porch Swing Ln", city: "Denver", region: "CO", postalCode: "80203" } });
    const created = await createAppointment(a, { ...base, contactIds: [contact.id], propertyId: property.id });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const { appointment } = (await getAppointment(a, created.id))!;
    // 14:30 in Denver (MST, UTC-7) on December 1st.
    expect(appointment.startsAt.toISOString()).toBe("2026-12-01T21:30:00.000Z");
    expect(appointment.endsAt.toISOString()).toBe("2026-12-01T22:15:00.000Z");
    expect(appointment).toMatchObject({ reminderMinutes: [60], contacts: [{ name: "Bea Buyer" }], property: { address: "48 Porch Swing Ln" } });
    expect((await listTimeline(a, contact.id)).items[0]!.summary).toBe("Appointment set: Showing, Tue, Dec 1 at 2:30 PM");

    for (const view of ["day", "week", "month"] as const) {
      const range = await getCalendar(a, view, "2026-12-01");
      expect(range.items.map((i) => i.id), view).toEqual([created.id]);
    }
    expect((await getCalendar(a, "day", "2026-12-02")).items).toEqual([]);
    expect((await getCalendar(a, "agenda", null, new Date("2026-11-22T12:00:00Z"))).items.map((i) => i.id)).toEqual([created.id]);
    const month = await getCalendar(a, "month", "2026-12-15");
    expect([month.prev, month.next]).toEqual(["2026-11-15", "2027-01-15"]);
    // December 2026 shown Sunday Nov 29 to Saturday Jan 2: five whole weeks, nothing more.
    expect((month.to.getTime() - month.from.getTime()) / 86_400_000).toBe(35);

    expect(await updateAppointment(a, created.id, { ...base, startTime: "09:00", endTime: "10:00" })).toEqual({ ok: true, id: created.id });
    expect((await getAppointment(a, created.id))!.appointment.startsAt.toISOString()).toBe("2026-12-01T16:00:00.000Z");
  });

  it("refuse bad times and foreign links with field errors, and treat another agent's appointment as not found", async () => {
    const a = (await db.prisma.user.create({ data: { name: "A2", email: "appt-a2@example.com" } })).id;
    const b = (await db.prisma.user.create({ data: { name: "B2", email: "appt-b2@example.com" } })).id;
    const foreignContact = await db.prisma.contact.create({ data: { userId: b, firstName: "Not", lastName: "Yours" } });
    expect(await createAppointment(a, { ...base, title: "", date: "2026-02-30", startTime: "25:00", type: "PARTY", reminder: "7" })).toMatchObject({
      ok: false, errors: { title: expect.any(String), date: expect.any(String), type: expect.any(String), reminder: expect.any(String) },
    });
    expect(await createAppointment(a, { ...base, endTime: "14:00" })).toMatchObject({ ok: false, errors: { endTime: "The end must be after the start." } });
    expect(await createAppointment(a, { ...base, contactIds: [foreignContact.id] })).toMatchObject({ ok: false, errors: { contactId: expect.any(String) } });
    expect(await db.prisma.appointment.count({ where: { userId: a } })).toBe(0);

    const mine = await createAppointment(a, base);
    const id = (mine as { id: string }).id;
    const before = await db.prisma.appointment.findUniqueOrThrow({ where: { id } });
    expect(await getAppointment(b, id)).toBeNull();
    expect(await updateAppointment(b, id, { ...base, title: "Hacked" })).toEqual({ ok: false, notFound: true });
    expect(await deleteAppointment(b, id)).toBe(false);
    expect((await getCalendar(b, "month", "2026-12-01")).items).toEqual([]);
    expect(await db.prisma.appointment.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await deleteAppointment(a, id)).toBe(true);
  });
});
