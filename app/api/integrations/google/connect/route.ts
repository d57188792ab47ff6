// "Connect Google Calendar": a same-origin form post from Settings → Calendar Sync; answers with a
// redirect to Google's consent screen (state and PKCE verifier kept server-side, single use).
import { NextResponse } from "next/server";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { getSessionUser } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import { startConnect } from "@/lib/integrations/google-calendar/connect";
import { calendarSyncConfigured } from "@/lib/integrations/google-calendar/google-client";

export async function POST(request: Request) {
  const settings = `${getEnv().APP_URL}/settings/calendar`;
  if (!isSameOrigin(request)) return NextResponse.json({ error: "Cross-site request refused." }, { status: 403 });
  const user = await getSessionUser();
  if (!user) return NextResponse.redirect(`${getEnv().APP_URL}/sign-in`, 303);
  if (!calendarSyncConfigured()) return NextResponse.redirect(`${settings}?error=not-configured`, 303);
  return NextResponse.redirect(await startConnect(user.id), 303);
}
