// The side-effect loop: claim due jobs, call the provider outside any
// transaction, record the outcome with backoff. Every process may run one;
// coordination is in the database (SKIP LOCKED claims and leases), so
// scaling out needs no leader. Clock, randomness and environment are
// injectable so tests drive runOnce() without sleeping.
import type { Db } from "@/lib/db";
import { errorMessage, isRetryable } from "./provider-error";
import type { JobContext } from "./executor";
import { executorFor } from "./executors";
import { claimDueJobs, recordDoneBatch, recordFailed, recordSkipped, type ClaimFilter, type ClaimedJob, type DoneRecord } from "./job-repository";
import { retryDelayMs } from "./job-kinds";
import { onIntegrationKick } from "./kick";
import { releaseExpiredHolds } from "@/lib/server/payments/cancel-unpaid";
import { queryBookingRowsByIds } from "@/lib/server/bookings/booking-rows";
import type { BookingRow } from "@/lib/server/bookings/booking-view";

export interface IntegrationRunnerOptions {
  db: Db;
  /** Pause between polls; default INTEGRATION_POLL_MS or 2000. */
  intervalMs?: number;
  /** false: no background loop, the caller drives runOnce() (tests). */
  poll?: boolean;
  now?: () => Date;
  random?: () => number;
  env?: NodeJS.ProcessEnv;
  fetch?: typeof fetch;
  batchSize?: number;
  /** Longer than any provider call's timeout, so a live runner records before its lease ends. */
  leaseMs?: number;
  log?: (message: string, error?: unknown) => void;
}

export interface RunSummary {
  done: number;
  skipped: number;
  retrying: number;
  dead: number;
  releasedHolds: number;
}

export interface IntegrationRunner {
  runOnce(): Promise<RunSummary>;
  stop(): Promise<void>;
}

interface RunDeps {
  ctx: JobContext;
  random: () => number;
  batchSize: number;
  leaseMs: number;
  log: (message: string, error?: unknown) => void;
}

const defaultLog = (message: string, error?: unknown) => console.error(`[slotbook] integrations: ${message}`, error ?? "");

async function runJob(job: ClaimedJob, deps: RunDeps, recordDone: (record: DoneRecord) => Promise<void>): Promise<keyof Omit<RunSummary, "releasedHolds">> {
  const { ctx } = deps;
  const executor = executorFor(job.kind);
  try {
    if (!executor) throw Object.assign(new Error(`No executor for job kind ${job.kind}.`), { retryable: false });
    const outcome = await executor.run(job, ctx);
    if (outcome.status === "done") {
      await recordDone({ job, result: outcome.result ?? null, mails: outcome.mails ?? [] });
      return "done";
    }
    await recordSkipped(ctx.db, job, outcome.reason, outcome.result);
    return "skipped";
  } catch (error) {
    const message = errorMessage(error);
    const retryable = executor !== undefined && isRetryable(error);
    const delay = retryable ? retryDelayMs(job.kind, job.attempts, deps.random) : null;
    const retryAt = delay === null ? null : new Date(ctx.now().getTime() + delay);
    const recorded = await recordFailed(ctx.db, job, message, retryAt);
    if (retryAt) return "retrying";
    if (recorded && executor?.onDead) {
      await executor.onDead(job, ctx, message).catch((fallbackError: unknown) => deps.log(`fallback of dead ${job.kind} job ${job.id} failed`, fallbackError));
    }
    return "dead";
  }
}

/**
 * Jobs that finish together are recorded together: whatever finished by the
 * end of this turn of the event loop goes into one statement (a batch of
 * mails with SMTP off finishes at once), while a job that waits on a provider
 * does not hold the others' outcomes back.
 */
function coalescedRecorder(ctx: JobContext): (record: DoneRecord) => Promise<void> {
  let pending: Array<{ record: DoneRecord; resolve: () => void; reject: (error: unknown) => void }> = [];
  const flush = () => {
    const flushing = pending;
    pending = [];
    recordDoneBatch(ctx.db, flushing.map((p) => p.record), ctx.now()).then(
      () => flushing.forEach((p) => p.resolve()),
      (error: unknown) => flushing.forEach((p) => p.reject(error)),
    );
  };
  return (record) =>
    new Promise<void>((resolve, reject) => {
      if (pending.length === 0) setImmediate(flush);
      pending.push({ record, resolve, reject });
    });
}

/**
 * A kick (a use-case just committed jobs) runs the queue this much later, so
 * the jobs of a burst of bookings are claimed and run as one batch rather
 * than one claim round per booking. Short next to any provider call.
 */
const KICK_DELAY_MS = 100;

/** Enough for a booking's whole backlog of one provider; bounded so a poll always ends. */
const MAX_ROUNDS = 8;

