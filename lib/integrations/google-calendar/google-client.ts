// Google's OAuth client and Calendar client, configured in one place: the same OAuth app as
// "Sign in with Google", the calendar redirect URI, and (in tests) a local stand-in for Google.
import "server-only";
import { calendar, type calendar_v3 } from "@googleapis/calendar";
import { OAuth2Client } from "google-auth-library";
import { getEnv } from "../../env";

/** The only scope ALT asks for: create, change and delete events; nothing else. */
export const CALENDAR_SCOPE = "https://www.googleapis.com/auth/calendar.events";

export function calendarSyncConfigured(): boolean {
  const env = getEnv();
  return Boolean(env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET);
}

export const calendarRedirectUri = () => `${getEnv().APP_URL}/api/integrations/google/callback`;

function endpoints() {
  const base = getEnv().GOOGLE_API_BASE_URL?.replace(/\/$/, "");
  return base
    ? { oauth2AuthBaseUrl: `${base}/o/oauth2/v2/auth`, oauth2TokenUrl: `${base}/token`, oauth2RevokeUrl: `${base}/revoke`, rootUrl: `${base}/` }
    : { oauth2AuthBaseUrl: "https://accounts.google.com/o/oauth2/v2/auth", oauth2TokenUrl: "https://oauth2.googleapis.com/token", oauth2RevokeUrl: "https://oauth2.googleapis.com/revoke", rootUrl: "https://www.googleapis.com/" };
}

export function newOAuthClient(): OAuth2Client {
  const env = getEnv();
  const { rootUrl: _root, ...oauthEndpoints } = endpoints();
  return new OAuth2Client({ clientId: env.GOOGLE_CLIENT_ID, clientSecret: env.GOOGLE_CLIENT_SECRET, redirectUri: calendarRedirectUri(), endpoints: oauthEndpoints });
}

export function calendarApi(auth: OAuth2Client): calendar_v3.Calendar {
  // No automatic retries inside the client: the job queue owns retries and their back-off.
  return calendar({ version: "v3", auth, rootUrl: endpoints().rootUrl, retry: false });
}

export const revokeUrl = () => endpoints().oauth2RevokeUrl;
