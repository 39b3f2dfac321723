// Seed 001, Estuary bookings v1 (/api/v1/drf/bookings/): clients and
// practitioners, a thin adapter over lib/server/bookings. See
// docs/compat/001-drf.md for every decision taken here.
import { z } from "zod";
import { fromDialect, isDialectStatus, type BookingStatus } from "@/lib/domain";
import { getPrisma, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BookingKind, PaymentStatus } from "@/lib/generated/prisma/enums";
import { parseWith } from "@/lib/http/parse";
import type { Actor } from "@/lib/server/actor";
import { timeZoneSchema } from "@/lib/server/auth/schemas";
import { addNote, listNotes, type NoteView } from "@/lib/server/bookings/booking-notes";
import { bookingSelect, toBookingView } from "@/lib/server/bookings/booking-view";
import { findBookingPage } from "@/lib/server/bookings/booking-page";
import { cancelBooking } from "@/lib/server/bookings/cancel-booking";
import { changeBookingStatus, type HostAction } from "@/lib/server/bookings/change-booking-status";
import { createBooking } from "@/lib/server/bookings/create-booking";
import { createPurchase } from "@/lib/server/bookings/create-purchase";
import { getSlots } from "@/lib/server/bookings/get-slots";
import { bookingListWhere } from "@/lib/server/bookings/list-bookings";
import { loadBookingFor } from "@/lib/server/bookings/load-booking";
import { rescheduleBooking } from "@/lib/server/bookings/reschedule-booking";
import { dateSchema, updateBookingSchema, type UpdateBookingInput } from "@/lib/server/bookings/schemas";
import { updateBooking } from "@/lib/server/bookings/update-booking";
import { bookingIdByNumber, notRescheduleHistory, withView } from "../shared/bookings";
import { DrfError, drfJson, drfView, noContent, readJsonObject, type DrfContext, type DrfDialect } from "../shared/drf-http";
import { dateField, multiValues, parseBooleanWord, parseIntegerId, singleValue } from "../shared/format";
import { parseOrdering, type OrderTerm } from "../shared/ordering";
import { drfPage, pageParams, publicUrl, resolvePage } from "../shared/pagination";
import { ROLE_WORD, toDrfBooking, toDrfBookingDetail, toDrfNote } from "./serializer";

export const ESTUARY: DrfDialect = {
  name: "001",
  // Token authentication is the first class DRF lists, so its challenge is the one sent.
  authChallenge: "Token",
  notFoundDetail: "Not found",
  // A refused status change or a booking past its time is a validation
  // error in 001; 409 is kept for slots, with the documented text.
  statusFor: { illegal_transition: 400, not_modifiable: 400 },
  detailFor: { slot_unavailable: "Time slot not available", booking_conflict: "Time slot not available" },
  extraFor: { slot_unavailable: ["reason"] },
};

export const PUBLIC_BASE = "/api/v1/drf/bookings/";
const PAGE = { defaultPageSize: 20, maxPageSize: 100 };
const UPCOMING: BookingStatus[] = ["pending_payment", "pending", "confirmed"];
const PAYMENT_STATUSES: readonly PaymentStatus[] = ["not_required", "unpaid", "pending", "paid", "refunded", "partially_refunded", "failed"];
const BOOKING_TYPES: Readonly<Record<string, BookingKind[]>> = {
  individual: ["individual"],
  group: ["seat", "group_session"],
  course: ["course"],
  package: ["package"],
  bundle: ["bundle"],
};

type Params = { id: string };
type NoParams = Record<string, never>;

// ---------------------------------------------------------------------------
// Input pieces (DRF-style messages; field names are 001's)

const required = (what: string) => (issue: { input: unknown }) => (issue.input === undefined ? "This field is required." : what);
const intId = z
  .union([z.number(), z.string().regex(/^\d+$/).transform(Number)], { error: required("A valid integer is required.") })
  .pipe(z.number().int("A valid integer is required.").min(1, "A valid integer is required.").max(2_147_483_647, "A valid integer is required."));
