// Seed 004 /api/bookings/bookings/...: parse the request, call the core
// use-case, shape the answer. No booking rule lives here.
import { getPrisma } from "@/lib/db";
import { fromDialect, isBookingStatus, toDialect } from "@/lib/domain";
import { queryObject, readBody } from "@/lib/http/parse";
import type { Actor } from "@/lib/server/actor";
import type { BookingView } from "@/lib/server/bookings/booking-view";
import { cancelBooking } from "@/lib/server/bookings/cancel-booking";
import { changeBookingStatus } from "@/lib/server/bookings/change-booking-status";
import { createBooking } from "@/lib/server/bookings/create-booking";
import { getBooking } from "@/lib/server/bookings/get-booking";
import { isUuid } from "@/lib/server/bookings/load-booking";
import { rescheduleBooking } from "@/lib/server/bookings/reschedule-booking";
import { submitFeedback } from "@/lib/server/bookings/submit-feedback";
import type { AppError } from "@/lib/server/errors";
import { hostFacts, hostIsInactive, listBookingViews } from "../common-b/bookings";
import { DialectError, withErrors, type ErrorMap } from "../common-b/errors";
import { parseDialect } from "../common-b/parse";
import { json } from "../common-b/route";
import { parseDateTime } from "../common-b/time";
import { zoom } from "./dialect";
import { cancelSchema, createBookingSchema, feedbackSchema, myQuerySchema, rescheduleSchema, updateBookingSchema } from "./schemas";
import { toZoomBooking } from "./view";

const NOT_FOUND = "Booking not found";
const SLOT_TAKEN = (error: AppError) => new DialectError(400, "Time slot is not available", { reason: error.extra?.reason ?? "booking_conflict", hint: error.message });

function bookingId(raw: string): string {
  if (!isUuid(raw)) throw new DialectError(404, NOT_FOUND);
  return raw;
}

function statusWord(error: AppError, fallback: string): string {
  const status = error.extra?.currentStatus;
  return typeof status === "string" && isBookingStatus(status) ? toDialect("004", status) : fallback;
}

/** An ISO date-time; without Z or offset it is the teacher's wall time (as the slots endpoint shows it). */
function startOf(text: string, teacherZone: string): Date {
  const parsed = parseDateTime(text, teacherZone);
  if (!parsed || parsed.dateOnly) throw new DialectError(400, "start_time: Datetime has wrong format. Use ISO 8601, e.g. 2025-01-15T09:00:00Z");
  return parsed.instant;
}

async function load(actor: Actor, id: string): Promise<BookingView> {
  return withErrors(() => getBooking(getPrisma(), actor, id), { not_found: NOT_FOUND });
}

// POST /api/bookings/bookings/
export const createBookingHandler = zoom.authed(async ({ request, actor }) => {
  const db = getPrisma();
  const input = parseDialect(createBookingSchema, await readBody(request));
  const teacher = await withErrors(() => hostFacts(db, input.teacher_id), { not_found: "Teacher not found" });
  const start = startOf(input.start_time, teacher.timeZone);
  const view = await withErrors(() => createBooking(db, actor, { hostId: teacher.id, start, duration: input.duration, notes: input.notes ?? "" }), {
    not_found: "Teacher not found",
    slot_unavailable: SLOT_TAKEN,
    booking_conflict: SLOT_TAKEN,
    forbidden: async () => ((await hostIsInactive(db, teacher.id)) ? new DialectError(400, "Teacher is not accepting bookings") : null),
  });
  return json(toZoomBooking(view), 201, { location: `/api/bookings/bookings/${view.id}/` });
});

async function myBookings(request: Request, actor: Actor): Promise<Response> {
  const query = parseDialect(myQuerySchema, queryObject(new URL(request.url)));
  const where = query.role === "student" ? { clientId: actor.userId } : query.role === "teacher" ? { hostId: actor.userId } : { OR: [{ clientId: actor.userId }, { hostId: actor.userId }] };
  const status = query.status ? fromDialect("004", query.status).filter((s) => s !== "draft") : undefined;
  const { items } = await listBookingViews(getPrisma(), actor, { where, status });
  return json(items.map(toZoomBooking));
}

// GET /api/bookings/bookings/my/?status&role
export const myBookingsHandler = zoom.authed(({ request, actor }) => myBookings(request, actor));
// GET /api/bookings/bookings/ (same list)
export const listBookingsHandler = myBookingsHandler;

// GET /api/bookings/bookings/<id>/
export const getBookingHandler = zoom.authed<{ id: string }>(async ({ actor, params }) => json(toZoomBooking(await load(actor, bookingId(params.id)))));

