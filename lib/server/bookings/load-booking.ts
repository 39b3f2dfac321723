// Ownership lives in the where clause: a booking the caller is not a party to
// does not exist for them (404), unless they are an admin.
import type { Actor } from "../actor";
import { isAdmin } from "../actor";
import { notFound } from "../errors";
import type { Tx } from "../tx";
import { bookingSelect, type BookingRow, type ViewerRole, viewerRole } from "./booking-view";

export function visibleTo(actor: Actor) {
  return isAdmin(actor) ? {} : { OR: [{ clientId: actor.userId }, { hostId: actor.userId }] };
}

export async function loadBookingFor(db: Tx, actor: Actor, id: string): Promise<{ row: BookingRow; role: ViewerRole }> {
  if (!isUuid(id)) throw notFound("Booking");
  const row = await db.booking.findFirst({ where: { id, ...visibleTo(actor) }, select: bookingSelect });
  const role = row ? viewerRole(row, actor.userId, isAdmin(actor)) : null;
  if (!row || !role) throw notFound("Booking");
  return { row, role };
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return UUID_RE.test(value);
}
