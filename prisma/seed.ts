// npm run db:seed — create the demo agent and their book (does nothing if they already exist).
import { openDatabase, targetFromEnv } from "../lib/db/client";
import { DEMO_AGENT, seedDemo } from "../lib/db/seed/seed-demo";
import { getEnv } from "../lib/env";

const db = await openDatabase(targetFromEnv(getEnv()));
try {
  const { created } = await seedDemo(db.prisma);
  console.log(
    created
      ? `Seeded the demo agent. Sign in as ${DEMO_AGENT.email} / ${DEMO_AGENT.password}`
      : `The demo agent already exists (${DEMO_AGENT.email} / ${DEMO_AGENT.password}); nothing to do.`,
  );
} finally {
  await db.close();
}