const text = (max: number) => z.string({ error: required("Not a valid string.") }).max(max, `Ensure this field has no more than ${max} characters.`);
const OFFSET_RE = /([zZ]|[+-]\d{2}:?\d{2})$/;
/** ISO-8601; a date-time without offset is UTC (Django's default time zone). */
const dateTime = z
  .string({ error: required("Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].") })
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?([zZ]|[+-]\d{2}:?\d{2})?$/, "Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].")
  .transform((value, ctx) => {
    const iso = value.replace(" ", "T");
    const date = new Date(OFFSET_RE.test(iso) ? iso : `${iso}Z`);
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: "custom", message: "Datetime has wrong format." });
      return z.NEVER;
    }
    return date;
  });
const zone = z.string({ error: required("Not a valid string.") }).pipe(timeZoneSchema);

function invalidPk(field: string, value: number): DrfError {
  return new DrfError(400, `${field}: Invalid pk "${value}" - object does not exist.`);
}
function invalidChoice(field: string, value: string): DrfError {
  return new DrfError(400, `${field}: Select a valid choice. ${value} is not one of the available choices.`);
}
function onlyFields(body: Record<string, unknown>, allowed: readonly string[], what: string): void {
  const other = Object.keys(body).filter((key) => !allowed.includes(key));
  if (other.length) throw new DrfError(400, `${what}; not ${other.join(", ")}.`);
}

async function practitionerByNumber(db: Db, field: string, number: number): Promise<{ id: string; timeZone: string }> {
  const host = await db.user.findFirst({ where: { number, roles: { has: "host" }, hostProfile: { isNot: null } }, select: { id: true, timeZone: true } });
  if (!host) throw invalidPk(field, number);
  return host;
}

async function serviceByNumber(db: Db, field: string, number: number) {
  const service = await db.service.findFirst({ where: { number, active: true }, select: { id: true, hostId: true, kind: true, durationMinutes: true } });
  if (!service) throw invalidPk(field, number);
  return service;
}

// ---------------------------------------------------------------------------
// Responses

async function authorNumbers(db: Db, notes: NoteView[]): Promise<Map<string, number>> {
  const ids = [...new Set(notes.map((n) => n.author.id))];
  const users = ids.length ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, number: true } }) : [];
  return new Map(users.map((u) => [u.id, u.number]));
}

async function drfNotes(db: Db, notes: NoteView[]) {
  const numbers = await authorNumbers(db, notes);
  return notes.map((note) => toDrfNote(note, numbers.get(note.author.id) ?? null));
}

/** The detail shape of a booking the caller may see (404 otherwise). */
async function detailResponse(actor: Actor, id: string, status = 200): Promise<Response> {
  const db = getPrisma();
  const now = new Date();
  const { row, role } = await loadBookingFor(db, actor, id);
  const [children, notes] = await Promise.all([
    db.booking.findMany({ where: { parentId: row.id }, select: bookingSelect, orderBy: [{ startAt: { sort: "asc", nulls: "last" } }, { number: "asc" }] }),
    listNotes(db, actor, row.id),
  ]);
  const body = toDrfBookingDetail(
    row,
    toBookingView(row, role, now),
    children.map((child) => {
      const { view } = withView(child, actor, now);
      return toDrfBooking(child, view);
    }),
    await drfNotes(db, notes),
  );
  return drfJson(body, { status });
}

const bookingId = (raw: string) => bookingIdByNumber(getPrisma(), raw, notRescheduleHistory);

// ---------------------------------------------------------------------------
// GET /api/v1/drf/bookings/ (list) and POST (create)

type OrderField = "start_time" | "created_at" | "price_charged_cents";
const ORDER_FIELDS: readonly OrderField[] = ["start_time", "created_at", "price_charged_cents"];

function orderBy(terms: OrderTerm<OrderField>[]): Prisma.BookingOrderByWithRelationInput[] {
  const one = (t: OrderTerm<OrderField>): Prisma.BookingOrderByWithRelationInput => {
    const sort = t.desc ? ("desc" as const) : ("asc" as const);
    if (t.field === "start_time") return { startAt: { sort, nulls: "last" } };
    if (t.field === "created_at") return { createdAt: sort };
    return { priceCents: sort };
  };
  return [...terms.map(one), { number: "asc" }];
}

