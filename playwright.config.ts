import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);

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
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
    },
  },
  webServer: {
    // `next build` must have run first (npm run test:e2e does both).
    command: "node_modules/.bin/tsx scripts/e2e-server.ts",
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: {
      PORT: String(port),
      PGLITE_DATA_DIR: ".data/e2e",
      LOCAL_MODE: "true",
      APP_URL: `http://127.0.0.1:${port}`,
      // A fixed, test-only secret: this server holds nothing but demo data.
      AUTH_SECRET: "e2e-only-secret-not-used-anywhere-else-0123456789",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
