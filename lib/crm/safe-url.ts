// Links agents paste (listing photos). ALT stores them and lets the browser show them; the
// server never fetches them. Even so, only public https URLs are accepted: no credentials, no
// localhost, no private, loopback, link-local or metadata addresses (169.254.169.254).
import { isIP } from "node:net";

const PRIVATE_V4 = [/^10\./, /^127\./, /^169\.254\./, /^172\.(1[6-9]|2\d|3[01])\./, /^192\.168\./, /^0\./, /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./];

function isPrivateHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  if (h === "localhost" || h.endsWith(".localhost") || h.endsWith(".local") || h.endsWith(".internal")) return true;
  if (isIP(h) === 4) return PRIVATE_V4.some((r) => r.test(h));
  if (isIP(h) === 6) return h === "::1" || h === "::" || /^f[cd]/.test(h) || /^fe[89ab]/.test(h) || h.startsWith("::ffff:");
  return !h.includes("."); // single-label names resolve inside networks
}

export type SafeUrlResult = { ok: true; url: string } | { ok: false; error: string };

export function checkPublicHttpsUrl(input: string): SafeUrlResult {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, error: "That isn't a web address." };
  }
  if (url.protocol !== "https:") return { ok: false, error: "Use an https:// address." };
  if (url.username || url.password) return { ok: false, error: "Addresses with a user name or password aren't allowed." };
  if (isPrivateHost(url.hostname)) return { ok: false, error: "That address points inside a private network." };
  if (url.href.length > 2_000) return { ok: false, error: "That address is too long." };
  return { ok: true, url: url.href };
}
