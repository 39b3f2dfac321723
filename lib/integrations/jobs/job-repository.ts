// IntegrationJob data access. The one module of the side-effect runner that
// uses raw SQL: Prisma cannot express FOR UPDATE SKIP LOCKED, which lets
// several processes share the queue without a coordinator or double runs, and
// the outcome writes after every job are cheaper as single statements.
// Timestamps come from the caller's clock, never SQL now(), so tests move
// time without sleeping.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import type { NewMail } from "@/lib/integrations/email/mail-repository";
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
  // Scalar subqueries, because the planner never turns them into joins: with
  // "OutboxEvent" joined for the order it walked the whole event history in
  // seq order looking for due jobs, and with NOT EXISTS for the booking's
  // earlier jobs it hashed every open job of the table whenever it guessed
  // hundreds were due. This way a claim costs a few index lookups per due job
  // (IntegrationJob_bookingId_status_idx, IntegrationJob_open_gates_idx),
  // however long the history and however many reminders wait.
  const seqOf = (alias: string) => Prisma.raw(`(SELECT "seq" FROM "OutboxEvent" WHERE "id" = ${alias}."eventId")`);
  return queryRows<ClaimedJob>(db, Prisma.sql`
    WITH due AS (
      SELECT j.id
      FROM "IntegrationJob" j
      WHERE j.status IN ('pending', 'failed') AND j."nextAttemptAt" <= ${now}
        ${byBooking} ${byKind}
        AND (
          SELECT true FROM "IntegrationJob" p
          WHERE p."bookingId" = j."bookingId" AND p.status IN ('pending', 'failed') AND p.id <> j.id
            AND split_part(p.kind, '.', 1) = split_part(j.kind, '.', 1)
            AND (${seqOf("p")}, p.kind) < (${seqOf("j")}, j.kind)
          LIMIT 1) IS NULL
        AND NOT ((j.kind LIKE 'email.%' OR j.kind LIKE 'calendar.%') AND EXISTS (
          SELECT 1 FROM "IntegrationJob" v
          WHERE v."eventId" = j."eventId" AND v.status IN ('pending', 'failed') AND v.kind LIKE 'video.%'))
        AND NOT (j.kind LIKE 'email.%' AND EXISTS (
          SELECT 1 FROM "IntegrationJob" c JOIN "Booking" b ON b.id = c."bookingId"
          WHERE c."eventId" = j."eventId" AND c.status IN ('pending', 'failed') AND c.kind = 'calendar.create'
            AND b."meetingProvider" = 'google_meet'))
      ORDER BY ${seqOf("j")}, j.kind
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

export interface DoneRecord {
  job: Pick<ClaimedJob, "id" | "attempts">;
  result: Record<string, unknown> | null;
  /** Messages for the mail outbox that land with the outcome (see JobOutcome). */
  mails: NewMail[];
}

/**
 * Records a batch's finished jobs, and stores the mails they hand back, in
 * one statement: a mail exists exactly when its job is recorded done (the
 * attempt check fences a runner whose lease ran out, mails included), and
 * the batch costs one write instead of two per job. Returns the ids recorded.
 */
export async function recordDoneBatch(db: Db, records: DoneRecord[], now: Date): Promise<Set<string>> {
  if (records.length === 0) return new Set();
  const jobs = JSON.stringify(records.map((r) => ({ id: r.job.id, attempts: r.job.attempts, result: r.result })));
  const mails = JSON.stringify(records.flatMap((r) => r.mails.map((mail) => ({ ...mail, id: randomUUID() }))));
  const rows = await queryRows<{ id: string }>(
    db,
    Prisma.sql`WITH v AS (
        SELECT * FROM jsonb_to_recordset(${jobs}::jsonb) AS v("id" uuid, "attempts" int, "result" jsonb)
      ), done AS (
        UPDATE "IntegrationJob" j SET "status" = 'done', "result" = v."result", "lastError" = NULL, "updatedAt" = ${now}::timestamptz
        FROM v
        -- The id list as well as the join: it makes the plan a primary-key lookup, where
        -- a join with the function's rows alone (guessed at 100) scans the table.
        WHERE j."id" = ANY(${records.map((r) => r.job.id)}::uuid[]) AND j."id" = v."id" AND j."attempts" = v."attempts" AND j."status" IN ('pending', 'failed')
        RETURNING j."id"
      ), stored AS (
        INSERT INTO "MailMessage" ("id", "jobId", "party", "userId", "bookingId", "kind", "to", "toName", "subject", "text", "html", "ics", "createdAt", "updatedAt")
        SELECT m."id", m."jobId", m."party", m."userId", m."bookingId", m."kind", m."to", m."toName", m."subject", m."text", m."html", m."ics", ${now}::timestamptz, ${now}::timestamptz
        FROM jsonb_to_recordset(${mails}::jsonb) AS m("id" uuid, "jobId" uuid, "party" text, "userId" uuid, "bookingId" uuid, "kind" text, "to" text, "toName" text, "subject" text, "text" text, "html" text, "ics" text)
        JOIN done ON done."id" = m."jobId"
        ON CONFLICT ("jobId", "party") DO NOTHING
        RETURNING 1
      )
      SELECT "id"::text AS "id" FROM done`,
    "jobs_done",
  );
  return new Set(rows.map((row) => row.id));
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