function dayStart(field: string, value: string): Date {
  const parsed = dateSchema.safeParse(value);
  if (!parsed.success) throw new DrfError(400, `${field}: Enter a valid date.`);
  return new Date(`${parsed.data}T00:00:00Z`);
}

function listWhere(url: URL, actor: Actor, now: Date): Prisma.BookingWhereInput {
  const statuses: BookingStatus[] = [];
  for (const word of multiValues(url, "status")) {
    if (!isDialectStatus("001", word)) throw invalidChoice("status", word);
    statuses.push(...fromDialect("001", word));
  }
  const and: Prisma.BookingWhereInput[] = [
    // Role-based visibility from the core: the caller's bookings as client
    // and as practitioner (admins: everyone's).
    bookingListWhere(actor, { role: undefined, status: statuses.length ? statuses : undefined, from: undefined, to: undefined, q: undefined }),
    notRescheduleHistory,
    // A draft is its client's unfinished checkout: nobody else lists it.
    { OR: [{ status: { not: "draft" } }, { clientId: actor.userId }] },
  ];
  const payments = multiValues(url, "payment_status");
  for (const p of payments) if (!(PAYMENT_STATUSES as readonly string[]).includes(p)) throw invalidChoice("payment_status", p);
  if (payments.length) and.push({ paymentStatus: { in: payments as PaymentStatus[] } });

  for (const [key, where] of [
    ["practitioner_id", (n: number): Prisma.BookingWhereInput => ({ host: { number: n } })],
    ["service_id", (n: number): Prisma.BookingWhereInput => ({ service: { is: { number: n } } })],
  ] as const) {
    const raw = singleValue(url, key);
    if (raw === undefined) continue;
    const n = parseIntegerId(raw);
    if (n === null) throw new DrfError(400, `${key}: Enter a number.`);
    and.push(where(n));
  }
  const startDate = singleValue(url, "start_date");
  if (startDate !== undefined) and.push({ startAt: { gte: dayStart("start_date", startDate) } });
  const endDate = singleValue(url, "end_date");
  if (endDate !== undefined) and.push({ endAt: { lt: new Date(dayStart("end_date", endDate).getTime() + 86_400_000) } });

  const types = multiValues(url, "booking_type");
  const kinds: BookingKind[] = [];
  for (const t of types) {
    const mapped = BOOKING_TYPES[t];
    if (!mapped) throw invalidChoice("booking_type", t);
    kinds.push(...mapped);
  }
  if (kinds.length) and.push({ kind: { in: kinds } });

  const upcomingRaw = singleValue(url, "is_upcoming");
  if (upcomingRaw !== undefined) {
    const upcoming = parseBooleanWord(upcomingRaw);
    if (upcoming === undefined) throw new DrfError(400, "is_upcoming: Select a valid choice. Use true or false.");
    and.push(
      upcoming
        ? { status: { in: UPCOMING }, startAt: { gt: now } }
        : { OR: [{ status: { notIn: UPCOMING } }, { startAt: null }, { startAt: { lte: now } }] },
    );
  }
  const search = singleValue(url, "search")?.trim();
  if (search) {
    const contains = { contains: search.slice(0, 200), mode: "insensitive" as const };
    and.push({ OR: [{ title: contains }, { description: contains }, { service: { is: { name: contains } } }, { host: { name: contains } }] });
  }
  return { AND: and };
}

async function list({ request, actor }: DrfContext<NoParams>): Promise<Response> {
  const db = getPrisma();
  const now = new Date();
  const url = new URL(request.url);
  const where = listWhere(url, actor, now);
  const ordering = parseOrdering(url.searchParams.get("ordering"), ORDER_FIELDS, [{ field: "created_at", desc: true }]);
  const count = await db.booking.count({ where });
  const resolved = resolvePage(pageParams(url, PAGE), count);
  const rows = await findBookingPage(db, { where, orderBy: orderBy(ordering), skip: resolved.skip, take: resolved.take });
  const results = rows.map((row) => toDrfBooking(row, withView(row, actor, now).view));
  return drfJson(drfPage(publicUrl(request, PUBLIC_BASE), resolved, count, results));
}

