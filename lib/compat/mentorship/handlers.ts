// Seed 000, Mentorship bookings (/api/mentors/bookings/): the mentee's view of
// their sessions, a thin adapter over lib/server/bookings. See
// docs/compat/000-mentorship.md for every decision taken here.
import { z } from "zod";
import { SESSION_TYPES, fromDialect, isDialectStatus, parseHHMM, wallTimeToInstants, type BookingStatus } from "@/lib/domain";
import { getPrisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseWith } from "@/lib/http/parse";
import type { Actor } from "@/lib/server/actor";
import { bookingStatistics } from "@/lib/server/bookings/booking-statistics";
import { bookingSelect } from "@/lib/server/bookings/booking-view";
import { findBookingPage } from "@/lib/server/bookings/booking-page";
import { cancelBooking } from "@/lib/server/bookings/cancel-booking";
import { bookingListWhere } from "@/lib/server/bookings/list-bookings";
import { rescheduleBooking } from "@/lib/server/bookings/reschedule-booking";
import { updateBooking } from "@/lib/server/bookings/update-booking";
import { bookingIdByNumber, notRescheduleHistory, reloadRow, withView } from "../shared/bookings";
import { DrfError, drfJson, drfView, noContent, readJsonObject, type DrfContext, type DrfDialect } from "../shared/drf-http";
import { dateField, multiValues } from "../shared/format";
import { parseOrdering, type OrderTerm } from "../shared/ordering";
import { drfPage, pageParams, publicUrl, resolvePage } from "../shared/pagination";
import { toMentorSession } from "./serializer";

export const MENTORSHIP: DrfDialect = {
  name: "000",
  // The seed's clients send "Authorization: Bearer <jwt>": our API tokens.
  authChallenge: 'Bearer realm="api"',
  notFoundDetail: "Not found.",
  // The seed documents 400 for every refusal of an update, cancel or
  // reschedule (past session, incompatible status, time not available).
  statusFor: { slot_unavailable: 400, booking_conflict: 400, illegal_transition: 400, not_modifiable: 400 },
};

export const PUBLIC_BASE = "/api/mentors/bookings/";
const DEFAULT_PAGE = { defaultPageSize: 20, maxPageSize: 100 };
const UPCOMING_LIMIT = 10;
const UPCOMING_STATUSES: BookingStatus[] = ["pending_payment", "pending", "confirmed"];

type Params = { id: string };

/**
 * What a mentee sees: sessions (individual or a group seat) they are the
 * client of; drafts and the history rows a reschedule leaves behind are not
 * sessions. Everyone else's bookings do not exist here (404), for admins too.
 */
function menteeSessions(actor: Actor, statuses?: BookingStatus[]): Prisma.BookingWhereInput {
  return {
    AND: [
      bookingListWhere(actor, { role: "client", status: statuses, from: undefined, to: undefined, q: undefined }),
      { kind: { in: ["individual", "seat"] } },
      { status: { not: "draft" } },
      notRescheduleHistory,
    ],
  };
}

function invalidChoice(value: string): DrfError {
  return new DrfError(400, `Select a valid choice. ${value} is not one of the available choices.`);
}

type OrderField = "scheduled_start" | "session_date" | "created_at" | "updated_at" | "status";
const ORDER_FIELDS: readonly OrderField[] = ["scheduled_start", "session_date", "created_at", "updated_at", "status"];
const COLUMN: Record<OrderField, "startAt" | "createdAt" | "updatedAt" | "status"> = {
  scheduled_start: "startAt",
  session_date: "startAt",
  created_at: "createdAt",
  updated_at: "updatedAt",
  status: "status",
};

function orderBy(terms: OrderTerm<OrderField>[]): Prisma.BookingOrderByWithRelationInput[] {
  return [...terms.map((t) => ({ [COLUMN[t.field]]: t.desc ? "desc" : "asc" }) as Prisma.BookingOrderByWithRelationInput), { number: "asc" }];
}

