// The benchmark's world: 200 hosts, 1,000 clients and 20,000 bookings, planned
// in memory and written with createMany in a few batches.
//
// Every host works 08:00-20:00 UTC every day. Seeded bookings take whole hours
// between 08:00 and 18:00, one per (host, hour) and per (client, hour), so the
// exclusion constraints hold whatever the status. 18:00-20:00 is left free for
// the create scenario: client k books host k's evening half hours, which can
// collide with nothing. Host 0 is the busy one (slots and list scenarios); the
// contention slot is host 0 at 18:00 on a day beyond the create window.
import { randomUUID } from "node:crypto";
import type { BookingStatus, PrismaClient } from "@/lib/generated/prisma/client";
import { hashToken, newTokenValue } from "@/lib/server/auth/api-tokens";
import { newBookingCode } from "@/lib/server/booking-code";

export const HOSTS = 200;
export const CLIENTS = 1_000;
export const BOOKINGS = 20_000;
/** Host 0 takes this many of the bookings; the rest are spread over the others. */
const BUSY_HOST_BOOKINGS = 800;
const PAST_DAYS = 60;
const FUTURE_DAYS = 45;
const SEED_FIRST_HOUR = 8;
const SEED_LAST_HOUR = 18;
/** Create scenario: days 2..CREATE_LAST_DAY ahead, 18:00-20:00 in 30-minute slots. */
const CREATE_LAST_DAY = 59;
const CONTENTION_DAY = 70;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface Slot {
  hostId: string;
  start: string;
  token: string;
}

export interface World {
  busyHostId: string;
  busyHostToken: string;
  busyHostBookings: number;
  /** First day (YYYY-MM-DD, UTC) of the 30-day slots window. */
  slotsFrom: string;
  slotsTo: string;
  /** Free (host, start, client token) triples for creates, each usable once. */
  createSlots: Slot[];
  contention: { hostId: string; start: string; tokens: string[] };
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rand: () => number, weighted: Array<[T, number]>): T {
  let r = rand() * weighted.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, weight] of weighted) {
    r -= weight;
    if (r < 0) return value;
  }
  return weighted[weighted.length - 1]![0];
}

const PAST: Array<[BookingStatus, number]> = [["completed", 70], ["cancelled", 15], ["no_show", 8], ["declined", 7]];
const FUTURE: Array<[BookingStatus, number]> = [["confirmed", 55], ["pending", 25], ["cancelled", 15], ["declined", 5]];

const isoDate = (t: number) => new Date(t).toISOString().slice(0, 10);

