// The delivery loop. Every process may run one: all coordination is in the
// database (SKIP LOCKED claims and leases), so scaling out needs no leader.
import type { Db } from "@/lib/db";
import { deliverDue } from "./deliver";
import { fanOutEvents } from "./fan-out";
import { allowPrivateTargets } from "./url-policy";

export interface WebhookWorkerOptions {
  db: Db;
  /** Pause between polls; default WEBHOOK_POLL_MS or 1000. */
  intervalMs?: number;
  /** false: no background loop, the caller drives runOnce() (tests). */
  poll?: boolean;
  now?: () => Date;
  random?: () => number;
  batchSize?: number;
  timeoutMs?: number;
  leaseMs?: number;
  allowPrivate?: boolean;
  /** Opportunistic cleanup (expired idempotency keys...), at most once a minute. */
  maintenance?: (now: Date) => Promise<unknown>;
  log?: (message: string, error?: unknown) => void;
}

export interface RunResult {
  fannedOut: number;
  delivered: number;
  failed: number;
}

export interface WebhookWorker {
  runOnce(): Promise<RunResult>;
  stop(): Promise<void>;
}

const MAINTENANCE_EVERY_MS = 60_000;

export function startWebhookWorker(options: WebhookWorkerOptions): WebhookWorker {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  const intervalMs = options.intervalMs ?? (Number(process.env.WEBHOOK_POLL_MS) || 1000);
  const batchSize = options.batchSize ?? 50;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const deliverOptions = {
    now,
    random: options.random ?? Math.random,
    limit: batchSize,
    timeoutMs,
    leaseMs: Math.max(options.leaseMs ?? 60_000, timeoutMs * 2),
    allowPrivate: options.allowPrivate ?? allowPrivateTargets(),
  };
  const log = options.log ?? ((message: string, error?: unknown) => console.error(`[slotbook] webhooks: ${message}`, error ?? ""));
  let lastMaintenance = -Infinity;

  async function runOnce(): Promise<RunResult> {
    const fannedOut = await fanOutEvents(db, now(), batchSize);
    const { delivered, failed } = await deliverDue(db, deliverOptions);
    const at = now();
    if (options.maintenance && at.getTime() - lastMaintenance >= MAINTENANCE_EVERY_MS) {
      lastMaintenance = at.getTime();
      await options.maintenance(at).catch((error: unknown) => log("maintenance failed", error));
    }
    return { fannedOut, delivered, failed };
  }

  let stopped = options.poll === false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let lastError = "";

  function schedule(delayMs: number) {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick();
    }, delayMs);
    // The loop must never be what keeps a process alive.
    timer.unref();
  }

  async function tick(): Promise<void> {
    let busy = false;
    try {
      const result = await runOnce();
      // A full batch means a backlog: go again at once instead of waiting.
      busy = result.fannedOut >= batchSize || result.delivered + result.failed >= batchSize;
      lastError = "";
    } catch (error) {
      // A database outage would otherwise log the same line every second.
      const message = error instanceof Error ? error.message : String(error);
      if (message !== lastError) log("poll failed", error);
      lastError = message;
    }
    schedule(busy ? 0 : intervalMs);
  }

  schedule(0);

  return {
    runOnce,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
