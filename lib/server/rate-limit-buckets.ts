// The one raw SQL statement of the rate limiter: a fixed-window counter bumped
// atomically. Prisma's upsert is a read then a write, so two concurrent
// attempts could both see count 0; INSERT ... ON CONFLICT is one statement.
import type { Db } from "@/lib/db";

export interface BucketState {
  count: number;
  resetAt: Date;
}

/** Counts one hit on `key`; a bucket whose window is over restarts at 1. */
export async function hitRateLimitBucket(db: Db, key: string, windowMs: number, now: Date): Promise<BucketState> {
  const resetAt = new Date(now.getTime() + windowMs);
  const rows = await db.$queryRaw<Array<{ count: number; resetAt: Date }>>`
    INSERT INTO "RateLimitBucket" ("key", "count", "resetAt") VALUES (${key}, 1, ${resetAt})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."resetAt" <= ${now} THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= ${now} THEN ${resetAt} ELSE "RateLimitBucket"."resetAt" END
    RETURNING "count", "resetAt"`;
  const row = rows[0];
  if (!row) throw new Error("rate limit upsert returned no row");
  return { count: Number(row.count), resetAt: new Date(row.resetAt) };
}
