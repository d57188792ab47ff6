// One import's progress, polled by the import page while the background job runs.
import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/auth/session";
import { getImportStatus } from "@/lib/crm/import/run-import";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: "Sign in first." }, { status: 401 });
  const { id } = await params;
  const run = id.length <= 40 ? await getImportStatus(user.id, id) : null;
  if (!run) return NextResponse.json({ error: "No such import." }, { status: 404 });
  return NextResponse.json({ run }, { headers: { "cache-control": "private, no-store" } });
}
