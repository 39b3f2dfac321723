"use server";

import { z } from "zod";
import { runAction } from "@/components/host/run-action";
import { parseWith } from "@/lib/http/parse";
import { addNote } from "@/lib/server/bookings/booking-notes";
import { cancelBooking } from "@/lib/server/bookings/cancel-booking";
import { changeBookingStatus } from "@/lib/server/bookings/change-booking-status";
import { addNoteSchema, idSchema } from "@/lib/server/bookings/schemas";

const bookingActionSchema = z.strictObject({
  id: idSchema,
  action: z.enum(["confirm", "decline", "start", "complete", "no_show", "cancel"]),
  reason: z.string().trim().max(1000, "At most 1000 characters.").optional(),
});

const refreshed = (actor: { userId: string }) => ["/dashboard", `/hosts/${actor.userId}`, "/clients"];

/** Confirm, decline, start, complete, mark no-show or cancel one of the host's sessions. */
export async function bookingAction(input: z.input<typeof bookingActionSchema>) {
  return runAction(async ({ db, actor }) => {
    const { id, action, reason } = parseWith(bookingActionSchema, input);
    const view =
      action === "cancel"
        ? await cancelBooking(db, actor, id, reason ? { reason } : {})
        : await changeBookingStatus(db, actor, id, action, reason ? { reason } : {});
    return { id: view.id, status: view.status };
  }, refreshed);
}

const noteInputSchema = addNoteSchema.extend({ bookingId: idSchema });

export async function addBookingNote(input: z.input<typeof noteInputSchema>) {
  return runAction(async ({ db, actor }) => {
    const { bookingId, ...note } = parseWith(noteInputSchema, input);
    return addNote(db, actor, bookingId, note);
  });
}
