// Two tenants, A and B, with similar data: one row of every tenant model each, with overlapping
// names, phones and emails so that a missing filter would show. Written with the raw client
// (tests may), exactly as a migration-level fixture.
import type { PrismaClient } from "@/lib/db/generated/prisma/client";
import type { TenantModel } from "@/lib/db/tenant-models";

export interface TenantFixture {
  userId: string;
  /** A where-clause that identifies this tenant's row of each model. */
  keys: Record<TenantModel, Record<string, unknown>>;
  /** A harmless update for each model (what an attacker would try to write). */
  change: Record<TenantModel, Record<string, unknown>>;
}

export const SENTINEL = "SENTINEL-7f3a9c";

async function seedTenant(prisma: PrismaClient, label: "A" | "B"): Promise<TenantFixture> {
  const user = await prisma.user.create({
    data: { name: `Agent ${label}`, email: `agent-${label.toLowerCase()}-${Date.now()}@example.com` },
  });
  const userId = user.id;
  // Same visible values for both tenants; only A's carry the sentinel in free text.
  const secret = label === "A" ? ` ${SENTINEL}` : "";
  const contact = await prisma.contact.create({ data: { userId, firstName: "Jordan", lastName: `Smith${secret}` } });
  const email = await prisma.contactEmail.create({ data: { userId, contactId: contact.id, email: "jordan@example.com", isPrimary: true } });
  const phone = await prisma.contactPhone.create({ data: { userId, contactId: contact.id, phone: "+15125550142", isPrimary: true } });
  const property = await prisma.property.create({ data: { userId, street: `1 Main St${secret}`, city: "Austin", region: "TX", postalCode: "78701" } });
  const link = await prisma.contactProperty.create({ data: { userId, contactId: contact.id, propertyId: property.id, role: "BUYER" } });
  const appointment = await prisma.appointment.create({
    data: { userId, title: `Showing${secret}`, startsAt: new Date("2026-12-01T16:00:00Z"), endsAt: new Date("2026-12-01T17:00:00Z"), propertyId: property.id },
  });
  await prisma.appointmentContact.create({ data: { userId, appointmentId: appointment.id, contactId: contact.id } });
  const task = await prisma.task.create({ data: { userId, title: `Call Jordan${secret}`, contactId: contact.id } });
  const note = await prisma.note.create({ data: { userId, contactId: contact.id, body: `Likes porches${secret}` } });
  const message = await prisma.message.create({
    data: { userId, contactId: contact.id, channel: "SMS", direction: "INBOUND", status: "RECEIVED", counterpart: "+15125550142", body: `Hi${secret}` },
  });
  const activity = await prisma.activity.create({ data: { userId, contactId: contact.id, type: "NOTE", summary: `Note${secret}` } });
  const tag = await prisma.tag.create({ data: { userId, name: "VIP" } });
  await prisma.contactTag.create({ data: { userId, contactId: contact.id, tagId: tag.id } });
  const importRun = await prisma.importRun.create({ data: { userId, fileName: `leads${secret}.csv`, rowCount: 3, created: 2, updated: 0, skipped: 1 } });
  const connection = await prisma.calendarConnection.create({ data: { userId, status: "CONNECTED", scope: "https://www.googleapis.com/auth/calendar.events", problem: `none${secret}` } });
  const oauthState = await prisma.oAuthState.create({ data: { userId, stateHash: `state-${label}-${Date.now()}`, codeVerifier: `sealed${secret}`, expiresAt: new Date(Date.now() + 600_000) } });
  const stageTotal = await prisma.contactStageTotal.findFirstOrThrow({ where: { userId } }); // the contact's, by trigger
  const savedList = await prisma.savedList.create({ data: { userId, name: "Hot buyers", query: `tag=hot${secret ? "&q=SENTINEL-7f3a9c" : ""}` } });

  return {
    userId,
    keys: {
      Contact: { id: contact.id },
      ContactEmail: { id: email.id },
      ContactPhone: { id: phone.id },
      Property: { id: property.id },
      ContactProperty: { id: link.id },
      Appointment: { id: appointment.id },
      AppointmentContact: { appointmentId: appointment.id, contactId: contact.id },
      Task: { id: task.id },
      Note: { id: note.id },
      // Written by the database from the contact's names (its vocabulary triggers).
      ContactNameWord: { userId, word: "jordan" },
      ContactStageTotal: { id: stageTotal.id },
      Message: { id: message.id },
      Activity: { id: activity.id },
      Tag: { id: tag.id },
      ContactTag: { contactId: contact.id, tagId: tag.id },
      SavedList: { id: savedList.id },
      ImportRun: { id: importRun.id },
      CalendarConnection: { id: connection.id },
      OAuthState: { stateHash: oauthState.stateHash },
    },
    change: {
      Contact: { firstName: "Hacked" },
      ContactEmail: { email: "hacked@example.com" },
      ContactPhone: { phone: "+15125550199" },
      Property: { street: "Hacked" },
      ContactProperty: { role: "SELLER" },
      Appointment: { title: "Hacked" },
      AppointmentContact: { contactId: contact.id },
      Task: { title: "Hacked" },
      Note: { body: "Hacked" },
      ContactNameWord: { word: "hacked" },
      ContactStageTotal: { count: 999 },
      Message: { body: "Hacked" },
      Activity: { summary: "Hacked" },
      Tag: { name: "Hacked" },
      ContactTag: { tagId: tag.id },
      SavedList: { name: "Hacked" },
      ImportRun: { fileName: "Hacked" },
      CalendarConnection: { problem: "Hacked" },
      OAuthState: { codeVerifier: "Hacked" },
    },
  };
}

export async function seedTenantPair(prisma: PrismaClient): Promise<[TenantFixture, TenantFixture]> {
  const a = await seedTenant(prisma, "A");
  const b = await seedTenant(prisma, "B");
  return [a, b];
}
