// Edit the descriptive fields of a future pending or confirmed booking. Clients
// edit what they wrote; where and how the session happens is the host's call.
import type { Db } from "@/lib/db";
import type { Actor } from "../actor";
import { AppError } from "../errors";
import { kickIntegrationRunner } from "@/lib/integrations/jobs/kick";
import { recordEventWithSideEffects } from "@/lib/integrations/jobs/record-with-side-effects";
import { raceLost } from "./action-guard";
import { bookingSelect, toBookingView, type BookingView } from "./booking-view";
import { loadBookingFor } from "./load-booking";
import type { UpdateBookingInput } from "./schemas";

const HOST_ONLY_FIELDS = ["location", "meetingUrl"] as const;
const CALENDAR_FIELDS = ["title", "description", "location", "meetingUrl"] as const;

export async function updateBooking(db: Db, actor: Actor, id: string, input: UpdateBookingInput, now = new Date()): Promise<BookingView> {
  const { row, role } = await loadBookingFor(db, actor, id);
  if (role === "client") {
    const forbidden = HOST_ONLY_FIELDS.filter((field) => input[field] !== undefined);
    if (forbidden.length) throw new AppError("forbidden", `Only the host can change ${forbidden.join(" and ")}.`);
  }
  if (row.status !== "pending" && row.status !== "confirmed") {
    throw new AppError("not_modifiable", `Only pending or confirmed bookings can be edited; this one is ${row.status}.`, { extra: { currentStatus: row.status } });
  }
  if (!row.startAt || row.startAt.getTime() <= now.getTime()) {
    throw new AppError("not_modifiable", "Past sessions cannot be edited.");
  }
  const touchesCalendar = CALENDAR_FIELDS.some((field) => input[field] !== undefined);
  const { meetingUrl, ...fields } = input;
  const updated = await db.$transaction(async (tx) => {
    const { count } = await tx.booking.updateMany({
      where: { id: row.id, status: row.status },
      data: {
        ...fields,
        // A hand-set link replaces the provider meeting entirely, id included.
        ...(meetingUrl !== undefined ? { meetingUrl: meetingUrl || null, meetingProvider: meetingUrl ? "custom" : null, meetingId: null, meetingPassword: null } : {}),
        ...(touchesCalendar ? { icsSequence: { increment: 1 } } : {}),
      },
    });
    if (count === 0) throw raceLost("changed");
    // With side effects: connected calendars get the new title, text or place.
    await recordEventWithSideEffects(tx, { type: "booking.updated", bookingId: row.id, audience: [row.clientId, row.hostId], payload: { by: role, fields: Object.keys(input) } }, { now });
    return tx.booking.findUniqueOrThrow({ where: { id: row.id }, select: bookingSelect });
  });
  kickIntegrationRunner();
  return toBookingView(updated, role, now);
}
