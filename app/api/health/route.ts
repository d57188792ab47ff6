import { checkDatabaseHealth } from "@/lib/db";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for load balancers and the e2e suite. */
export async function GET() {
  const database = await checkDatabaseHealth();
  return Response.json({ ok: database.ok, database }, { status: database.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