const createSchema = z.strictObject({
  practitioner_id: intId,
  service_id: intId,
  start_time: dateTime,
  end_time: dateTime,
  title: text(200).optional(),
  description: text(5000).optional(),
  client_notes: text(5000).optional(),
  location_id: z.union([z.null(), intId]).optional(),
  service_session_id: z.union([z.null(), intId]).optional(),
  timezone: zone.optional(),
});

async function create({ request, actor }: DrfContext<NoParams>): Promise<Response> {
  const db = getPrisma();
  const input = parseWith(createSchema, await readJsonObject(request));
  if (input.end_time.getTime() <= input.start_time.getTime()) throw new DrfError(400, "end_time: Must be after start_time.");
  const host = await practitionerByNumber(db, "practitioner_id", input.practitioner_id);
  const service = await serviceByNumber(db, "service_id", input.service_id);
  if (service.hostId !== host.id) throw new DrfError(400, "service_id: This service is not offered by this practitioner.");
  if (service.kind !== "individual" && service.kind !== "group") {
    throw new DrfError(400, `service_id: A ${service.kind} is bought with POST ${PUBLIC_BASE}create-${service.kind}/.`);
  }
  if (input.location_id != null) throw invalidPk("location_id", input.location_id);
  let occurrenceId: string | undefined;
  if (input.service_session_id != null) {
    const occurrence = await db.booking.findFirst({ where: { number: input.service_session_id, kind: "group_session", serviceId: service.id }, select: { id: true } });
    if (!occurrence) throw invalidPk("service_session_id", input.service_session_id);
    occurrenceId = occurrence.id;
  }
  const created = await createBooking(db, actor, {
    hostId: host.id,
    serviceId: service.id,
    start: input.start_time,
    end: input.end_time,
    ...(occurrenceId ? { occurrenceId } : {}),
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.description !== undefined ? { description: input.description } : {}),
    ...(input.client_notes !== undefined ? { clientNotes: input.client_notes } : {}),
    ...(input.timezone !== undefined ? { timeZone: input.timezone } : {}),
  });
  return detailResponse(actor, created.id, 201);
}

// ---------------------------------------------------------------------------
// GET/PATCH/DELETE /api/v1/drf/bookings/{id}/

async function retrieve({ actor, params }: DrfContext<Params>): Promise<Response> {
  return detailResponse(actor, await bookingId(params.id));
}

const PATCHABLE = ["title", "description", "client_notes", "location_id", "meeting_url", "meeting_id", "timezone"] as const;
const patchSchema = z.strictObject({
  title: text(200).optional(),
  description: text(5000).optional(),
  client_notes: text(5000).optional(),
  location_id: z.union([z.null(), intId]).optional(),
  meeting_url: z.union([z.null(), z.literal(""), z.url({ protocol: /^https?$/, message: "Enter a valid URL." }).max(2000, "Ensure this field has no more than 2000 characters.")]).optional(),
  meeting_id: z.union([z.null(), text(200)]).optional(),
  timezone: zone.optional(),
});

