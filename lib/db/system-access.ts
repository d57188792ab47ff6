// The explicit, logged way past row-level security, for work that is not one agent's request:
// background jobs, account deletion, the demo seed, staff tools. Each use names its reason, and
// the reason is written to the log so bypasses can be audited.
import type { PrismaClient } from "./generated/prisma/client";
import type { Prisma } from "./generated/prisma/client";

export type SystemClient = Prisma.TransactionClient;

export type SystemAccessLogger = (entry: { reason: string; at: Date }) => void;

let logger: SystemAccessLogger = ({ reason, at }) => {
  console.info(JSON.stringify({ event: "rls_bypass", reason, at: at.toISOString() }));
};

/** Tests route the audit trail elsewhere. */
export function setSystemAccessLogger(next: SystemAccessLogger): void {
  logger = next;
}

export async function withSystemAccess<T>(
  prisma: PrismaClient,
  reason: string,
  work: (db: SystemClient) => Promise<T>,
  options: { timeoutMs?: number } = {},
): Promise<T> {
  if (!reason.trim()) throw new Error("withSystemAccess needs a reason");
  logger({ reason, at: new Date() });
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT set_config('app.rls_bypass', 'on', true)`;
      return work(tx);
    },
    { timeout: options.timeoutMs ?? 60_000, maxWait: 10_000 },
  );
}
