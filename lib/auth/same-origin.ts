// Cookie-authenticated route handlers that change state accept only requests from the app's own
// pages: the browser's Origin header must be APP_URL's origin. (Server actions get the same check
// from Next.js itself.) A missing Origin is refused too.
import "server-only";
import { getEnv } from "../env";

export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  return origin !== null && origin === new URL(getEnv().APP_URL).origin;
}
