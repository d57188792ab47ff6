// Prisma CLI configuration. Only `prisma generate` uses the CLI here; migrations run on Prisma's
// wasm schema engine through `npm run db:*` (see lib/db/migrations), so no engine download is needed.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
