// As-you-type contact suggestions for the search box. Read-only, so no Origin check is needed;
// the session is checked here (middleware is not an auth layer).
import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/auth/session";
import { suggestContacts } from "@/lib/crm/contacts/search-contacts";

export async function GET(request: Request) {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: "Sign in first." }, { status: 401 });
  const q = new URL(request.url).searchParams.get("q") ?? "";
  if (q.length > 100) return NextResponse.json({ error: "Search terms can be up to 100 characters." }, { status: 400 });
  const results = await suggestContacts(user.id, q);
  return NextResponse.json({ results }, { headers: { "cache-control": "private, no-store" } });
}
