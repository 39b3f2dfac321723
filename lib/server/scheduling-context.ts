// Loads what the engine needs for one host and one window: policy, weekly
// rules, overrides, time off and the blocking bookings of host and client, in
// one round trip whatever the window (scheduling-rows.ts): slots cost one
// query, not one per day or per table.
import type { Availability, BusyInterval, DateOverride, ExternalBusy, GroupOccurrence, HostPolicyInput, TimeOff } from "@/lib/domain";
import { hostCalendarBusy, type CalendarBusy, type CalendarSync, type FreeBusyOptions } from "@/lib/integrations/calendar/sync/free-busy";
import { BLOCKING_STATUSES } from "@/lib/domain";
import type { BookingStatus } from "@/lib/generated/prisma/enums";
import type { Tx } from "./tx";
import { notFound } from "./errors";
import { querySchedulingRows, type BookingInterval, type SchedulingRows } from "./scheduling-rows";

export interface HostSummary {
  id: string;
  name: string;
  email: string;
  timeZone: string;
  audience: "anyone" | "related_clients";
  active: boolean;
  refundFullNoticeHours: number;
}

export interface SchedulingContext {
  host: HostSummary;
  policy: HostPolicyInput;
  availability: Availability;
  hostBusy: BusyInterval[];
  clientBusy: BusyInterval[];
  /** Busy times from the host's connected calendars (empty unless asked for). */
  externalBusy: ExternalBusy[];
  calendarSync: CalendarSync;
  /** "auto", "zoom", "google_meet", …: the host's choice of video provider. */
  videoProvider: string;
  /** Working calendar connections of host and client (what a confirmation's calendar jobs write to). */
  calendarConnections: number;
}

const DAY_MS = 86_400_000;
const blocking = [...BLOCKING_STATUSES] as BookingStatus[];

export async function loadHostPolicy(db: Tx, hostId: string) {
  const host = await db.user.findFirst({
    where: { id: hostId, roles: { has: "host" }, hostProfile: { isNot: null } },
    select: {
      id: true,
      name: true,
      email: true,
      timeZone: true,
      hostProfile: {
        select: {
          active: true,
          audience: true,
          slotIntervalMinutes: true,
          durationsMinutes: true,
          bufferBeforeMinutes: true,
          bufferAfterMinutes: true,
          minNoticeMinutes: true,
          horizonDays: true,
          minCancelNoticeHours: true,
          requiresConfirmation: true,
          dailyBookingLimit: true,
          weeklyBookingLimit: true,
          refundFullNoticeHours: true,
        },
      },
    },
  });
  if (!host?.hostProfile) throw notFound("Host");
  const { active, audience, refundFullNoticeHours, ...policy } = host.hostProfile;
  return {
    host: { id: host.id, name: host.name, email: host.email, timeZone: host.timeZone, active, audience, refundFullNoticeHours } satisfies HostSummary,
    policy: { timeZone: host.timeZone, ...policy } satisfies HostPolicyInput,
  };
}

export async function loadSchedulingContext(
  db: Tx,
  input: { hostId: string; from: Date; to: Date; clientId?: string | null; externalCalendars?: FreeBusyOptions },
): Promise<SchedulingContext> {
  // A day of margin each side covers buffers and ranges that straddle the window.
  const from = new Date(input.from.getTime() - DAY_MS);
  const to = new Date(input.to.getTime() + DAY_MS);
  const rows = await querySchedulingRows(db, {
    hostId: input.hostId,
    from,
    to,
    fromDate: isoDate(from),
    toDate: isoDate(to),
    timeOffFromDate: isoDate(new Date(from.getTime() - DAY_MS)),
    clientId: input.clientId ?? null,
  });
  if (!rows) throw notFound("Host");
  // One cached provider call per connection and window, never one per slot;
  // fails open. Hosts without a connected calendar skip it (and its query).
  const calendar: CalendarBusy =
    input.externalCalendars && rows.hasCalendars
      ? await hostCalendarBusy(db, input.hostId, from, to, input.externalCalendars)
      : { busy: [], sync: "none" };
  const { id, name, email, timeZone, active, audience, refundFullNoticeHours, videoProvider, ...policy } = rows.host;
  return {
    host: { id, name, email, timeZone, active, audience, refundFullNoticeHours },
    policy: { timeZone, ...policy } satisfies HostPolicyInput,
    availability: {
      rules: rows.rules.map((r) => ({ dayOfWeek: r.dayOfWeek, start: r.startTime, end: r.endTime })),
      overrides: toOverrides(rows.overrides),
      timeOff: rows.timeOff.flatMap(toTimeOff),
    },
    hostBusy: rows.hostBookings.map(toBusy),
    clientBusy: rows.clientBookings.map(toBusy),
    externalBusy: calendar.busy,
    calendarSync: calendar.sync,
    videoProvider,
    calendarConnections: rows.calendarConnections,
  };
}

function toBusy(b: BookingInterval): BusyInterval {
  return { id: b.id, start: b.startAt, end: b.endAt, status: b.status };
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function toOverrides(rows: SchedulingRows["overrides"]): DateOverride[] {
  const byDate = new Map<string, DateOverride>();
  for (const row of rows) {
    const date = row.date.slice(0, 10);
    const entry = byDate.get(date) ?? { date, ranges: [] };
    if (row.startTime && row.endTime) entry.ranges.push({ start: row.startTime, end: row.endTime });
    byDate.set(date, entry);
  }
  return [...byDate.values()];
}

function toTimeOff(row: SchedulingRows["timeOff"][number]): TimeOff[] {
  if (row.startDate && row.endDate) return [{ kind: "dates", startDate: row.startDate.slice(0, 10), endDate: row.endDate.slice(0, 10) }];
  if (row.startAt && row.endAt) return [{ kind: "instants", start: new Date(row.startAt), end: new Date(row.endAt) }];
  return [];
}

/** Open occurrences of a group service in the window, with their taken seats. */
export async function loadGroupOccurrences(db: Tx, serviceId: string, from: Date, to: Date): Promise<GroupOccurrence[]> {
  const rows = await db.booking.findMany({
    where: { serviceId, kind: "group_session", status: { in: blocking }, startAt: { lt: to }, endAt: { gt: from } },
    select: {
      id: true,
      startAt: true,
      endAt: true,
      capacity: true,
      status: true,
      _count: { select: { seats: { where: { status: { in: blocking } } } } },
    },
    orderBy: { startAt: "asc" },
  });
  return rows.flatMap((r) =>
    r.startAt && r.endAt
      ? [{ id: r.id, start: r.startAt, end: r.endAt, capacity: r.capacity ?? 1, seatsTaken: r._count.seats, status: r.status }]
      : [],
  );
}
