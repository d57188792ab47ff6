// CSV downloads of the agent's own data. GET, read-only; the session is checked here.
import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/auth/session";
import { exportCsvStream, EXPORTS, type ExportKind } from "@/lib/crm/export/export-data";

export async function GET(_request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: "Sign in first." }, { status: 401 });
  const kind = (await params).kind.replace(/\.csv$/, "");
  if (!(EXPORTS as readonly string[]).includes(kind)) return NextResponse.json({ error: "Unknown export." }, { status: 404 });
  const csv = exportCsvStream(user.id, kind as ExportKind).pipeThrough(new TextEncoderStream());
  const date = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="alt-${kind}-${date}.csv"`,
      "cache-control": "private, no-store",
    },
  });
}
