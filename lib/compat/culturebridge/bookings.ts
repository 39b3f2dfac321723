// Seed 002 /booking endpoints: parse the CultureBridge request, call the core
// use-case, shape the answer. No booking rule lives here.
import { getPrisma } from "@/lib/db";
import { fromDialect, toDialect } from "@/lib/domain";
import { parseWith, queryObject, readBody } from "@/lib/http/parse";
import { isAdmin, type Actor } from "@/lib/server/actor";
import { cancelBooking } from "@/lib/server/bookings/cancel-booking";
import { changeBookingStatus } from "@/lib/server/bookings/change-booking-status";
import { createBooking } from "@/lib/server/bookings/create-booking";
import { getBooking } from "@/lib/server/bookings/get-booking";
import { getSlots } from "@/lib/server/bookings/get-slots";
import { isUuid } from "@/lib/server/bookings/load-booking";
import { AppError } from "@/lib/server/errors";
import { bookingExists, hostFacts, hostIsInactive, listBookingViews } from "../common-b/bookings";
import { DialectError, withErrors, type ErrorMap } from "../common-b/errors";
import { json, noContent } from "../common-b/route";
import { cb } from "./dialect";
import { availabilityQuerySchema, createBookingSchema, listQuerySchema, updateStatusSchema } from "./schemas";
import { toCultureBridgeBooking } from "./view";

const MINUTE = 60_000;
const DAY = 86_400_000;
const MAX_RANGE_DAYS = 30;

const SLOT_TAKEN = (error: AppError) => new DialectError(400, "Time slot is not available", { reason: error.extra?.reason ?? "booking_conflict", hint: error.message });

/** A booking the caller may not see: 403 as the document says when it exists, 404 otherwise. */
const hiddenBooking = (id: string) => async () =>
  (await bookingExists(getPrisma(), id)) ? new DialectError(403, "Unauthorized to view this booking") : new DialectError(404, "Booking not found");

function bookingId(raw: string): string {
  if (!isUuid(raw)) throw new DialectError(404, "Booking not found");
  return raw;
}

// POST /booking
export const createBookingHandler = cb.authed(async ({ request, actor }) => {
  const db = getPrisma();
  const input = parseWith(createBookingSchema, await readBody(request));
  if (input.session_datetime.getTime() <= Date.now()) throw new DialectError(400, "Session must be scheduled in the future");
  const view = await withErrors(
    () => createBooking(db, actor, { hostId: input.coach_id, start: input.session_datetime, duration: input.duration_minutes, notes: input.notes ?? "" }),
    {
      not_found: "Coach not found",
      slot_unavailable: SLOT_TAKEN,
      booking_conflict: SLOT_TAKEN,
      forbidden: async () => ((await hostIsInactive(db, input.coach_id)) ? new DialectError(400, "Coach is not active") : null),
    },
  );
  return json(toCultureBridgeBooking(view), 201, { location: `/booking/${view.id}` });
});

// GET /booking/{booking_id}
export const getBookingHandler = cb.authed<{ id: string }>(async ({ actor, params }) => {
  const id = bookingId(params.id);
  const view = await withErrors(() => getBooking(getPrisma(), actor, id), { not_found: hiddenBooking(id) });
  return json(toCultureBridgeBooking(view));
});

async function listFor(request: Request, actor: Actor, who: "client" | "coach", rawId: string): Promise<Response> {
  if (!isUuid(rawId)) throw new DialectError(400, `${who}_id: Must be a UUID`);
  if (rawId !== actor.userId && !isAdmin(actor)) throw new DialectError(403, "Unauthorized to view these bookings");
  const query = parseWith(listQuerySchema, queryObject(new URL(request.url)));
  const status = query.status ? fromDialect("002", query.status).filter((s) => s !== "draft") : undefined;
  const { items, total } = await listBookingViews(getPrisma(), actor, {
    where: who === "client" ? { clientId: rawId } : { hostId: rawId },
    status,
    skip: query.skip,
    take: query.limit,
  });
  return json({ bookings: items.map(toCultureBridgeBooking), total, skip: query.skip, limit: query.limit });
}

// GET /booking/client/{client_id}
export const listClientBookingsHandler = cb.authed<{ clientId: string }>(({ request, actor, params }) => listFor(request, actor, "client", params.clientId));

// GET /booking/coach/{coach_id}
export const listCoachBookingsHandler = cb.authed<{ coachId: string }>(({ request, actor, params }) => listFor(request, actor, "coach", params.coachId));

// PATCH /booking/{booking_id}/status
export const updateStatusHandler = cb.authed<{ id: string }>(async ({ request, actor, params }) => {
  const db = getPrisma();
  const id = bookingId(params.id);
  const { status: target } = parseWith(updateStatusSchema, await readBody(request));
  const current = await withErrors(() => getBooking(db, actor, id), { not_found: hiddenBooking(id) });
  const from = toDialect("002", current.status);
  const invalid = () => new DialectError(400, `Invalid status transition from ${from} to ${target}`, { current_status: from });
  const errors: ErrorMap = { not_found: hiddenBooking(id), illegal_transition: invalid };
  let view;
  if (target === "confirmed") view = await withErrors(() => changeBookingStatus(db, actor, id, "confirm"), errors);
  else if (target === "completed") view = await withErrors(() => changeBookingStatus(db, actor, id, "complete"), errors);
  else if (target === "cancelled") view = await withErrors(() => cancelBooking(db, actor, id, {}), errors);
  else throw invalid();
  return json(toCultureBridgeBooking(view));
});

// DELETE /booking/{booking_id}
export const cancelBookingHandler = cb.authed<{ id: string }>(async ({ actor, params }) => {
  const id = bookingId(params.id);
  await withErrors(() => cancelBooking(getPrisma(), actor, id, {}), {
    not_found: hiddenBooking(id),
    illegal_transition: "Only pending or confirmed bookings can be cancelled",
  });
  return noContent();
});

// GET /booking/coach/{coach_id}/availability (public)
export const coachAvailabilityHandler = cb.route<{ coachId: string }>(async ({ request, actor, params }) => {
  const db = getPrisma();
  const coachId = params.coachId;
  if (!isUuid(coachId)) throw new DialectError(404, "Coach not found");
  const query = parseWith(availabilityQuerySchema, queryObject(new URL(request.url)));
  const from = query.start_date;
  const to = query.end_date;
  if (to.getTime() <= from.getTime()) throw new DialectError(400, "End date must be after start date");
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY) throw new DialectError(400, `Date range cannot exceed ${MAX_RANGE_DAYS} days`);
  const duration = query.duration_minutes;
  const coach = await withErrors(() => hostFacts(db, coachId), { not_found: "Coach not found" });
  // Only lengths the coach offers can be booked: any other length has no free slot.
  if (!coach.durationsMinutes.includes(duration)) return json({ coach_id: coachId, available_slots: [] });
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const result = await withErrors(
    () => getSlots(db, actor, coachId, { start: day(from), end: day(new Date(to.getTime() - 1)), timeZone: "UTC", duration: [duration] }),
    { not_found: "Coach not found" },
  );
  const available_slots = result.slots
    .map((slot) => new Date(slot.start))
    .filter((start) => start.getTime() >= from.getTime() && start.getTime() + duration * MINUTE <= to.getTime())
    .map((start) => ({
      start: start.toISOString().replace(/\.\d{3}Z$/, "Z"),
      end: new Date(start.getTime() + duration * MINUTE).toISOString().replace(/\.\d{3}Z$/, "Z"),
      duration_minutes: duration,
    }));
  return json({ coach_id: coachId, available_slots });
});
