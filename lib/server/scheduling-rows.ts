// The repository query behind every slot list and booking check: the host's
// profile, weekly rules, overrides, time off and the blocking bookings of host
// and client, in ONE round trip (json sub-selects). Six parallel queries cost
// six round trips on a busy pool, and run one after the other on the embedded
// single-connection PGlite; measured in bench/run.ts (docs/decisions/014).
//
// Bookings are matched with the same predicate as the exclusion constraints
// (booking_host_no_overlap, booking_client_no_overlap), written as literals so
// the planner can use their GiST indexes for the range overlap.
import { Prisma } from "@/lib/generated/prisma/client";
import { BLOCKING_STATUSES, type HostPolicy } from "@/lib/domain";
import { queryRows } from "./query-rows";
import type { Tx } from "./tx";

export interface SchedulingRows {
  host: {
    id: string;
    name: string;
    email: string;
    timeZone: string;
    active: boolean;
    audience: "anyone" | "related_clients";
    refundFullNoticeHours: number;
    videoProvider: string;
  } & Omit<HostPolicy, "timeZone">;
  rules: Array<{ dayOfWeek: number; startTime: string; endTime: string }>;
  /** date as YYYY-MM-DD. */
  overrides: Array<{ date: string; startTime: string | null; endTime: string | null }>;
  /** Dates as YYYY-MM-DD, instants as ISO strings with offset. */
  timeOff: Array<{ startDate: string | null; endDate: string | null; startAt: string | null; endAt: string | null }>;
  hostBookings: BookingInterval[];
  clientBookings: BookingInterval[];
  /** The host has a calendar connection that does not need reconnecting: ask it for busy times. */
  hasCalendars: boolean;
  /** Working calendar connections of the host and the client: the calendar jobs a confirmation plans. */
  calendarConnections: number;
}

export interface BookingInterval {
  id: string;
  /** Epoch milliseconds: numbers cost nothing to parse (a busy month has hundreds). */
  startAt: number;
  endAt: number;
  status: (typeof BLOCKING_STATUSES)[number];
}

// Constants of the code base, never user input: safe to inline as literals.
const BLOCKING = Prisma.raw(BLOCKING_STATUSES.map((s) => `'${s}'`).join(", "));

// "id,startMs,endMs,status" per booking, joined with ";": a busy month has
// hundreds, and on PGlite building text costs about half of building a JSON
// array per row (and a JSON object with extract's numeric, more than twice
// that). None of the four can contain "," or ";" (a uuid, digits, an enum
// label). date_part is a float: whole milliseconds round-trip exactly.
const bookingsPacked = (where: Prisma.Sql) => Prisma.sql`
  COALESCE((SELECT string_agg(b."id"::text || ',' || (date_part('epoch', b."startAt") * 1000)::bigint || ',' || (date_part('epoch', b."endAt") * 1000)::bigint || ',' || b."status", ';')
    FROM "Booking" b WHERE ${where}), '')`;

function unpackIntervals(packed: string): BookingInterval[] {
  if (packed === "") return [];
  return packed.split(";").map((item) => {
    const [id = "", startAt, endAt, status] = item.split(",");
    return { id, startAt: Number(startAt), endAt: Number(endAt), status: status as BookingInterval["status"] };
  });
}

/**
 * Everything the slot engine needs for `hostId` between `from` and `to`
 * (instants; dated rows are matched on their UTC dates, widened by the caller).
 * null when the user is not a host with a profile.
 */
export async function querySchedulingRows(
  db: Tx,
  input: { hostId: string; from: Date; to: Date; fromDate: string; toDate: string; timeOffFromDate: string; clientId: string | null },
): Promise<SchedulingRows | null> {
  const window = Prisma.sql`tstzrange(b."startAt", b."endAt", '[)') && tstzrange(${input.from}::timestamptz, ${input.to}::timestamptz, '()')`;
  const clientBookings = input.clientId
    ? bookingsPacked(Prisma.sql`b."clientId" = ${input.clientId}::uuid AND b."kind" IN ('individual', 'seat') AND b."status" IN (${BLOCKING}) AND ${window}`)
    : Prisma.sql`''`;
  const rows = await queryRows<Omit<SchedulingRows, "hostBookings" | "clientBookings"> & { hostBookings: string; clientBookings: string }>(db, Prisma.sql`
    SELECT
      json_build_object(
        'id', u."id", 'name', u."name", 'email', u."email", 'timeZone', u."timeZone",
        'active', p."active", 'audience', p."audience", 'refundFullNoticeHours', p."refundFullNoticeHours", 'videoProvider', p."videoProvider",
        'slotIntervalMinutes', p."slotIntervalMinutes", 'durationsMinutes', p."durationsMinutes",
        'bufferBeforeMinutes', p."bufferBeforeMinutes", 'bufferAfterMinutes', p."bufferAfterMinutes",
        'minNoticeMinutes', p."minNoticeMinutes", 'horizonDays', p."horizonDays",
        'minCancelNoticeHours', p."minCancelNoticeHours", 'requiresConfirmation', p."requiresConfirmation",
        'dailyBookingLimit', p."dailyBookingLimit", 'weeklyBookingLimit', p."weeklyBookingLimit"
      ) AS "host",
      COALESCE((SELECT json_agg(json_build_object('dayOfWeek', r."dayOfWeek", 'startTime', r."startTime", 'endTime', r."endTime"))
        FROM "AvailabilityRule" r WHERE r."hostId" = u."id" AND r."isAvailable"), '[]'::json) AS "rules",
      COALESCE((SELECT json_agg(json_build_object('date', o."date", 'startTime', o."startTime", 'endTime', o."endTime"))
        FROM "AvailabilityOverride" o
        WHERE o."hostId" = u."id" AND o."date" >= ${input.fromDate}::date AND o."date" <= ${input.toDate}::date), '[]'::json) AS "overrides",
      COALESCE((SELECT json_agg(json_build_object('startDate', t."startDate", 'endDate', t."endDate", 'startAt', t."startAt", 'endAt', t."endAt"))
        FROM "TimeOff" t
        WHERE t."hostId" = u."id"
          AND ((t."startAt" < ${input.to}::timestamptz AND t."endAt" > ${input.from}::timestamptz)
            OR (t."startDate" <= ${input.toDate}::date AND t."endDate" >= ${input.timeOffFromDate}::date))), '[]'::json) AS "timeOff",
      ${bookingsPacked(Prisma.sql`b."hostId" = u."id" AND b."kind" IN ('individual', 'group_session') AND b."status" IN (${BLOCKING}) AND ${window}`)} AS "hostBookings",
      ${clientBookings} AS "clientBookings",
      EXISTS (SELECT 1 FROM "CalendarConnection" c WHERE c."userId" = u."id" AND NOT c."needsReconnect") AS "hasCalendars",
      (SELECT count(*)::int FROM "CalendarConnection" c
        WHERE c."userId" IN (u."id", ${input.clientId}::uuid) AND NOT c."needsReconnect") AS "calendarConnections"
    FROM "User" u
    JOIN "HostProfile" p ON p."userId" = u."id"
    WHERE u."id" = ${input.hostId}::uuid AND 'host' = ANY(u."roles")`, "scheduling_rows");
  const row = rows[0];
  return row ? { ...row, hostBookings: unpackIntervals(row.hostBookings), clientBookings: unpackIntervals(row.clientBookings) } : null;
}
