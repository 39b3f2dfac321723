// IntegrationJob data access. The one module of the side-effect runner that
// uses raw SQL: Prisma cannot express FOR UPDATE SKIP LOCKED, which lets
// several processes share the queue without a coordinator or double runs, and
// the outcome writes after every job are cheaper as single statements.
// Timestamps come from the caller's clock, never SQL now(), so tests move
// time without sleeping.
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { queryRows } from "@/lib/server/query-rows";
import type { Tx } from "@/lib/server/tx";

export interface NewJob {
  eventId: string;
  bookingId: string | null;
  kind: string;
  payload: Prisma.InputJsonObject;
  /** Planned as skipped: the provider is off, so there is nothing to run. */
  skipReason?: string;
  /** Not before this time (a reminder); default: at once. */
  runAt?: Date;
}

/** (eventId, kind) is unique: planning the same event twice adds nothing. */
export async function insertJobs(tx: Tx, jobs: NewJob[], now: Date): Promise<number> {
  if (jobs.length === 0) return 0;
  const { count } = await tx.integrationJob.createMany({
    data: jobs.map((job) => ({
      eventId: job.eventId,
      bookingId: job.bookingId,
      kind: job.kind,
      payload: job.payload,
      nextAttemptAt: job.runAt ?? now,
      createdAt: now,
      ...(job.skipReason ? { status: "skipped" as const, lastError: job.skipReason } : {}),
    })),
    skipDuplicates: true,
  });
  return count;
}

export interface ClaimedJob {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  result: Record<string, unknown> | null;
  /** Including the attempt being made now: the fencing token for recording it. */
  attempts: number;
  bookingId: string | null;
  eventId: string;
  eventType: string;
  eventPayload: Record<string, unknown>;
  eventCreatedAt: Date;
}

export interface ClaimFilter {
  bookingId?: string;
  kinds?: string[];
}

/**
 * Claims due jobs in one statement: rows are locked with SKIP LOCKED, their
 * nextAttemptAt is pushed to `leaseUntil` so nobody else picks them up while
 * they run, and the attempt is counted. A process that dies mid-call leaves
 * the lease to expire and the job is retried then.
 *
 * Order within a booking: a job waits while an earlier job of the same
 * provider family (video, email, payment) for that booking is unfinished, so
 * a Zoom meeting is never updated or deleted before it exists. A
 * notification waits for its own event's video job, so the confirmation mail
 * carries the Zoom link (or the fallback) rather than "link to follow".
 * Calendar events wait for it too (the event shows the link), and with
 * Google Meet the mail waits for the calendar job that creates the link.
 */
export function claimDueJobs(db: Db, now: Date, leaseUntil: Date, limit: number, filter: ClaimFilter = {}): Promise<ClaimedJob[]> {
  const byBooking = filter.bookingId ? Prisma.sql`AND j."bookingId" = ${filter.bookingId}::uuid` : Prisma.empty;
  const byKind = filter.kinds?.length ? Prisma.sql`AND j.kind IN (${Prisma.join(filter.kinds)})` : Prisma.empty;
  return queryRows<ClaimedJob>(db, Prisma.sql`
    WITH due AS (
      SELECT j.id
      FROM "IntegrationJob" j
      JOIN "OutboxEvent" e ON e.id = j."eventId"
      WHERE j.status IN ('pending', 'failed') AND j."nextAttemptAt" <= ${now}
        ${byBooking} ${byKind}
        AND NOT EXISTS (
          SELECT 1 FROM "IntegrationJob" p JOIN "OutboxEvent" pe ON pe.id = p."eventId"
          WHERE p."bookingId" = j."bookingId" AND p.id <> j.id AND p.status IN ('pending', 'failed')
            AND split_part(p.kind, '.', 1) = split_part(j.kind, '.', 1)
            AND (pe.seq < e.seq OR (pe.seq = e.seq AND p.kind < j.kind)))
        AND NOT ((j.kind LIKE 'email.%' OR j.kind LIKE 'calendar.%') AND EXISTS (
          SELECT 1 FROM "IntegrationJob" v
          WHERE v."eventId" = j."eventId" AND v.kind LIKE 'video.%' AND v.status IN ('pending', 'failed')))
        AND NOT (j.kind LIKE 'email.%' AND EXISTS (
          SELECT 1 FROM "IntegrationJob" c JOIN "Booking" b ON b.id = c."bookingId"
          WHERE c."eventId" = j."eventId" AND c.kind = 'calendar.create' AND c.status IN ('pending', 'failed')
            AND b."meetingProvider" = 'google_meet'))
      ORDER BY e.seq, j.kind
      LIMIT ${limit}
      FOR UPDATE OF j SKIP LOCKED
    )
    UPDATE "IntegrationJob" AS j
    SET "nextAttemptAt" = ${leaseUntil}, attempts = j.attempts + 1, "updatedAt" = ${now}
    FROM due, "OutboxEvent" e
    WHERE j.id = due.id AND e.id = j."eventId"
    RETURNING j.id::text AS id, j.kind, j.payload, j.result, j.attempts, j."bookingId"::text AS "bookingId",
      e.id::text AS "eventId", e.type AS "eventType", e.payload AS "eventPayload", e."createdAt" AS "eventCreatedAt"`);
}

