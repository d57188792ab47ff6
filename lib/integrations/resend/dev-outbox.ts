import "server-only";
import { getAccountsDb } from "../../db";
import { getEnv } from "../../env";

/** The outbox page exists only where mail is not really sent, and never on a real production server. */
export function devOutboxEnabled(): boolean {
  const env = getEnv();
  return !env.RESEND_API_KEY && (env.NODE_ENV !== "production" || env.LOCAL_MODE);
}

export async function listDevOutbox(limit = 50) {
  const db = await getAccountsDb();
  return db.devOutboxEmail.findMany({ orderBy: { createdAt: "desc" }, take: limit, select: { id: true, to: true, subject: true, text: true, html: true, createdAt: true } });
}
