import { getPrisma } from "@/lib/db";
import { parseBody } from "@/lib/http/parse";
import { authedRoute, json } from "@/lib/http/route";
import { getBooking } from "@/lib/server/bookings/get-booking";
import { updateBookingSchema } from "@/lib/server/bookings/schemas";
import { updateBooking } from "@/lib/server/bookings/update-booking";

export const GET = authedRoute<{ id: string }>(async ({ actor, params }) => json(await getBooking(getPrisma(), actor, params.id)));

export const PATCH = authedRoute<{ id: string }>(async ({ request, actor, params }) =>
  json(await updateBooking(getPrisma(), actor, params.id, await parseBody(request, updateBookingSchema))),
);
