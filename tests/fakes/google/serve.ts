// Runs the fake Google on a fixed port for the browser suite (see playwright.config.ts).
import { startFakeGoogle } from "./fake-google";

const google = await startFakeGoogle({
  port: Number(process.env.FAKE_GOOGLE_PORT ?? 3101),
  clientId: process.env.GOOGLE_CLIENT_ID ?? "",
  clientSecret: process.env.GOOGLE_CLIENT_SECRET ?? "",
});
console.log(`fake Google listening on ${google.url}`);
