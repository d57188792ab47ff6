// What each sealed column holds. The purpose is part of the envelope's associated data, so sealing
// and opening must name it identically: one constant per column, used by every reader and writer
// (and by `secrets:rotate`).
export const SEALED_PURPOSES = {
  googleAccessToken: "google.access_token",
  googleRefreshToken: "google.refresh_token",
  googlePkceVerifier: "google.pkce_verifier",
} as const;