async function partialUpdate({ request, actor, params }: DrfContext<Params>): Promise<Response> {
  const db = getPrisma();
  const id = await bookingId(params.id);
  const { row, role } = await loadBookingFor(db, actor, id);
  const body = await readJsonObject(request);
  onlyFields(body, PATCHABLE, `Only ${PATCHABLE.join(", ")} can be updated`);
  const input = parseWith(patchSchema, body);
  if (input.location_id != null) throw invalidPk("location_id", input.location_id);
  // Not (yet) writable through the core: accepted when they restate the
  // current value, so a client that PATCHes back what it read still works.
  if (input.meeting_id !== undefined && (input.meeting_id || null) !== (row.meetingUrl ? row.meetingId || null : null)) {
    throw new DrfError(400, "meeting_id: Cannot be changed; it follows meeting_url.");
  }
  if (input.timezone !== undefined && input.timezone !== row.timeZone) {
    throw new DrfError(400, "timezone: The time zone of an existing booking cannot be changed.");
  }
  if (input.meeting_url !== undefined && role === "client") {
    throw new DrfError(403, "Only the practitioner can change meeting_url.");
  }
  const changes: UpdateBookingInput = {
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.description !== undefined ? { description: input.description } : {}),
    ...(input.client_notes !== undefined ? { clientNotes: input.client_notes } : {}),
    ...(input.meeting_url !== undefined ? { meetingUrl: input.meeting_url ?? "" } : {}),
  };
  // DRF's PATCH with nothing to change answers with the object as it is.
  if (Object.keys(changes).length > 0) await updateBooking(db, actor, id, parseWith(updateBookingSchema, changes));
  return detailResponse(actor, id);
}

async function destroy({ actor, params }: DrfContext<Params>): Promise<Response> {
  await cancelBooking(getPrisma(), actor, await bookingId(params.id), {});
  return noContent();
}

// ---------------------------------------------------------------------------
// POST {id}/cancel/, confirm/, complete/, no-show/, reschedule/

const cancelSchema = z.strictObject({
  reason: z.union([z.null(), text(1000)]).optional(),
  canceled_by: z.enum(["client", "practitioner", "system", "admin"], { message: "Select a valid choice: client, practitioner, system or admin." }).optional(),
});

async function cancel({ request, actor, params }: DrfContext<Params>): Promise<Response> {
  const db = getPrisma();
  const id = await bookingId(params.id);
  const { role } = await loadBookingFor(db, actor, id);
  const input = parseWith(cancelSchema, await readJsonObject(request));
  // canceled_by is recorded from who the caller is; a claim of another role is refused.
  if (input.canceled_by !== undefined && input.canceled_by !== ROLE_WORD[role]) {
    throw new DrfError(403, `You cannot cancel as ${input.canceled_by}: you are the ${ROLE_WORD[role]} of this booking.`);
  }
  await cancelBooking(db, actor, id, input.reason ? { reason: input.reason } : {});
  return detailResponse(actor, id);
}

function statusAction(action: HostAction) {
  return async ({ actor, params }: DrfContext<Params>): Promise<Response> => {
    const id = await bookingId(params.id);
    await changeBookingStatus(getPrisma(), actor, id, action);
    return detailResponse(actor, id);
  };
}

const rescheduleSchema = z.strictObject({
  start_time: dateTime,
  end_time: dateTime.optional(),
  reason: z.union([z.null(), text(1000)]).optional(),
});

async function reschedule({ request, actor, params }: DrfContext<Params>): Promise<Response> {
  const id = await bookingId(params.id);
  const input = parseWith(rescheduleSchema, await readJsonObject(request));
  if (input.end_time && input.end_time.getTime() <= input.start_time.getTime()) throw new DrfError(400, "end_time: Must be after start_time.");
  await rescheduleBooking(getPrisma(), actor, id, {
    start: input.start_time,
    ...(input.end_time ? { end: input.end_time } : {}),
    ...(input.reason ? { reason: input.reason } : {}),
  });
  return detailResponse(actor, id);
}

// ---------------------------------------------------------------------------
// GET/POST {id}/notes/

async function notesList({ actor, params }: DrfContext<Params>): Promise<Response> {
  const db = getPrisma();
  return drfJson(await drfNotes(db, await listNotes(db, actor, await bookingId(params.id))));
}

const noteSchema = z.strictObject({
  content: z.string({ error: required("Not a valid string.") }).trim().min(1, "This field may not be blank.").max(10_000, "Ensure this field has no more than 10000 characters."),
  is_private: z.boolean({ message: "Must be a valid boolean." }).optional(),
});

async function notesAdd({ request, actor, params }: DrfContext<Params>): Promise<Response> {
  const db = getPrisma();
  const id = await bookingId(params.id);
  const input = parseWith(noteSchema, await readJsonObject(request));
  const note = await addNote(db, actor, id, { content: input.content, ...(input.is_private !== undefined ? { isPrivate: input.is_private } : {}) });
  return drfJson((await drfNotes(db, [note]))[0], { status: 201 });
}

