/**
 * The client's address for abuse limits: the first X-Forwarded-For entry (set by the load
 * balancer in front of the app), else X-Real-IP, else "unknown".
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}