async function page(request: Request, actor: Actor, where: Prisma.BookingWhereInput, order: Prisma.BookingOrderByWithRelationInput[], publicPath: string) {
  const db = getPrisma();
  const now = new Date();
  const url = new URL(request.url);
  const params = pageParams(url, DEFAULT_PAGE);
  const count = await db.booking.count({ where });
  const resolved = resolvePage(params, count);
  const rows = await findBookingPage(db, { where, orderBy: order, skip: resolved.skip, take: resolved.take });
  const results = rows.map((row) => {
    const { view } = withView(row, actor, now);
    return toMentorSession(row, view);
  });
  return drfJson(drfPage(publicUrl(request, publicPath), resolved, count, results));
}

async function sessionResponse(actor: Actor, id: string, status = 200): Promise<Response> {
  const row = await reloadRow(getPrisma(), id);
  const { view } = withView(row, actor, new Date());
  return drfJson(toMentorSession(row, view), { status });
}

const menteeBookingId = (actor: Actor, raw: string) => bookingIdByNumber(getPrisma(), raw, menteeSessions(actor));

// ---------------------------------------------------------------------------
// GET /api/mentors/bookings/  (POST: 405, bookings are made elsewhere)

async function list({ request, actor }: DrfContext<Record<string, never>>): Promise<Response> {
  const url = new URL(request.url);
  const statuses: BookingStatus[] = [];
  for (const word of multiValues(url, "status")) {
    if (!isDialectStatus("000", word)) throw invalidChoice(word);
    statuses.push(...fromDialect("000", word));
  }
  const sessionTypes = multiValues(url, "session_type");
  for (const type of sessionTypes) if (!(SESSION_TYPES as readonly string[]).includes(type)) throw invalidChoice(type);
  const where: Prisma.BookingWhereInput = {
    AND: [menteeSessions(actor, statuses.length ? statuses : undefined), sessionTypes.length ? { sessionType: { in: sessionTypes as (typeof SESSION_TYPES)[number][] } } : {}],
  };
  const ordering = parseOrdering(url.searchParams.get("ordering"), ORDER_FIELDS, [{ field: "scheduled_start", desc: true }]);
  return page(request, actor, where, orderBy(ordering), PUBLIC_BASE);
}

// ---------------------------------------------------------------------------
// GET/PUT/PATCH/DELETE /api/mentors/bookings/{id}/

async function retrieve({ actor, params }: DrfContext<Params>): Promise<Response> {
  return sessionResponse(actor, await menteeBookingId(actor, params.id));
}

const EDITABLE = ["notes", "mentee_notes", "agenda"] as const;
const text = z.string({ message: "Not a valid string." }).max(5000, "Ensure this field has no more than 5000 characters.");
const updateSchema = z.strictObject({ notes: text.optional(), mentee_notes: text.optional(), agenda: text.optional() });

async function update({ request, actor, params }: DrfContext<Params>): Promise<Response> {
  const id = await menteeBookingId(actor, params.id);
  const body = await readJsonObject(request);
  const other = Object.keys(body).filter((key) => !(EDITABLE as readonly string[]).includes(key));
  if (other.length) throw new DrfError(400, `Only notes, mentee_notes and agenda can be updated; not ${other.join(", ")}.`);
  const input = parseWith(updateSchema, body);
  if (input.notes === undefined && input.mentee_notes === undefined && input.agenda === undefined) {
    throw new DrfError(400, "Send at least one of notes, mentee_notes, agenda.");
  }
  await updateBooking(getPrisma(), actor, id, {
    ...(input.notes !== undefined ? { notes: input.notes } : {}),
    ...(input.mentee_notes !== undefined ? { clientNotes: input.mentee_notes } : {}),
    ...(input.agenda !== undefined ? { agenda: input.agenda } : {}),
  });
  return sessionResponse(actor, id);
}

