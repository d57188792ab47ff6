// Fixed-window counters in the database, so limits hold across every app instance. One atomic
// upsert per hit: concurrent requests cannot both slip under the limit.
import type { PrismaClient } from "./generated/prisma/client";

export interface RateLimitState {
  count: number;
  windowStart: Date;
  lockedUntil: Date | null;
}

/** Adds one hit to `key` (a new window starts when the old one is over) and returns the state. */
export async function recordHit(prisma: PrismaClient, key: string, windowMs: number, now = new Date()): Promise<RateLimitState> {
  const windowFloor = new Date(now.getTime() - windowMs);
  const rows = await prisma.$queryRaw<RateLimitState[]>`
    INSERT INTO "RateLimitBucket" (key, count, "windowStart") VALUES (${key}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimitBucket"."windowStart" <= ${windowFloor} THEN 1 ELSE "RateLimitBucket".count + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" <= ${windowFloor} THEN ${now} ELSE "RateLimitBucket"."windowStart" END
    RETURNING count, "windowStart", "lockedUntil"`;
  return rows[0]!;
}

export async function peekHits(prisma: PrismaClient, key: string, windowMs: number, now = new Date()): Promise<RateLimitState | null> {
  const row = await prisma.rateLimitBucket.findUnique({ where: { key } });
  if (!row) return null;
  const expired = row.windowStart.getTime() <= now.getTime() - windowMs;
  return { count: expired ? 0 : row.count, windowStart: row.windowStart, lockedUntil: row.lockedUntil };
}

export async function lockKey(prisma: PrismaClient, key: string, until: Date): Promise<void> {
  await prisma.rateLimitBucket.update({ where: { key }, data: { lockedUntil: until } });
}

export async function clearKey(prisma: PrismaClient, key: string): Promise<void> {
  await prisma.rateLimitBucket.deleteMany({ where: { key } });
}
