// Writes the demo agent and their book into an empty database. Idempotent: if the demo agent
// exists, nothing is written (their data is theirs to change once they start clicking around).
import { hashPassword } from "../../auth/password";
import type { PrismaClient } from "../generated/prisma/client";
import { withSystemAccess } from "../system-access";
import { buildDemoBook } from "./demo-book";

export const DEMO_AGENT = {
  name: "Dana Demo",
  email: "demo@agentleadtracker.test",
  password: "demo-password-2026",
  timeZone: "America/Chicago",
} as const;

export async function seedDemo(
  prisma: PrismaClient,
  today: Date = new Date(),
): Promise<{ created: boolean; userId: string }> {
  const existing = await prisma.user.findUnique({ where: { email: DEMO_AGENT.email }, select: { id: true } });
  if (existing) return { created: false, userId: existing.id };

  const book = buildDemoBook(today);
  const passwordHash = await hashPassword(DEMO_AGENT.password);
  const userId = "demo_user";
  const withUser = <T extends object>(rows: T[]) => rows.map((row) => ({ ...row, userId }));

  await withSystemAccess(prisma, "seed the demo agent", async (tx) => {
    await tx.user.create({
      data: {
        id: userId, name: DEMO_AGENT.name, email: DEMO_AGENT.email, passwordHash,
        emailVerifiedAt: today, timeZone: DEMO_AGENT.timeZone,
      },
    });
    await tx.tag.createMany({ data: withUser(book.tags) });
    await tx.contact.createMany({ data: withUser(book.contacts) });
    await tx.contactEmail.createMany({ data: withUser(book.emails) });
    await tx.contactPhone.createMany({ data: withUser(book.phones) });
    await tx.contactTag.createMany({ data: withUser(book.contactTags) });
    await tx.property.createMany({ data: withUser(book.properties) });
    await tx.contactProperty.createMany({ data: withUser(book.contactProperties) });
    await tx.appointment.createMany({
      data: withUser(book.appointments.map(({ contactIds: _ignored, ...a }) => a)),
    });
    await tx.appointmentContact.createMany({
      data: withUser(book.appointments.flatMap((a) => a.contactIds.map((contactId) => ({ appointmentId: a.id, contactId })))),
    });
    await tx.task.createMany({ data: withUser(book.tasks) });
    await tx.note.createMany({ data: withUser(book.notes) });
    await tx.activity.createMany({ data: withUser(book.activities) });
  });
  return { created: true, userId };
}
