// CSV import steps (analyse, dry run, commit) for the import page. Multipart upload of up to
// 50 MB, so a route handler rather than a server action; the session and Origin are checked here.
import { NextResponse } from "next/server";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { getSessionUser } from "@/lib/auth/session";
import { MAX_IMPORT_BYTES } from "@/lib/crm/import/read-csv";
import { runImportStep } from "@/lib/crm/import/run-import";

export async function POST(request: Request) {
  if (!isSameOrigin(request)) return NextResponse.json({ ok: false, error: "Cross-site request refused." }, { status: 403 });
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ ok: false, error: "Sign in first." }, { status: 401 });
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_IMPORT_BYTES + 1024 * 1024) return NextResponse.json({ ok: false, error: "That file is larger than 50 MB. Split it into smaller files and import each." }, { status: 413 });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return NextResponse.json({ ok: false, error: "Upload the file with the form on the import page." }, { status: 400 });
  }
  const file = form.get("file");
  if (!(file instanceof File)) return NextResponse.json({ ok: false, error: "Choose a CSV file." }, { status: 400 });
  const text = (key: string) => (typeof form.get(key) === "string" ? (form.get(key) as string) : "");
  const result = await runImportStep(user.id, {
    step: text("step"),
    fileName: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
    mapping: text("mapping"),
    duplicates: text("duplicates"),
  });
  return NextResponse.json(result, { status: result.ok ? 200 : 422 });
}
