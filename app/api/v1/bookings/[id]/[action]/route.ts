// POST /api/v1/bookings/{id}/confirm|decline|cancel|reschedule|start|complete|no-show
import { getPrisma } from "@/lib/db";
import { parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/route";
import { idempotentRoute } from "@/lib/http/idempotency";
import { cancelBooking } from "@/lib/server/bookings/cancel-booking";
import { changeBookingStatus } from "@/lib/server/bookings/change-booking-status";
import { rescheduleBooking } from "@/lib/server/bookings/reschedule-booking";
import { cancelBookingSchema, declineBookingSchema, rescheduleBookingSchema } from "@/lib/server/bookings/schemas";
import { notFound } from "@/lib/server/errors";
import { z } from "zod";

const emptyBody = z.strictObject({});

export const POST = idempotentRoute<{ id: string; action: string }>(async ({ actor, params, body }) => {
  const db = getPrisma();
  switch (params.action) {
    case "cancel":
      return json(await cancelBooking(db, actor, params.id, parseWith(cancelBookingSchema, body)));
    case "reschedule":
      return json(await rescheduleBooking(db, actor, params.id, parseWith(rescheduleBookingSchema, body)));
    case "decline":
      return json(await changeBookingStatus(db, actor, params.id, "decline", parseWith(declineBookingSchema, body)));
    case "confirm":
    case "start":
    case "complete":
    case "no-show":
      parseWith(emptyBody, body);
      return json(await changeBookingStatus(db, actor, params.id, params.action === "no-show" ? "no_show" : params.action));
    default:
      throw notFound("Action");
  }
});
