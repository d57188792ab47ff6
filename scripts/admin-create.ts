// npm run admin:create -- <email>
import { accountsClient } from "../lib/db/accounts";
import { openDatabase, targetFromEnv } from "../lib/db/client";
import { getEnv } from "../lib/env";
import { makeAdmin } from "../lib/auth/make-admin";

const email = process.argv[2];
if (!email) {
  console.error("Usage: npm run admin:create -- <email>");
  process.exit(2);
}
const db = await openDatabase(targetFromEnv(getEnv()));
try {
  const result = await makeAdmin(accountsClient(db.prisma), email);
  console.log(
    result.created
      ? `Created staff account ${result.email}. One-time password (change it after signing in): ${result.password}`
      : `${result.email} is now staff. Their sessions were ended; the role applies at their next sign-in.`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await db.close();
}