async function destroy({ actor, params }: DrfContext<Params>): Promise<Response> {
  const id = await menteeBookingId(actor, params.id);
  await cancelBooking(getPrisma(), actor, id, {});
  return noContent();
}

// ---------------------------------------------------------------------------
// POST /api/mentors/bookings/{id}/reschedule/

const rescheduleSchema = z.strictObject({
  session_date: dateField("Date has wrong format. Use one of these formats instead: YYYY-MM-DD."),
  start_time: z.string({ message: "This field is required." }).regex(/^\d{2}:\d{2}(:00)?$/, "Time has wrong format. Use HH:MM."),
  duration: z
    .union([z.number(), z.string().regex(/^\d+$/, "A valid integer is required.").transform(Number)], { message: "A valid integer is required." })
    .pipe(z.number().int("A valid integer is required.").min(5, "Ensure this value is greater than or equal to 5.").max(480, "Ensure this value is less than or equal to 480."))
    .optional(),
});

async function reschedule({ request, actor, params }: DrfContext<Params>): Promise<Response> {
  const db = getPrisma();
  const id = await menteeBookingId(actor, params.id);
  const input = parseWith(rescheduleSchema, await readJsonObject(request));
  const minutes = parseHHMM(input.start_time.slice(0, 5));
  if (minutes === null || minutes >= 1440) throw new DrfError(400, "start_time: Time has wrong format. Use HH:MM.");
  // The mentee's wall clock: session_date and start_time are read in the
  // caller's own time zone (User.timeZone).
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { timeZone: true } });
  const zone = user?.timeZone ?? "UTC";
  const [start] = wallTimeToInstants(input.session_date, minutes, zone);
  if (!start) throw new DrfError(400, `${input.session_date} ${input.start_time} does not exist in ${zone} (the clocks change then).`);
  await rescheduleBooking(db, actor, id, { start, ...(input.duration !== undefined ? { duration: input.duration } : {}) });
  return sessionResponse(actor, id);
}

// ---------------------------------------------------------------------------
// GET upcoming/, past/, statistics/

async function upcoming({ actor }: DrfContext<Record<string, never>>): Promise<Response> {
  const db = getPrisma();
  const now = new Date();
  const rows = await db.booking.findMany({
    where: { AND: [menteeSessions(actor, UPCOMING_STATUSES), { startAt: { gt: now } }] },
    select: bookingSelect,
    orderBy: [{ startAt: "asc" }, { number: "asc" }],
    take: UPCOMING_LIMIT,
  });
  return drfJson(rows.map((row) => toMentorSession(row, withView(row, actor, now).view)));
}

async function past({ request, actor }: DrfContext<Record<string, never>>): Promise<Response> {
  const where = { AND: [menteeSessions(actor), { startAt: { lte: new Date() } }] };
  return page(request, actor, where, [{ startAt: "desc" }, { number: "desc" }], `${PUBLIC_BASE}past/`);
}

async function statistics({ actor }: DrfContext<Record<string, never>>): Promise<Response> {
  const stats = await bookingStatistics(getPrisma(), actor, "client");
  return drfJson({
    total_sessions: stats.totalSessions,
    completed_sessions: stats.completedSessions,
    upcoming_sessions: stats.upcomingSessions,
    cancelled_sessions: stats.cancelledSessions,
    total_hours: stats.totalHours,
    favorite_session_types: stats.favoriteSessionTypes,
  });
}

// ---------------------------------------------------------------------------
// One object per DRF view; route files export its methods.

export const collectionView = drfView(MENTORSHIP, { GET: list });
export const detailView = drfView<Params>(MENTORSHIP, { GET: retrieve, PUT: update, PATCH: update, DELETE: destroy });
export const rescheduleView = drfView<Params>(MENTORSHIP, { POST: reschedule });
export const upcomingView = drfView(MENTORSHIP, { GET: upcoming });
export const pastView = drfView(MENTORSHIP, { GET: past });
export const statisticsView = drfView(MENTORSHIP, { GET: statistics });