async function confirm(actor: Actor, id: string): Promise<BookingView> {
  return withErrors(() => changeBookingStatus(getPrisma(), actor, id, "confirm"), {
    not_found: NOT_FOUND,
    forbidden: () => new DialectError(403, "Only teachers can confirm bookings"),
    illegal_transition: (e) => new DialectError(400, `Cannot confirm a booking that is ${statusWord(e, "not pending")}`),
  });
}

async function cancel(actor: Actor, id: string, reason: string | null | undefined): Promise<BookingView> {
  return withErrors(() => cancelBooking(getPrisma(), actor, id, reason ? { reason } : {}), {
    not_found: NOT_FOUND,
    illegal_transition: (e) => new DialectError(400, `Cannot cancel a booking that is ${statusWord(e, "no longer active")}`),
  });
}

// POST /api/bookings/bookings/<id>/confirm/
export const confirmHandler = zoom.authed<{ id: string }>(async ({ actor, params }) => {
  const view = await confirm(actor, bookingId(params.id));
  const meeting = view.meeting;
  return json({
    // A video session without a link yet: a provider (Zoom) is creating it after the commit.
    message: meeting ? "Booking confirmed and Zoom meeting created" : view.sessionType === "video" ? "Booking confirmed; the meeting link is being created" : "Booking confirmed",
    booking: toZoomBooking(view),
    zoom_info: { join_url: meeting?.url ?? null, meeting_id: meeting?.id ?? null, password: meeting?.password ?? null },
  });
});

// POST /api/bookings/bookings/<id>/cancel/  {reason}
export const cancelHandler = zoom.authed<{ id: string }>(async ({ request, actor, params }) => {
  const id = bookingId(params.id);
  const input = parseDialect(cancelSchema, await readBody(request));
  const view = await cancel(actor, id, input.reason);
  return json({ message: "Booking cancelled successfully", booking: { id: view.id, status: toDialect("004", view.status), cancellation_reason: view.cancellation?.reason ?? "" } });
});

// POST /api/bookings/bookings/<id>/reschedule/  {start_time, duration}
export const rescheduleHandler = zoom.authed<{ id: string }>(async ({ request, actor, params }) => {
  const db = getPrisma();
  const id = bookingId(params.id);
  const input = parseDialect(rescheduleSchema, await readBody(request));
  const current = await load(actor, id);
  const start = startOf(input.start_time, current.host.timeZone);
  const view = await withErrors(
    () => rescheduleBooking(db, actor, id, { start, ...(input.duration ? { duration: input.duration } : {}), ...(input.reason ? { reason: input.reason } : {}) }),
    {
      not_found: NOT_FOUND,
      slot_unavailable: SLOT_TAKEN,
      booking_conflict: SLOT_TAKEN,
      illegal_transition: (e) => new DialectError(400, `Cannot reschedule a booking that is ${statusWord(e, "no longer active")}`),
    },
  );
  return json({ message: "Booking rescheduled successfully", booking: toZoomBooking(view) });
});

// PATCH /api/bookings/bookings/<id>/  {status}  ("Mark Complete: Update booking status")
export const updateBookingHandler = zoom.authed<{ id: string }>(async ({ request, actor, params }) => {
  const id = bookingId(params.id);
  const { status } = parseDialect(updateBookingSchema, await readBody(request));
  const current = await load(actor, id);
  const from = toDialect("004", current.status);
  if (status === from) return json(toZoomBooking(current));
  let view: BookingView;
  if (status === "CONFIRMED") view = await confirm(actor, id);
  else if (status === "CANCELLED") view = await cancel(actor, id, null);
  else if (status === "COMPLETED") {
    view = await withErrors(() => changeBookingStatus(getPrisma(), actor, id, "complete"), {
      not_found: NOT_FOUND,
      forbidden: () => new DialectError(403, "Only teachers can complete bookings"),
      illegal_transition: (e) => new DialectError(400, `Cannot complete a booking that is ${statusWord(e, from)}`),
    });
  } else throw new DialectError(400, `Invalid status transition from ${from} to ${status}`);
  return json(toZoomBooking(view));
});

// POST /api/bookings/feedback/  {booking_id, rating, comment}
export const feedbackHandler = zoom.authed(async ({ request, actor }) => {
  const input = parseDialect(feedbackSchema, await readBody(request));
  const errors: ErrorMap = { not_found: NOT_FOUND, forbidden: () => new DialectError(403, "Only the student of a session can leave feedback on it") };
  const feedback = await withErrors(() => submitFeedback(getPrisma(), actor, input.booking_id, { rating: input.rating, ...(input.comment ? { comment: input.comment } : {}) }), errors);
  return json({ id: feedback.id, booking: feedback.bookingId, rating: feedback.rating, comment: feedback.comment, created_at: feedback.createdAt }, 201);
});
