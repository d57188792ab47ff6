// After a successful sign-in (password or Google): give the browser its device cookie and alert
// the owner if this browser is new to the account. Runs inside a request (server action or the
// Auth.js route), where next/headers can read and set cookies.
import "server-only";
import { cookies, headers } from "next/headers";
import { getEnv } from "../env";
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE, newDeviceId, recordSignInDevice } from "./known-devices";

export async function rememberSignInBrowser(email: string): Promise<void> {
  const jar = await cookies();
  const deviceId = jar.get(DEVICE_COOKIE)?.value ?? newDeviceId();
  await recordSignInDevice(email, deviceId, (await headers()).get("user-agent"));
  jar.set(DEVICE_COOKIE, deviceId, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production" && getEnv().APP_URL.startsWith("https://"),
    maxAge: DEVICE_COOKIE_MAX_AGE,
    path: "/",
  });
}