// ---------------------------------------------------------------------------
// POST check-availability/

const availabilitySchema = z.strictObject({
  practitioner_id: intId,
  service_id: z.union([z.null(), intId]).optional(),
  date: dateField("Date has wrong format. Use one of these formats instead: YYYY-MM-DD."),
  timezone: zone.optional(),
});

async function checkAvailability({ request, actor }: DrfContext<NoParams>): Promise<Response> {
  const db = getPrisma();
  const input = parseWith(availabilitySchema, await readJsonObject(request));
  const host = await practitionerByNumber(db, "practitioner_id", input.practitioner_id);
  let service: Awaited<ReturnType<typeof serviceByNumber>> | null = null;
  if (input.service_id != null) {
    service = await serviceByNumber(db, "service_id", input.service_id);
    if (service.hostId !== host.id) throw new DrfError(400, "service_id: This service is not offered by this practitioner.");
    if (service.kind !== "individual" && service.kind !== "group") throw new DrfError(400, `service_id: A ${service.kind} is not booked at a time.`);
  }
  // The date is read in the given zone, else the caller's own.
  const timeZone = input.timezone ?? (await db.user.findUnique({ where: { id: actor.userId }, select: { timeZone: true } }))?.timeZone ?? "UTC";
  const result = await getSlots(db, actor, host.id, { start: input.date, end: input.date, timeZone, duration: undefined, ...(service ? { serviceId: service.id } : {}) });
  return drfJson({
    available: result.slots.length > 0,
    practitioner_id: input.practitioner_id,
    service_id: input.service_id ?? null,
    date: input.date,
    timezone: timeZone,
    duration_minutes: service?.durationMinutes ?? null,
    slots: result.slots.map((slot) => ({
      start_time: slot.start.replace(/\.\d{3}Z$/, "Z"),
      end_time: slot.end.replace(/\.\d{3}Z$/, "Z"),
      durations: slot.durations,
    })),
  });
}

// ---------------------------------------------------------------------------
// POST create-package/, create-bundle/, create-course/

const purchaseSchema = z.strictObject({ service_id: intId, timezone: zone.optional() });

function purchase(kind: "course" | "package" | "bundle") {
  return async ({ request, actor }: DrfContext<NoParams>): Promise<Response> => {
    const db = getPrisma();
    const input = parseWith(purchaseSchema, await readJsonObject(request));
    const service = await serviceByNumber(db, "service_id", input.service_id);
    if (service.kind !== kind) throw new DrfError(400, `service_id: Service ${input.service_id} is a ${service.kind}, not a ${kind}.`);
    const created = await createPurchase(db, actor, { serviceId: service.id, ...(input.timezone ? { timeZone: input.timezone } : {}) });
    return detailResponse(actor, created.id, 201);
  };
}

// ---------------------------------------------------------------------------
// One object per DRF view; route files export its methods.

export const collectionView = drfView(ESTUARY, { GET: list, POST: create });
export const detailView = drfView<Params>(ESTUARY, { GET: retrieve, PATCH: partialUpdate, DELETE: destroy });
export const cancelView = drfView<Params>(ESTUARY, { POST: cancel });
export const confirmView = drfView<Params>(ESTUARY, { POST: statusAction("confirm") });
export const completeView = drfView<Params>(ESTUARY, { POST: statusAction("complete") });
export const noShowView = drfView<Params>(ESTUARY, { POST: statusAction("no_show") });
export const rescheduleView = drfView<Params>(ESTUARY, { POST: reschedule });
export const notesView = drfView<Params>(ESTUARY, { GET: notesList, POST: notesAdd });
export const checkAvailabilityView = drfView(ESTUARY, { POST: checkAvailability });
export const createPackageView = drfView(ESTUARY, { POST: purchase("package") });
export const createBundleView = drfView(ESTUARY, { POST: purchase("bundle") });
export const createCourseView = drfView(ESTUARY, { POST: purchase("course") });
