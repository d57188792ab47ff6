// New-device sign-in alerts. Each browser gets a random device ID in a long-lived HttpOnly cookie;
// the server keeps only its hash per account. Signing in from a browser the account has not used
// before emails the owner (except on the very first sign-in, which is expected to be new).
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { getAccountsDb } from "../db";
import { getEnv } from "../env";
import { newDeviceMessage } from "../integrations/resend/templates/account-emails";
import { sendEmail } from "../integrations/resend/send-email";
import { normalizeEmail } from "./email-address";

export const DEVICE_COOKIE = "alt_device";
export const DEVICE_COOKIE_MAX_AGE = 400 * 24 * 60 * 60; // the longest browsers allow

export const newDeviceId = () => randomBytes(24).toString("base64url");
const hashDevice = (deviceId: string) => createHash("sha256").update(deviceId).digest("hex");

/** Notes a successful sign-in from `deviceId`; returns whether an alert was sent. */
export async function recordSignInDevice(
  rawEmail: string,
  deviceId: string,
  userAgent: string | null,
  now = new Date(),
): Promise<boolean> {
  const db = await getAccountsDb();
  const user = await db.user.findUnique({ where: { email: normalizeEmail(rawEmail) }, select: { id: true, name: true, email: true } });
  if (!user) return false;
  const deviceHash = hashDevice(deviceId);
  const known = await db.knownDevice.findUnique({ where: { ownerId_deviceHash: { ownerId: user.id, deviceHash } } });
  if (known) {
    await db.knownDevice.update({ where: { id: known.id }, data: { lastSeenAt: now } });
    return false;
  }
  const isFirstDevice = (await db.knownDevice.count({ where: { ownerId: user.id } })) === 0;
  await db.knownDevice.create({ data: { ownerId: user.id, deviceHash, userAgent: userAgent?.slice(0, 300) ?? null, firstSeenAt: now, lastSeenAt: now } });
  if (isFirstDevice) return false;
  await sendEmail(
    user.email,
    await newDeviceMessage({ name: user.name, when: now, userAgent: userAgent ?? "an unknown browser", resetLink: `${getEnv().APP_URL}/forgot-password` }),
  );
  return true;
}