// Outcomes are written only if the row still carries our attempt number: a
// runner whose lease expired must not overwrite a newer attempt's outcome.
// One statement each, straight to the pool (no Prisma compile, no implicit
// transaction): the runner writes one after every job.
async function recordOutcome(db: Db, job: Pick<ClaimedJob, "id" | "attempts">, set: Prisma.Sql): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    db,
    Prisma.sql`UPDATE "IntegrationJob" SET ${set}, "updatedAt" = ${new Date()}::timestamptz
      WHERE "id" = ${job.id}::uuid AND "attempts" = ${job.attempts} AND "status" IN ('pending', 'failed')
      RETURNING "id"::text AS "id"`,
    "job_outcome",
  );
  return rows.length > 0;
}

const json = (value: Record<string, unknown> | null | undefined) => (value ? JSON.stringify(value) : null);

export async function recordDone(db: Db, job: ClaimedJob, result: Record<string, unknown> | null): Promise<void> {
  await recordOutcome(db, job, Prisma.sql`"status" = 'done', "result" = ${json(result)}::jsonb, "lastError" = NULL`);
}

export async function recordSkipped(db: Db, job: ClaimedJob, reason: string, result?: Record<string, unknown> | null): Promise<void> {
  await recordOutcome(
    db,
    job,
    result
      ? Prisma.sql`"status" = 'skipped', "lastError" = ${reason.slice(0, 500)}, "result" = ${json(result)}::jsonb`
      : Prisma.sql`"status" = 'skipped', "lastError" = ${reason.slice(0, 500)}`,
  );
}

/** Partial progress (e.g. which recipients already have their mail), kept across retries. */
export async function recordProgress(db: Db, job: ClaimedJob, result: Record<string, unknown>): Promise<void> {
  await recordOutcome(db, job, Prisma.sql`"result" = ${json(result)}::jsonb`);
}

/** `retryAt` null: out of attempts (or not worth another), the job is dead. */
export async function recordFailed(db: Db, job: ClaimedJob, error: string, retryAt: Date | null): Promise<boolean> {
  return recordOutcome(
    db,
    job,
    retryAt
      ? Prisma.sql`"status" = 'failed', "lastError" = ${error.slice(0, 500)}, "nextAttemptAt" = ${retryAt}::timestamptz`
      : Prisma.sql`"status" = 'dead', "lastError" = ${error.slice(0, 500)}`,
  );
}

export interface JobView {
  id: string;
  kind: string;
  status: string;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  eventType: string;
  createdAt: string;
  updatedAt: string;
}

export async function jobsOfBooking(db: Tx, bookingId: string): Promise<JobView[]> {
  const rows = await db.integrationJob.findMany({
    where: { bookingId },
    orderBy: [{ event: { seq: "asc" } }, { kind: "asc" }],
    select: { id: true, kind: true, status: true, attempts: true, nextAttemptAt: true, lastError: true, createdAt: true, updatedAt: true, event: { select: { type: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === "pending" || row.status === "failed" ? row.nextAttemptAt.toISOString() : null,
    lastError: row.lastError,
    eventType: row.event.type,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}
