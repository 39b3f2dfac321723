import type { Db } from "@/lib/db";
import type { Actor } from "../actor";
import { toBookingView, type BookingView } from "./booking-view";
import { loadBookingFor } from "./load-booking";

export async function getBooking(db: Db, actor: Actor, id: string, now = new Date()): Promise<BookingView> {
  const { row, role } = await loadBookingFor(db, actor, id);
  return toBookingView(row, role, now);
}
