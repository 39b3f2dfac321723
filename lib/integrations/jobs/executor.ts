// The contract between the runner and each integration's jobs. An executor
// either returns an outcome (done, or skipped when there is nothing to do) or
// throws: a retryable error is tried again later, anything else kills the job.
import type { Db } from "@/lib/db";
import type { NewMail } from "@/lib/integrations/email/mail-repository";
import { queryBookingRowsByIds } from "@/lib/server/bookings/booking-rows";
import type { BookingRow } from "@/lib/server/bookings/booking-view";
import type { ClaimedJob } from "./job-repository";

export interface JobContext {
  db: Db;
  now: () => Date;
  env: NodeJS.ProcessEnv;
  fetch?: typeof fetch;
  /**
   * The booking rows of the mail jobs of the batch being run, read in one
   * statement right after the claim (null: the booking is gone). A batch
   * never holds two jobs that could change a booking for one another (see
   * claimDueJobs), so this is the row the job would read itself.
   */
  bookingRows?: Map<string, BookingRow | null>;
}

export type JobOutcome =
  | {
      status: "done";
      result?: Record<string, unknown>;
      /**
       * Mails to store in the outbox with the outcome: with SMTP off there is
       * nothing to send, so storing them is the job, and the runner writes
       * them in the statement that records the batch done.
       */
      mails?: NewMail[];
    }
  | { status: "skipped"; reason: string; result?: Record<string, unknown> };

export interface JobExecutor {
  run(job: ClaimedJob, ctx: JobContext): Promise<JobOutcome>;
  /** Called once when the job has given up: the fallback that keeps the booking usable. */
  onDead?(job: ClaimedJob, ctx: JobContext, error: string): Promise<void>;
}

/** The booking a job works on: the batch's prefetched row when there is one, else read now. */
export async function jobBookingRow(ctx: JobContext, bookingId: string): Promise<BookingRow | null> {
  if (ctx.bookingRows?.has(bookingId)) return ctx.bookingRows.get(bookingId) ?? null;
  const [row] = await queryBookingRowsByIds(ctx.db, [bookingId]);
  return row ?? null;
}
