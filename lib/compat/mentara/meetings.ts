// Seed 003 /booking/meetings: parse the Mentara DTO, call the core use-case,
// shape the meeting. No booking rule lives here.
import { getPrisma } from "@/lib/db";
import { isBookingStatus, toDialect } from "@/lib/domain";
import type { AppError } from "@/lib/server/errors";
import { readBody } from "@/lib/http/parse";
import type { Actor } from "@/lib/server/actor";
import type { BookingView } from "@/lib/server/bookings/booking-view";
import { cancelBooking } from "@/lib/server/bookings/cancel-booking";
import { changeBookingStatus, type HostAction } from "@/lib/server/bookings/change-booking-status";
import { createBooking } from "@/lib/server/bookings/create-booking";
import { getBooking } from "@/lib/server/bookings/get-booking";
import { isUuid } from "@/lib/server/bookings/load-booking";
import { rescheduleBooking } from "@/lib/server/bookings/reschedule-booking";
import { updateBooking } from "@/lib/server/bookings/update-booking";
import { bookingExists, listBookingViews } from "../common-b/bookings";
import { DialectError, withErrors, type ErrorMap } from "../common-b/errors";
import { parseDialect } from "../common-b/parse";
import { json } from "../common-b/route";
import { mentara } from "./dialect";
import { cancelMeetingSchema, createMeetingSchema, updateMeetingSchema } from "./schemas";
import { toMentaraMeeting } from "./view";

const NOT_FOUND = "Meeting not found";

/** The dialect word of the status a core refusal reports, or of `fallback`. */
function currentWord(error: AppError, fallback: string): string {
  const status = error.extra?.currentStatus;
  return typeof status === "string" && isBookingStatus(status) ? toDialect("003", status) : fallback;
}
const NO_ACCESS = "No access to this meeting";

function meetingId(raw: string): string {
  if (!isUuid(raw)) throw new DialectError(404, NOT_FOUND);
  return raw;
}

/** Someone else's meeting: 403 as the document says when it exists, 404 otherwise. */
const hidden = (id: string) => async () => ((await bookingExists(getPrisma(), id)) ? new DialectError(403, NO_ACCESS) : new DialectError(404, NOT_FOUND));

async function load(actor: Actor, id: string): Promise<BookingView> {
  return withErrors(() => getBooking(getPrisma(), actor, id), { not_found: hidden(id) });
}

// POST /booking/meetings
export const createMeetingHandler = mentara.authed(async ({ request, actor }) => {
  const input = parseDialect(createMeetingSchema, await readBody(request));
  if (!isUuid(input.therapistId)) throw new DialectError(404, "Therapist not found");
  // input.status is accepted and not applied: whether a new meeting starts
  // SCHEDULED or CONFIRMED is the therapist's policy (requiresConfirmation).
  const view = await withErrors(
    () =>
      createBooking(getPrisma(), actor, {
        hostId: input.therapistId,
        start: input.startTime,
        duration: input.duration,
        ...(input.meetingType ? { sessionType: input.meetingType } : {}),
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
      }),
    { not_found: "Therapist not found" },
  );
  return json(toMentaraMeeting(view), 201);
});

// GET /booking/meetings
export const listMeetingsHandler = mentara.authed(async ({ actor }) => {
  const { items } = await listBookingViews(getPrisma(), actor, { where: { OR: [{ clientId: actor.userId }, { hostId: actor.userId }] } });
  return json(items.map(toMentaraMeeting));
});

// GET /booking/meetings/:id
export const getMeetingHandler = mentara.authed<{ id: string }>(async ({ actor, params }) => {
  return json(toMentaraMeeting(await load(actor, meetingId(params.id))));
});

const ACTIONS: Partial<Record<string, HostAction | "cancel">> = {
  CONFIRMED: "confirm",
  COMPLETED: "complete",
  CANCELLED: "cancel",
  NO_SHOW: "no_show",
};
const FINAL = new Set(["COMPLETED", "CANCELLED", "NO_SHOW"]);

// PUT /booking/meetings/:id
export const updateMeetingHandler = mentara.authed<{ id: string }>(async ({ request, actor, params }) => {
  const db = getPrisma();
  const id = meetingId(params.id);
  const input = parseDialect(updateMeetingSchema, await readBody(request));
  let view = await load(actor, id);
  const from = toDialect("003", view.status);
  if (FINAL.has(from)) throw new DialectError(400, "Cannot update completed or cancelled meetings", { currentStatus: from });
  if (input.therapistId !== undefined && input.therapistId !== view.hostId) {
    throw new DialectError(400, "The therapist of a meeting cannot be changed: cancel it and book a new one");
  }
  if (input.meetingType !== undefined && input.meetingType !== view.sessionType) {
    throw new DialectError(400, "meetingType cannot be changed after booking: cancel the meeting and book a new one");
  }
  const action = input.status !== undefined && input.status !== from ? ACTIONS[input.status] : undefined;
  if (input.status !== undefined && input.status !== from && !action) {
    throw new DialectError(400, `Invalid status transition from ${from} to ${input.status}`, { currentStatus: from });
  }
  const errors: ErrorMap = {
    not_found: hidden(id),
    illegal_transition: (e) => new DialectError(400, `Invalid status transition from ${currentWord(e, from)} to ${input.status ?? from}`),
  };

  // 1. Time: startTime and/or duration move the meeting (core reschedule, revalidated).
  const start = input.startTime ?? (view.start ? new Date(view.start) : null);
  const duration = input.duration ?? view.durationMinutes ?? undefined;
  const moves = (input.startTime !== undefined && input.startTime.toISOString() !== view.start) || (input.duration !== undefined && input.duration !== view.durationMinutes);
  if (moves && start) view = await withErrors(() => rescheduleBooking(db, actor, id, { start, ...(duration ? { duration } : {}) }), errors);
  // 2. Descriptive fields.
  const fields = {
    ...(input.title !== undefined && input.title !== view.title ? { title: input.title } : {}),
    ...(input.description !== undefined && input.description !== view.description ? { description: input.description } : {}),
  };
  if (Object.keys(fields).length > 0) view = await withErrors(() => updateBooking(db, actor, id, fields), errors);
  // 3. Status last (a cancelled meeting can no longer be edited).
  if (action === "cancel") view = await withErrors(() => cancelBooking(db, actor, id, {}), errors);
  else if (action) view = await withErrors(() => changeBookingStatus(db, actor, id, action), errors);
  return json(toMentaraMeeting(view));
});

// DELETE /booking/meetings/:id/cancel
export const cancelMeetingHandler = mentara.authed<{ id: string }>(async ({ request, actor, params }) => {
  const id = meetingId(params.id);
  const input = parseDialect(cancelMeetingSchema, await readBody(request));
  const view = await withErrors(() => cancelBooking(getPrisma(), actor, id, input.reason !== undefined ? { reason: input.reason } : {}), {
    not_found: hidden(id),
    illegal_transition: (e) => {
      const word = currentWord(e, "CANCELLED");
      return new DialectError(400, word === "NO_SHOW" ? "Meeting already marked as no-show" : `Meeting already ${word.toLowerCase()}`, { currentStatus: word });
    },
  });
  return json(toMentaraMeeting(view));
});
