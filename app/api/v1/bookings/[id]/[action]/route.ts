// POST /api/v1/bookings/{id}/confirm|decline|cancel|reschedule|start|complete|no-show
import { getPrisma } from "@/lib/db";
import { parseBody } from "@/lib/http/parse";
import { authedRoute, json } from "@/lib/http/route";
import { cancelBooking } from "@/lib/server/bookings/cancel-booking";
import { changeBookingStatus } from "@/lib/server/bookings/change-booking-status";
import { rescheduleBooking } from "@/lib/server/bookings/reschedule-booking";
import { cancelBookingSchema, declineBookingSchema, rescheduleBookingSchema } from "@/lib/server/bookings/schemas";
import { notFound } from "@/lib/server/errors";
import { z } from "zod";

const emptyBody = z.strictObject({});

export const POST = authedRoute<{ id: string; action: string }>(async ({ request, actor, params }) => {
  const db = getPrisma();
  switch (params.action) {
    case "cancel":
      return json(await cancelBooking(db, actor, params.id, await parseBody(request, cancelBookingSchema)));
    case "reschedule":
      return json(await rescheduleBooking(db, actor, params.id, await parseBody(request, rescheduleBookingSchema)));
    case "decline":
      return json(await changeBookingStatus(db, actor, params.id, "decline", await parseBody(request, declineBookingSchema)));
    case "confirm":
    case "start":
    case "complete":
    case "no-show":
      await parseBody(request, emptyBody);
      return json(await changeBookingStatus(db, actor, params.id, params.action === "no-show" ? "no_show" : params.action));
    default:
      throw notFound("Action");
  }
});