async function runDue(deps: RunDeps, filter: ClaimFilter = {}): Promise<RunSummary> {
  const summary: RunSummary = { done: 0, skipped: 0, retrying: 0, dead: 0, releasedHolds: 0 };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const claimedAt = deps.ctx.now();
    const jobs = await claimDueJobs(deps.ctx.db, claimedAt, new Date(claimedAt.getTime() + deps.leaseMs), deps.batchSize, filter);
    const batchDeps = { ...deps, ctx: { ...deps.ctx, bookingRows: await mailBookingRows(deps.ctx.db, jobs) } };
    // Jobs of one booking and provider never share a batch (see the claim), so
    // running the batch concurrently keeps each booking's order.
    const recordDone = coalescedRecorder(batchDeps.ctx);
    const outcomes = await Promise.all(jobs.map((job) => runJob(job, batchDeps, recordDone)));
    for (const outcome of outcomes) summary[outcome] += 1;
    // A finished job may have been what held the next one of its booking back.
    if (!outcomes.some((outcome) => outcome !== "retrying")) break;
  }
  return summary;
}

/** The rows the batch's mail jobs render from, in one read instead of one per job. */
async function mailBookingRows(db: Db, jobs: ClaimedJob[]): Promise<Map<string, BookingRow | null>> {
  const ids = [...new Set(jobs.filter((job) => job.kind.startsWith("email.") && job.bookingId).map((job) => job.bookingId!))];
  const rows = new Map<string, BookingRow | null>(ids.map((id) => [id, null]));
  for (const row of await queryBookingRowsByIds(db, ids)) rows.set(row.id, row);
  return rows;
}

function deps(options: Omit<IntegrationRunnerOptions, "intervalMs" | "poll">): RunDeps {
  return {
    ctx: { db: options.db, now: options.now ?? (() => new Date()), env: options.env ?? process.env, ...(options.fetch ? { fetch: options.fetch } : {}) },
    random: options.random ?? Math.random,
    batchSize: options.batchSize ?? 20,
    leaseMs: options.leaseMs ?? 120_000,
    log: options.log ?? defaultLog,
  };
}

/**
 * Runs the due jobs of one booking now, in the caller's request: how a new
 * booking gets its checkout URL into the create response. Failures are
 * recorded on the job (and retried by the runner), never thrown.
 */
export function runBookingJobsNow(
  db: Db,
  filter: { bookingId: string; kinds?: string[] },
  options: Omit<IntegrationRunnerOptions, "db" | "intervalMs" | "poll"> = {},
): Promise<RunSummary> {
  return runDue(deps({ ...options, db }), filter);
}

export function startIntegrationRunner(options: IntegrationRunnerOptions): IntegrationRunner {
  const runDeps = deps(options);
  const intervalMs = options.intervalMs ?? (Number(process.env.INTEGRATION_POLL_MS) || 2000);

  async function runOnce(): Promise<RunSummary> {
    const summary = await runDue(runDeps);
    summary.releasedHolds = await releaseExpiredHolds(options.db, runDeps.ctx.now());
    return summary;
  }

  let stopped = options.poll === false;
  let timer: NodeJS.Timeout | undefined;
  let timerDue = Infinity;
  let timerKind: "poll" | "kick" = "poll";
  let running: Promise<void> = Promise.resolve();
  let ticking = false;
  let again = false;
  let lastError = "";
  let lastPollAt = 0;

  function schedule(delayMs: number, kind: "poll" | "kick") {
    if (stopped) return;
    const due = Date.now() + delayMs;
    // A kick never postpones a tick that is already due sooner: under a
    // steady stream of creates the runner still runs every KICK_DELAY_MS.
    if (timer && timerDue <= due) return;
    if (timer) clearTimeout(timer);
    timerDue = due;
    timerKind = kind;
    timer = setTimeout(() => {
      timer = undefined;
      timerDue = Infinity;
      running = tick(timerKind);
    }, delayMs);
    // The loop must never be what keeps a process alive.
    timer.unref();
  }

  async function tick(kind: "poll" | "kick"): Promise<void> {
    ticking = true;
    again = false;
    let busy = false;
    try {
      // Expired payment holds are a matter of minutes: a poll releases them
      // (at least once an interval, however many kicks), not every kick.
      const poll = kind === "poll" || Date.now() - lastPollAt >= intervalMs;
      if (poll) lastPollAt = Date.now();
      const result = poll ? await runOnce() : await runDue(runDeps);
      // A full batch means a backlog: go again at once instead of waiting.
      busy = result.done + result.skipped + result.retrying + result.dead >= runDeps.batchSize;
      lastError = "";
    } catch (error) {
      // A database outage would otherwise log the same line every poll.
      const message = errorMessage(error);
      if (message !== lastError) runDeps.log("poll failed", error);
      lastError = message;
    } finally {
      ticking = false;
    }
    if (busy || again) schedule(busy ? 0 : KICK_DELAY_MS, "kick");
    else schedule(intervalMs, "poll");
  }

  const unregister = stopped
    ? () => {}
    : onIntegrationKick(() => {
        // A kick during a tick runs another one right after it.
        if (ticking) again = true;
        else schedule(KICK_DELAY_MS, "kick");
      });

  schedule(0, "poll");

  return {
    runOnce,
    async stop() {
      stopped = true;
      unregister();
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
