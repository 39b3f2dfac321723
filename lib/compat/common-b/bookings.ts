// Reads shared by the dialects 002-004. Writes always go through the core
// use-cases (lib/server/bookings); these only list and look up what the core
// would show the same caller.
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { resolvePolicy, type BookingStatus } from "@/lib/domain";
import { isAdmin, type Actor } from "@/lib/server/actor";
import { bookingSelect, toBookingView, viewerRole, type BookingView } from "@/lib/server/bookings/booking-view";
import { isUuid, visibleTo } from "@/lib/server/bookings/load-booking";
import { loadHostPolicy } from "@/lib/server/scheduling-context";
import { AppError } from "@/lib/server/errors";

/**
 * What the seed APIs call a booking: a timed session of one client (individual
 * or a seat in a group), never a draft, never the history row a reschedule
 * leaves behind (the live booking keeps the id).
 */
export const LISTED: Prisma.BookingWhereInput = {
  kind: { in: ["individual", "seat"] },
  status: { not: "draft" },
  rescheduledTo: { none: {} },
};

export interface ListOptions {
  where: Prisma.BookingWhereInput;
  status?: BookingStatus[] | undefined;
  skip?: number;
  take?: number;
  order?: "asc" | "desc";
}

export async function listBookingViews(db: Db, actor: Actor, options: ListOptions, now = new Date()): Promise<{ items: BookingView[]; total: number }> {
  const and: Prisma.BookingWhereInput[] = [LISTED, visibleTo(actor), options.where];
  if (options.status) and.push({ status: { in: options.status } });
  const where: Prisma.BookingWhereInput = { AND: and };
  const order = options.order ?? "asc";
  const [rows, total] = await Promise.all([
    db.booking.findMany({
      where,
      select: bookingSelect,
      orderBy: [{ startAt: order }, { id: "asc" }],
      ...(options.skip !== undefined ? { skip: options.skip } : {}),
      ...(options.take !== undefined ? { take: options.take } : {}),
    }),
    db.booking.count({ where }),
  ]);
  const admin = isAdmin(actor);
  return { items: rows.map((row) => toBookingView(row, viewerRole(row, actor.userId, admin) ?? "admin", now)), total };
}

/** Whether a booking with this id exists at all (to tell 403 from 404 where a document asks for it). */
export async function bookingExists(db: Db, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  return (await db.booking.count({ where: { id, ...LISTED } })) > 0;
}

export interface HostFacts {
  id: string;
  name: string;
  timeZone: string;
  active: boolean;
  durationsMinutes: number[];
}

/** The host's zone and offered durations, or a not_found AppError ("Host not found."). */
export async function hostFacts(db: Db, hostId: string): Promise<HostFacts> {
  if (!isUuid(hostId)) throw new AppError("not_found", "Host not found.");
  const { host, policy } = await loadHostPolicy(db, hostId);
  return { id: host.id, name: host.name, timeZone: host.timeZone, active: host.active, durationsMinutes: resolvePolicy(policy).durationsMinutes };
}

/** After a core "forbidden" on create: was it because the host is not taking bookings? */
export async function hostIsInactive(db: Db, hostId: string): Promise<boolean> {
  if (!isUuid(hostId)) return false;
  const profile = await db.hostProfile.findUnique({ where: { userId: hostId }, select: { active: true } });
  return profile !== null && !profile.active;
}