export async function seedWorld(prisma: PrismaClient, now = new Date()): Promise<World> {
  const rand = mulberry32(0xbe7c4);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const hostIds = Array.from({ length: HOSTS }, () => randomUUID());
  const clientIds = Array.from({ length: CLIENTS }, () => randomUUID());

  await prisma.user.createMany({
    data: [
      ...hostIds.map((id, i) => ({ id, email: `bench-host-${i}@bench.test`, name: `Bench Host ${i}`, roles: ["host" as const] })),
      ...clientIds.map((id, i) => ({ id, email: `bench-client-${i}@bench.test`, name: `Bench Client ${i}`, roles: ["client" as const] })),
    ],
  });
  await prisma.hostProfile.createMany({
    data: hostIds.map((userId, i) => ({ userId, headline: `Host ${i}`, minNoticeMinutes: 60, horizonDays: 90, requiresConfirmation: i % 2 === 0 })),
  });
  await prisma.availabilityRule.createMany({
    data: hostIds.flatMap((hostId) =>
      [0, 1, 2, 3, 4, 5, 6].flatMap((dayOfWeek) => [
        { hostId, dayOfWeek, startTime: "08:00", endTime: "12:30" },
        { hostId, dayOfWeek, startTime: "13:00", endTime: "20:00" },
      ]),
    ),
  });
  // The busy host also has an override and time off inside the slots window,
  // so the slots query loads every kind of availability row.
  await prisma.availabilityOverride.create({ data: { hostId: hostIds[0]!, date: new Date(today + 10 * DAY), startTime: "10:00", endTime: "14:00" } });
  await prisma.timeOff.create({ data: { hostId: hostIds[0]!, startDate: new Date(today + 20 * DAY), endDate: new Date(today + 21 * DAY), reason: "Conference" } });

  // Tokens: the busy host (list scenario) and clients 0..199 (creates, contention).
  const tokens = [hostIds[0]!, ...clientIds.slice(0, HOSTS)].map((userId) => ({ userId, token: newTokenValue() }));
  await prisma.apiToken.createMany({
    data: tokens.map(({ userId, token }) => ({ userId, name: "bench", tokenHash: hashToken(token), prefix: token.slice(0, 10) })),
  });

  const hours = (PAST_DAYS + FUTURE_DAYS) * (SEED_LAST_HOUR - SEED_FIRST_HOUR);
  const cellStart = (cell: number) => {
    const perDay = SEED_LAST_HOUR - SEED_FIRST_HOUR;
    return today + (Math.floor(cell / perDay) - PAST_DAYS) * DAY + (SEED_FIRST_HOUR + (cell % perDay)) * HOUR;
  };
  const hostCells = new Set<number>();
  const clientCells = new Set<number>();
  const codes = new Set<string>();
  const rows = [];
  let busy = 0;
  while (rows.length < BOOKINGS) {
    const host = busy < BUSY_HOST_BOOKINGS ? 0 : 1 + Math.floor(rand() * (HOSTS - 1));
    const cell = Math.floor(rand() * hours);
    const client = Math.floor(rand() * CLIENTS);
    if (hostCells.has(host * hours + cell) || clientCells.has(client * hours + cell)) continue;
    hostCells.add(host * hours + cell);
    clientCells.add(client * hours + cell);
    if (host === 0) busy += 1;
    let code = newBookingCode();
    while (codes.has(code)) code = newBookingCode();
    codes.add(code);
    const start = cellStart(cell);
    const duration = rand() < 0.5 ? 30 : 60;
    const status = pick(rand, start < now.getTime() ? PAST : FUTURE);
    rows.push({
      code,
      kind: "individual" as const,
      hostId: hostIds[host]!,
      clientId: clientIds[client]!,
      startAt: new Date(start),
      endAt: new Date(start + duration * 60_000),
      durationMinutes: duration,
      title: `Session ${rows.length}`,
      status,
      ...(status === "cancelled" ? { cancelledAt: new Date(start - DAY), cancelledBy: "client" as const, cancellationReason: "Bench" } : {}),
      ...(status === "confirmed" || status === "completed" ? { confirmedAt: new Date(start - 2 * DAY) } : {}),
    });
  }
  for (let i = 0; i < rows.length; i += 2_000) await prisma.booking.createMany({ data: rows.slice(i, i + 2_000) });
  // A database that grew to this size has planner statistics (autovacuum, or
  // the embedded server's stand-in for it); a bulk load has none yet.
  await prisma.$executeRaw`ANALYZE`;

  const token = (client: number) => tokens[1 + client]!.token;
  const createSlots: Slot[] = [];
  for (let day = 2; day <= CREATE_LAST_DAY; day += 1) {
    for (let half = 0; half < 4; half += 1) {
      const start = new Date(today + day * DAY + 18 * HOUR + half * 30 * 60_000).toISOString();
      for (let h = 0; h < HOSTS; h += 1) createSlots.push({ hostId: hostIds[h]!, start, token: token(h) });
    }
  }
  return {
    busyHostId: hostIds[0]!,
    busyHostToken: tokens[0]!.token,
    busyHostBookings: busy,
    slotsFrom: isoDate(today + DAY),
    slotsTo: isoDate(today + 30 * DAY),
    createSlots,
    contention: {
      hostId: hostIds[0]!,
      start: new Date(today + CONTENTION_DAY * DAY + 18 * HOUR).toISOString(),
      tokens: Array.from({ length: HOSTS }, (_, c) => token(c)),
    },
  };
}
