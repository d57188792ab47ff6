// Handing a token back to Google. Best effort by design: disconnecting and account deletion
// delete ALT's copy whatever Google answers, and never wait long for it.
import "server-only";
import { revokeUrl } from "./google-client";

export async function revokeQuietly(token: string | null): Promise<boolean> {
  if (!token) return false;
  try {
    const response = await fetch(revokeUrl(), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ token }),
      signal: AbortSignal.timeout(5_000),
    });
    return response.ok;
  } catch {
    return false;
  }
}
