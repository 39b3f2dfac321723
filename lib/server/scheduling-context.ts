// Loads what the engine needs for one host and one window: policy, weekly
// rules, overrides, time off and the blocking bookings of host and client. Four
// indexed queries in parallel, whatever the window: slots cost about one round
// trip, not one per day.
import type { Availability, BusyInterval, DateOverride, ExternalBusy, GroupOccurrence, HostPolicyInput, TimeOff } from "@/lib/domain";
import { hostCalendarBusy, type CalendarSync, type FreeBusyOptions } from "@/lib/integrations/calendar/sync/free-busy";
import { BLOCKING_STATUSES } from "@/lib/domain";
import type { BookingStatus } from "@/lib/generated/prisma/enums";
import type { Tx } from "./tx";
import { notFound } from "./errors";

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
  const overlapping = { startAt: { lt: to }, endAt: { gt: from }, status: { in: blocking } };
  const [{ host, policy }, rules, overrides, timeOff, hostBookings, clientBookings, calendar] = await Promise.all([
    loadHostPolicy(db, input.hostId),
    db.availabilityRule.findMany({
      where: { hostId: input.hostId, isAvailable: true },
      select: { dayOfWeek: true, startTime: true, endTime: true },
    }),
    db.availabilityOverride.findMany({
      where: { hostId: input.hostId, date: { gte: new Date(from.toISOString().slice(0, 10)), lte: new Date(to.toISOString().slice(0, 10)) } },
      select: { date: true, startTime: true, endTime: true },
    }),
    db.timeOff.findMany({
      where: {
        hostId: input.hostId,
        OR: [
          { startAt: { lt: to }, endAt: { gt: from } },
          { startDate: { lte: to }, endDate: { gte: new Date(from.getTime() - DAY_MS) } },
        ],
      },
      select: { startDate: true, endDate: true, startAt: true, endAt: true },
    }),
    db.booking.findMany({
      where: { hostId: input.hostId, kind: { in: ["individual", "group_session"] }, ...overlapping },
      select: { id: true, startAt: true, endAt: true, status: true },
    }),
    input.clientId
      ? db.booking.findMany({
          where: { clientId: input.clientId, kind: { in: ["individual", "seat"] }, ...overlapping },
          select: { id: true, startAt: true, endAt: true, status: true },
        })
      : Promise.resolve([]),
    // One cached provider call per connection and window, never one per slot; fails open.
    input.externalCalendars ? hostCalendarBusy(db, input.hostId, from, to, input.externalCalendars) : Promise.resolve({ busy: [], sync: "none" as const }),
  ]);

  return {
    host,
    policy,
    availability: {
      rules: rules.map((r) => ({ dayOfWeek: r.dayOfWeek, start: r.startTime, end: r.endTime })),
      overrides: toOverrides(overrides),
      timeOff: timeOff.flatMap(toTimeOff),
    },
    hostBusy: hostBookings.flatMap(toBusy),
    clientBusy: clientBookings.flatMap(toBusy),
    externalBusy: calendar.busy,
    calendarSync: calendar.sync,
  };
}

function toBusy(b: { id: string; startAt: Date | null; endAt: Date | null; status: BookingStatus }): BusyInterval[] {
  return b.startAt && b.endAt ? [{ id: b.id, start: b.startAt, end: b.endAt, status: b.status }] : [];
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function toOverrides(rows: Array<{ date: Date; startTime: string | null; endTime: string | null }>): DateOverride[] {
  const byDate = new Map<string, DateOverride>();
  for (const row of rows) {
    const date = isoDate(row.date);
    const entry = byDate.get(date) ?? { date, ranges: [] };
    if (row.startTime && row.endTime) entry.ranges.push({ start: row.startTime, end: row.endTime });
    byDate.set(date, entry);
  }
  return [...byDate.values()];
}

function toTimeOff(row: { startDate: Date | null; endDate: Date | null; startAt: Date | null; endAt: Date | null }): TimeOff[] {
  if (row.startDate && row.endDate) return [{ kind: "dates", startDate: isoDate(row.startDate), endDate: isoDate(row.endDate) }];
  if (row.startAt && row.endAt) return [{ kind: "instants", start: row.startAt, end: row.endAt }];
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
