// The app's one worker, started by instrumentation.ts. Next's dev server can
// evaluate the hook again after a reload; the flag on globalThis keeps it to
// one loop per process.
import { getPrisma } from "@/lib/db";
import { deleteExpiredIdempotencyRecords } from "@/lib/http/idempotency";
import { deleteExpiredRateLimitBuckets } from "@/lib/http/rate-limit";
import { startWebhookWorker, type WebhookWorker } from "./worker";

const globalForWorker = globalThis as unknown as { slotbookWebhookWorker?: WebhookWorker };

export function startAppWebhookWorker(): WebhookWorker {
  globalForWorker.slotbookWebhookWorker ??= startWebhookWorker({
    db: getPrisma(),
    maintenance: (now) => Promise.all([deleteExpiredIdempotencyRecords(getPrisma(), now), deleteExpiredRateLimitBuckets(getPrisma(), now)]),
  });
  return globalForWorker.slotbookWebhookWorker;
}
