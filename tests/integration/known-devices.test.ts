import { describe, expect, it } from "vitest";
import { newDeviceId, recordSignInDevice } from "@/lib/auth/known-devices";
import { installTestDatabase } from "../support/db";

const db = await installTestDatabase();
const alerts = (to: string) => db.prisma.devOutboxEmail.count({ where: { to, subject: "New sign-in to your Agent Lead Tracker account" } });

describe("new-device sign-in alerts", () => {
  it("stay quiet for the first browser and known browsers, and alert on a new one", async () => {
    await db.prisma.user.create({ data: { name: "Dev Ice", email: "device@example.com" } });
    const laptop = newDeviceId();
    expect(await recordSignInDevice("device@example.com", laptop, "Firefox on Linux")).toBe(false);
    expect(await recordSignInDevice("DEVICE@example.com", laptop, "Firefox on Linux")).toBe(false);
    expect(await alerts("device@example.com")).toBe(0);

    expect(await recordSignInDevice("device@example.com", newDeviceId(), "Safari on iPhone")).toBe(true);
    expect(await alerts("device@example.com")).toBe(1);
    const mail = await db.prisma.devOutboxEmail.findFirstOrThrow({ where: { to: "device@example.com" } });
    expect(mail.text).toContain("Safari on iPhone");

    // Only a hash of the device ID is stored.
    const stored = await db.prisma.knownDevice.findMany();
    expect(stored.some((d) => d.deviceHash === laptop)).toBe(false);
    expect(stored).toHaveLength(2);
  });

  it("ignores unknown emails", async () => {
    expect(await recordSignInDevice("nobody@example.com", newDeviceId(), null)).toBe(false);
  });
});
