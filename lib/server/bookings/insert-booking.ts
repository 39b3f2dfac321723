// The repository function behind a plain create (an individual session, no
// credit): the booking, its outbox events and their provider jobs in ONE
// statement, returned as a BookingRow. One statement is one atomic unit, so
// the guarantees of the transaction it replaces hold (all rows or none; the
// exclusion constraints still decide a race), but the database is held for a
// single round trip instead of six: on the embedded PGlite, which runs one
// transaction at a time, an interactive transaction also waits for the app's
// event loop between its statements (docs/decisions/016-hot-paths-in-sql.md).
import { randomUUID } from "node:crypto";
import type { BookingStatus, PaymentStatus, SessionType } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import type { NewJob } from "@/lib/integrations/jobs/job-repository";
import type { Db } from "@/lib/db";
import { queryRows } from "../query-rows";
import { bookingRowSql } from "./booking-rows";
import type { BookingRow } from "./booking-view";

export interface NewBooking {
  id: string;
  code: string;
  clientId: string;
  hostId: string;
  serviceId: string | null;
  startAt: Date;
  endAt: Date;
  durationMinutes: number;
  timeZone: string;
  sessionType: SessionType;
  title: string;
  description: string;
  notes: string;
  clientNotes: string;
  agenda: string;
  location: string;
  status: BookingStatus;
  priceCents: number;
  currency: string;
  paymentStatus: PaymentStatus;
  paymentProvider: string | null;
  confirmedAt: Date | null;
  meetingProvider: string | null;
  meetingId: string | null;
  meetingUrl: string | null;
  meetingPassword: string | null;
}

export interface NewEventRow {
  id: string;
  type: string;
  bookingId: string;
  audience: string[];
  payload: Prisma.InputJsonObject;
}

// Column -> SQL type of the parameter: enums and uuids need their cast.
const BOOKING_COLUMNS: ReadonlyArray<[keyof NewBooking, string]> = [
  ["id", "uuid"],
  ["code", "text"],
  ["clientId", "uuid"],
  ["hostId", "uuid"],
  ["serviceId", "uuid"],
  ["startAt", "timestamptz"],
  ["endAt", "timestamptz"],
  ["durationMinutes", "int"],
  ["timeZone", "text"],
  ["sessionType", '"SessionType"'],
  ["title", "text"],
  ["description", "text"],
  ["notes", "text"],
  ["clientNotes", "text"],
  ["agenda", "text"],
  ["location", "text"],
  ["status", '"BookingStatus"'],
  ["priceCents", "int"],
  ["currency", "text"],
  ["paymentStatus", '"PaymentStatus"'],
  ["paymentProvider", "text"],
  ["confirmedAt", "timestamptz"],
  ["meetingProvider", "text"],
  ["meetingId", "text"],
  ["meetingUrl", "text"],
  ["meetingPassword", "text"],
];

// Creates for one host (and for one client) take turns: the insert waits on a
// transaction-level advisory lock, host first, then client, always in that
// order. Without it, two inserts of overlapping bookings each find the
// other's uncommitted row in the exclusion constraint's index, wait for each
// other, and PostgreSQL aborts one as a deadlock after a second (a 500 in a
// burst of 200). With it, the second insert sees the first committed and the
// constraint refuses it at once (409). The constraint stays the guarantee.
const HOST_LOCKS = 0x5b00;
const CLIENT_LOCKS = 0x5b01;

const columnList = (names: readonly string[]) => Prisma.raw(names.map((name) => `"${name}"`).join(", "));
const typed = (value: unknown, type: string) => Prisma.sql`${value}::${Prisma.raw(type)}`;

/**
 * Inserts an individual booking with its events (in order: their seq follows
 * the array) and jobs. Throws the driver's error on a constraint violation
 * (db-errors.ts reads it), having written nothing.
 */
export async function insertBookingWithEvents(
  db: Db,
  args: { booking: NewBooking; events: NewEventRow[]; jobs: NewJob[]; now: Date },
): Promise<BookingRow> {
  const { booking, events, jobs, now } = args;
  const bookingValues = Prisma.join([...BOOKING_COLUMNS.map(([column, type]) => typed(booking[column], type)), typed(now, "timestamptz"), typed(now, "timestamptz")]);
  const eventValues = Prisma.join(
    events.map((e) => Prisma.sql`(${typed(e.id, "uuid")}, ${e.type}, ${typed(e.bookingId, "uuid")}, ${typed(e.audience, "uuid[]")}, ${typed(JSON.stringify(e.payload), "jsonb")})`),
  );
  const jobValues = Prisma.join(
    jobs.map(
      (j) => Prisma.sql`(${typed(randomUUID(), "uuid")}, ${typed(j.eventId, "uuid")}, ${typed(j.bookingId, "uuid")}, ${j.kind}, ${typed(JSON.stringify(j.payload), "jsonb")},
        ${typed(j.skipReason ? "skipped" : "pending", '"IntegrationJobStatus"')}, ${j.skipReason ?? null}, ${typed(j.runAt ?? now, "timestamptz")}, ${typed(now, "timestamptz")}, ${typed(now, "timestamptz")})`,
    ),
  );
  const jobsCte =
    jobs.length === 0
      ? Prisma.empty
      : Prisma.sql`, j AS (
          INSERT INTO "IntegrationJob" ("id", "eventId", "bookingId", "kind", "payload", "status", "lastError", "nextAttemptAt", "createdAt", "updatedAt")
          VALUES ${jobValues}
          ON CONFLICT ("eventId", "kind") DO NOTHING
          RETURNING 1)`;
  const [record] = await queryRows<Record<string, unknown>>(
    db,
    Prisma.sql`WITH locks AS (
        SELECT pg_advisory_xact_lock(${HOST_LOCKS}, hashtext(${booking.hostId})), pg_advisory_xact_lock(${CLIENT_LOCKS}, hashtext(${booking.clientId}))
      ), b AS (
        INSERT INTO "Booking" (${columnList([...BOOKING_COLUMNS.map(([column]) => column), "createdAt", "updatedAt"])}, "kind")
        SELECT v.* FROM (VALUES (${bookingValues}, 'individual'::"BookingKind")) v, locks
        RETURNING *
      ), e AS (
        INSERT INTO "OutboxEvent" ("id", "type", "bookingId", "audience", "payload")
        VALUES ${eventValues}
        RETURNING 1
      )${jobsCte}
      SELECT ${bookingRowSql.columns} FROM b ${bookingRowSql.joins}`,
    "insert_booking",
  );
  if (!record) throw new Error("insertBookingWithEvents: the insert returned no row");
  return bookingRowSql.build(record);
}
