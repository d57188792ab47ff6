// As-you-type contact suggestions for the search box. Read-only, so no Origin check is needed;
// the session is checked here (middleware is not an auth layer), in the same database round
// trip that opens the agent's read transaction.
import { NextResponse } from "next/server";
import { getSessionUser, readAsSignedInAgent } from "@/lib/auth/session";
import { readSuggestions } from "@/lib/crm/contacts/search-contacts";

const signInFirst = () => NextResponse.json({ error: "Sign in first." }, { status: 401 });

export async function GET(request: Request) {
  const q = new URL(request.url).searchParams.get("q") ?? "";
  if (q.length > 100) {
    if (!(await getSessionUser())) return signInFirst();
    return NextResponse.json({ error: "Search terms can be up to 100 characters." }, { status: 400 });
  }
  const results = await readAsSignedInAgent((db) => readSuggestions(db, q));
  if (!results) return signInFirst();
  return NextResponse.json({ results }, { headers: { "cache-control": "private, no-store" } });
}
