import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const googlePort = port + 1;
// A test-only OAuth client, known to the app and to the fake Google in tests/fakes/google.
const googleClient = { GOOGLE_CLIENT_ID: "alt-e2e.apps.googleusercontent.example", GOOGLE_CLIENT_SECRET: "e2e-only-google-secret" };

// Debian's Chromium (apt-get install chromium): browser downloads are not possible here.
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/playwright",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: "list",
  use: {
    // "localhost", not 127.0.0.1: Next.js rewrites 127.0.0.1 to localhost in the URLs route
    // handlers see, and OAuth needs the browser and the server to agree on one origin.
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
    },
  },
  webServer: [
    {
      command: "node_modules/.bin/tsx tests/fakes/google/serve.ts",
      url: `http://127.0.0.1:${googlePort}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      env: { FAKE_GOOGLE_PORT: String(googlePort), ...googleClient },
    },
    {
      // `next build` must have run first (npm run test:e2e does both).
      command: "node_modules/.bin/tsx scripts/e2e-server.ts",
      url: `http://127.0.0.1:${port}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      env: {
        PORT: String(port),
        PGLITE_DATA_DIR: ".data/e2e",
        LOCAL_MODE: "true",
        APP_URL: `http://localhost:${port}`,
        // A fixed, test-only secret: this server holds nothing but demo data.
        AUTH_SECRET: "e2e-only-secret-not-used-anywhere-else-0123456789",
        NEXT_TELEMETRY_DISABLED: "1",
        GOOGLE_OIDC_ISSUER: `http://127.0.0.1:${googlePort}`,
        GOOGLE_API_BASE_URL: `http://127.0.0.1:${googlePort}`,
        ...googleClient,
      },
    },
  ],
});
