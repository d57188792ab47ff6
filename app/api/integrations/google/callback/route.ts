// Google sends the agent back here after the consent screen. The state must be one this agent
// started (lib/integrations/google-calendar/connect.ts); the outcome is shown on the settings page.
import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import { finishConnect } from "@/lib/integrations/google-calendar/connect";

export async function GET(request: Request) {
  const settings = new URL("/settings/calendar", getEnv().APP_URL);
  const user = await getSessionUser();
  if (!user) return NextResponse.redirect(new URL("/sign-in", getEnv().APP_URL), 303);
  const params = new URL(request.url).searchParams;
  const result = await finishConnect(user.id, { state: params.get("state"), code: params.get("code"), error: params.get("error") });
  if (result.ok) settings.searchParams.set("connected", "1");
  else settings.searchParams.set("problem", result.reason);
  return NextResponse.redirect(settings, 303);
}
