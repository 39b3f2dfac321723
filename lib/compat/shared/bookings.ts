// Reading bookings for a dialect: integer ids (Booking.number) to the core's
// UUIDs, and rows with their canonical view (flags for the viewer). Writes
// always go through the lib/server use-cases.
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { isAdmin } from "@/lib/server/actor";
import { bookingSelect, toBookingView, viewerRole, type BookingRow, type BookingView } from "@/lib/server/bookings/booking-view";
import { notFound } from "@/lib/server/errors";
import type { Tx } from "@/lib/server/tx";
import { parseIntegerId } from "./format";

export interface RowWithView {
  row: BookingRow;
  view: BookingView;
}

/**
 * The UUID of the booking numbered `raw` that matches `where` (the dialect's
 * visibility), or a 404 that says nothing about other people's bookings.
 */
export async function bookingIdByNumber(db: Tx, raw: string, where: Prisma.BookingWhereInput = {}): Promise<string> {
  const number = parseIntegerId(raw);
  if (number === null) throw notFound("Booking");
  const found = await db.booking.findFirst({ where: { AND: [{ number }, where] }, select: { id: true } });
  if (!found) throw notFound("Booking");
  return found.id;
}

export function withView(row: BookingRow, actor: Actor, now: Date): RowWithView {
  const role = viewerRole(row, actor.userId, isAdmin(actor)) ?? "admin";
  return { row, view: toBookingView(row, role, now) };
}

/** Re-read a booking after a use-case changed it (the views carry no integer ids). */
export async function reloadRow(db: Db, id: string): Promise<BookingRow> {
  return db.booking.findUniqueOrThrow({ where: { id }, select: bookingSelect });
}

/** Rows a history-keeping reschedule left behind: the live booking points at them. */
export const notRescheduleHistory: Prisma.BookingWhereInput = { rescheduledTo: { none: {} } };
