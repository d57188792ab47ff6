// Framework baseline for the HTTP benchmark: a route handler returning constant JSON (no session,
// no database). 404 unless BENCH_BASELINES=1.
import { NextResponse } from "next/server";
import { getEnv } from "@/lib/env";

export const dynamic = "force-dynamic";

const BODY = { results: Array.from({ length: 8 }, (_, i) => ({ id: `c${i}`, name: `Contact ${i}`, detail: "(512) 555-0100" })) };

export function GET() {
  if (!getEnv().BENCH_BASELINES) return NextResponse.json({ error: "Not found." }, { status: 404 });
  return NextResponse.json(BODY, { headers: { "cache-control": "private, no-store" } });
}
