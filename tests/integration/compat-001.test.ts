// Seed 001 (Estuary bookings v1, /api/v1/drf/bookings/): request -> status/body
// tables per endpoint, for every actor (owning client, another client, owning
// practitioner, another practitioner, anonymous, admin).
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listGet, POST as listPost, PUT as listPut } from "@/app/api/v1/drf/bookings/route";
import { DELETE as detailDelete, GET as detailGet, PATCH as detailPatch, PUT as detailPut } from "@/app/api/v1/drf/bookings/[id]/route";
import { GET as cancelGet, POST as cancelPost } from "@/app/api/v1/drf/bookings/[id]/cancel/route";
import { POST as confirmPost } from "@/app/api/v1/drf/bookings/[id]/confirm/route";
import { POST as completePost } from "@/app/api/v1/drf/bookings/[id]/complete/route";
import { POST as noShowPost } from "@/app/api/v1/drf/bookings/[id]/no-show/route";
import { POST as reschedulePost } from "@/app/api/v1/drf/bookings/[id]/reschedule/route";
import { GET as notesGet, POST as notesPost } from "@/app/api/v1/drf/bookings/[id]/notes/route";
import { POST as availabilityPost } from "@/app/api/v1/drf/bookings/check-availability/route";
import { POST as packagePost } from "@/app/api/v1/drf/bookings/create-package/route";
import { POST as bundlePost } from "@/app/api/v1/drf/bookings/create-bundle/route";
import { POST as coursePost } from "@/app/api/v1/drf/bookings/create-course/route";
import { getPrisma } from "@/lib/db";
import { newBookingCode } from "@/lib/server/booking-code";
import { callRoute, type CallResult } from "../support/call-route";
import { futureStart, makeAdmin, makeHost, makeUser, type TestUser } from "../support/fixtures";

const BASE = "/api/v1/drf/bookings/";
const NO_CREDENTIALS = { detail: "Authentication credentials were not provided." };
const NOT_FOUND = { detail: "Not found" };
const LIST_FIELDS = [
  "id", "public_uuid", "booking_type", "title", "client", "practitioner", "service", "start_time", "end_time", "status",
  "payment_status", "price_charged", "price_charged_cents", "currency", "is_upcoming", "created_at",
].sort();
const DETAIL_FIELDS = [
  ...LIST_FIELDS, "description", "client_notes", "duration_minutes", "timezone", "location", "location_text", "meeting_url", "meeting_id",
  "credits_total", "can_be_canceled", "can_be_rescheduled", "confirmed_at", "canceled_at", "canceled_by", "cancellation_reason",
  "child_bookings", "notes", "updated_at",
].sort();

type Who = "client" | "otherClient" | "practitioner" | "otherPractitioner" | "admin" | "anonymous";
type Booking = Record<string, unknown> & { id: number; status: string; public_uuid: string; child_bookings: Booking[] };
type Page = { count: number; next: string | null; previous: string | null; results: Booking[] };

let practitioner: TestUser; // reviews requests
let autoPractitioner: TestUser; // confirms at once; sells courses, packages, bundles
let otherPractitioner: TestUser;
let client: TestUser;
let otherClient: TestUser;
let admin: TestUser;
const numbers: Record<string, number> = {};
const services: Record<string, { id: string; number: number }> = {};
const users = () => ({ client, otherClient, practitioner, otherPractitioner, admin });
const tokenOf = (who: Who) => (who === "anonymous" ? undefined : users()[who].token);

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;
const post = <P,>(handler: Handler<P>, body: unknown, who: Who = "client", params?: P, path = BASE) =>
  callRoute(handler, { method: "POST", token: tokenOf(who), body, ...(params ? { params } : {}), path });
const onBooking = (handler: Handler<{ id: string }>, id: number, body: unknown, who: Who, suffix: string) =>
  post(handler, body, who, { id: String(id) }, `${BASE}${id}/${suffix}/`);
const get = (id: number | string, who: Who = "client") => callRoute(detailGet, { token: tokenOf(who), params: { id: String(id) }, path: `${BASE}${id}/` });
const list = async (query = "", who: Who = "client") => {
  const res = await callRoute(listGet, { token: tokenOf(who), path: `${BASE}${query}` });
  return res;
};
const ids = (res: CallResult) => (res.body as Page).results.map((b) => b.id);

async function create(body: Record<string, unknown>, who: Who = "client"): Promise<CallResult> {
  return post(listPost, { practitioner_id: numbers.practitioner, service_id: services.consult?.number, ...body }, who);
}
async function created(body: Record<string, unknown>, who: Who = "client"): Promise<Booking> {
  const res = await create(body, who);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as Booking;
}
const slot = (days: number, hh: number, minutes = 60) => ({ start_time: futureStart(days, hh), end_time: futureStart(days, hh, minutes) });

async function pastConfirmed(): Promise<number> {
  const start = new Date(futureStart(-1, 9));
  const row = await getPrisma().booking.create({
    data: { code: newBookingCode(), clientId: client.id, hostId: practitioner.id, startAt: start, endAt: new Date(start.getTime() + 3_600_000), durationMinutes: 60, status: "confirmed", title: "Yesterday" },
    select: { number: true },
  });
  return row.number;
}

beforeAll(async () => {
  const prisma = getPrisma();
  practitioner = await makeHost({ requiresConfirmation: true, minCancelNoticeHours: 24 });
  autoPractitioner = await makeHost({ requiresConfirmation: false });
  otherPractitioner = await makeHost();
  client = await makeUser({ name: "Casey Client" });
  otherClient = await makeUser({ name: "Olive Other" });
  admin = await makeAdmin();
  await prisma.user.update({ where: { id: practitioner.id }, data: { name: "Dr. Smith" } });
  for (const [key, u] of Object.entries(users())) {
    numbers[key] = (await prisma.user.findUniqueOrThrow({ where: { id: u.id }, select: { number: true } })).number;
  }
  numbers.autoPractitioner = (await prisma.user.findUniqueOrThrow({ where: { id: autoPractitioner.id }, select: { number: true } })).number;
  const svc = async (key: string, data: Parameters<typeof prisma.service.create>[0]["data"]) => {
    services[key] = await prisma.service.create({ data, select: { id: true, number: true } });
  };
  await svc("consult", { hostId: practitioner.id, name: "60-minute Consultation", durationMinutes: 60, priceCents: 5000 });
  await svc("quick", { hostId: autoPractitioner.id, name: "Quick chat", durationMinutes: 30, priceCents: 0 });
  await svc("otherConsult", { hostId: otherPractitioner.id, name: "Other consult", durationMinutes: 60 });
  await svc("retired", { hostId: practitioner.id, name: "Retired", durationMinutes: 60, active: false });
  await svc("course", { hostId: autoPractitioner.id, kind: "course", name: "Breathwork course", durationMinutes: 60, priceCents: 12000, capacity: 2 });
  await svc("package", { hostId: autoPractitioner.id, kind: "package", name: "Three quick chats", durationMinutes: 30, priceCents: 2500 });
  await svc("bundle", { hostId: autoPractitioner.id, kind: "bundle", name: "Five sessions", durationMinutes: 60, priceCents: 20000, bundleCredits: 5 });
  await prisma.packageItem.create({ data: { packageId: services.package!.id, serviceId: services.quick!.id, quantity: 3 } });
  for (const days of [50, 57]) {
    const start = new Date(futureStart(days, 18));
    await prisma.booking.create({
      data: { code: newBookingCode(), kind: "group_session", hostId: autoPractitioner.id, serviceId: services.course!.id, startAt: start, endAt: new Date(start.getTime() + 3_600_000), durationMinutes: 60, capacity: 2, status: "confirmed", title: `Breathwork day ${days}` },
    });
  }
});

describe("POST /api/v1/drf/bookings/ (create)", () => {
  it("201 with the detail shape", async () => {
    const res = await create({ ...slot(10, 9), title: "Intro", description: "First talk", client_notes: "Bring notes" });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const b = res.body as Booking;
    expect(Object.keys(b).sort()).toEqual(DETAIL_FIELDS);
    expect(b).toMatchObject({
      id: expect.any(Number),
      public_uuid: expect.stringMatching(/^[0-9a-f-]{36}$/),
      booking_type: "individual",
      title: "Intro",
      description: "First talk",
      client_notes: "Bring notes",
      client: { id: numbers.client, name: "Casey Client", email: client.email },
      practitioner: { id: numbers.practitioner, name: "Dr. Smith", email: practitioner.email },
      service: { id: services.consult!.number, name: "60-minute Consultation", duration_minutes: 60, price_cents: 5000 },
      start_time: futureStart(10, 9).replace(".000Z", "Z"),
      end_time: futureStart(10, 10).replace(".000Z", "Z"),
      status: "pending_payment",
      payment_status: "unpaid",
      price_charged: "50.00",
      price_charged_cents: 5000,
      is_upcoming: true,
      can_be_canceled: true,
      can_be_rescheduled: true,
      child_bookings: [],
      notes: [],
      location: null,
      meeting_url: null,
    });
    const row = await getPrisma().booking.findUniqueOrThrow({ where: { number: b.id }, select: { id: true, status: true, clientNotes: true } });
    expect(row).toEqual({ id: b.public_uuid, status: "pending", clientNotes: "Bring notes" });
  });

  it("a practitioner who confirms at once: confirmed, free, with a meeting", async () => {
    const b = await created({ practitioner_id: numbers.autoPractitioner, service_id: services.quick!.number, ...slot(10, 11, 30) });
    expect(b).toMatchObject({ status: "confirmed", payment_status: "not_required", price_charged: "0.00", meeting_url: expect.stringMatching(/^https:/) });
  });

  it("Token auth header works; a naive date-time is UTC; location_id null is accepted", async () => {
    const res = await callRoute(listPost, {
      method: "POST",
      headers: { authorization: `Token ${client.token}` },
      body: { practitioner_id: numbers.practitioner, service_id: services.consult!.number, start_time: futureStart(10, 13).slice(0, 19), end_time: futureStart(10, 14).slice(0, 19), location_id: null },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ start_time: futureStart(10, 13).replace(".000Z", "Z") });
  });

  it("a practitioner books another practitioner (a personal booking)", async () => {
    const b = await created({ practitioner_id: numbers.autoPractitioner, service_id: services.quick!.number, ...slot(10, 15, 30) }, "practitioner");
    expect(b.client).toMatchObject({ id: numbers.practitioner });
  });

  it.each([
    { name: "missing practitioner_id", body: () => ({ practitioner_id: undefined, ...slot(11, 9) }), detail: "practitioner_id: This field is required." },
    { name: "missing service_id", body: () => ({ service_id: undefined, ...slot(11, 9) }), detail: "service_id: This field is required." },
    { name: "missing start_time", body: () => ({ end_time: futureStart(11, 10) }), detail: "start_time: This field is required." },
    { name: "garbage start_time", body: () => ({ start_time: "tomorrow", end_time: futureStart(11, 10) }), detail: /^start_time: Datetime has wrong format/ },
    { name: "end before start", body: () => ({ start_time: futureStart(11, 10), end_time: futureStart(11, 9) }), detail: "end_time: Must be after start_time." },
    { name: "practitioner_id not a number", body: () => ({ practitioner_id: "dr-smith", ...slot(11, 9) }), detail: "practitioner_id: A valid integer is required." },
    { name: "unknown practitioner", body: () => ({ practitioner_id: 999999, ...slot(11, 9) }), detail: 'practitioner_id: Invalid pk "999999" - object does not exist.' },
    { name: "a client is no practitioner", body: () => ({ practitioner_id: numbers.otherClient, ...slot(11, 9) }), detail: /^practitioner_id: Invalid pk/ },
    { name: "another practitioner's service", body: () => ({ service_id: services.otherConsult!.number, ...slot(11, 9) }), detail: "service_id: This service is not offered by this practitioner." },
    { name: "an inactive service", body: () => ({ service_id: services.retired!.number, ...slot(11, 9) }), detail: /^service_id: Invalid pk/ },
    { name: "a course", body: () => ({ practitioner_id: numbers.autoPractitioner, service_id: services.course!.number, ...slot(11, 9) }), detail: "service_id: A course is bought with POST /api/v1/drf/bookings/create-course/." },
    { name: "a location (no locations exist)", body: () => ({ location_id: 3, ...slot(11, 9) }), detail: 'location_id: Invalid pk "3" - object does not exist.' },
    { name: "an unknown session", body: () => ({ service_session_id: 424242, ...slot(11, 9) }), detail: 'service_session_id: Invalid pk "424242" - object does not exist.' },
    { name: "a read-only field", body: () => ({ status: "confirmed", ...slot(11, 9) }), detail: /status/ },
    { name: "a duration the service does not have", body: () => slot(11, 9, 30), detail: /duration/ },
    { name: "a list body", raw: "[]", detail: "Invalid data. Expected a dictionary, but got list." },
  ])("400 for $name", async ({ body, raw, detail }) => {
    const res = raw
      ? await callRoute(listPost, { method: "POST", token: client.token, rawBody: raw, headers: { "content-type": "application/json" } })
      : await create(body?.() ?? {});
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(Object.keys(res.body as object)).toEqual(["detail"]);
    expect((res.body as { detail: string }).detail).toMatch(detail);
  });

  it("400 for booking yourself", async () => {
    const res = await create(slot(11, 9), "practitioner");
    expect(res.status).toBe(400);
  });

  it("409 Time slot not available, pending requests included", async () => {
    await created(slot(12, 9));
    const res = await create(slot(12, 9), "otherClient");
    expect(res.status).toBe(409);
    expect(res.body).toEqual({ detail: "Time slot not available", reason: "host_conflict" });
  });

  it("409 outside the slot grid / in the past", async () => {
    expect((await create({ start_time: futureStart(12, 9, 10), end_time: futureStart(12, 10, 10) })).status).toBe(409);
    expect((await create(slot(-2, 9))).status).toBe(409);
  });

  it("anonymous -> 401 with a Token challenge", async () => {
    const res = await create(slot(13, 9), "anonymous");
    expect(res.status).toBe(401);
    expect(res.body).toEqual(NO_CREDENTIALS);
    expect(res.headers.get("www-authenticate")).toBe("Token");
  });

  it("PUT on the collection -> 405", async () => {
    const res = await callRoute(listPut, { method: "PUT", token: client.token, body: {} });
    expect(res.status).toBe(405);
    expect(res.body).toEqual({ detail: 'Method "PUT" not allowed.' });
    expect(res.headers.get("allow")).toBe("GET, POST, HEAD, OPTIONS");
  });
});

describe("GET /api/v1/drf/bookings/ (role-based list, filters, pagination)", () => {
  let a: Booking; // client with practitioner, day 20, pending
  let b: Booking; // client with practitioner, day 21, confirmed
  let c: Booking; // otherClient with practitioner, day 22
  let d: Booking; // practitioner's personal booking with autoPractitioner, day 23
  let scope: string;

  beforeAll(async () => {
    a = await created({ ...slot(20, 9), title: "Alpha planning" });
    b = await created({ ...slot(21, 9), description: "Deep dive on zebras" });
    await onBooking(confirmPost, b.id, {}, "practitioner", "confirm");
    c = await created(slot(22, 9), "otherClient");
    d = await created({ practitioner_id: numbers.autoPractitioner, service_id: services.quick!.number, ...slot(23, 9, 30) }, "practitioner");
    // Restrict every listing below to these four and whatever the test adds.
    scope = `start_date=${futureStart(20).slice(0, 10)}&end_date=${futureStart(23).slice(0, 10)}`;
  });

  it("items have the list shape", async () => {
    const res = await list(`?${scope}`);
    expect(res.status).toBe(200);
    expect(Object.keys(res.body as object)).toEqual(["count", "next", "previous", "results"]);
    for (const item of (res.body as Page).results) expect(Object.keys(item).sort()).toEqual(LIST_FIELDS);
  });

  it.each([
    { who: "client", expected: () => [a.id, b.id] },
    { who: "otherClient", expected: () => [c.id] },
    { who: "practitioner", expected: () => [a.id, b.id, c.id, d.id] },
    { who: "otherPractitioner", expected: () => [] },
    { who: "admin", expected: () => [a.id, b.id, c.id, d.id] },
  ] as const)("$who sees their own (as client and as practitioner)", async ({ who, expected }) => {
    const res = await list(`?${scope}&ordering=start_time`, who);
    expect(res.status).toBe(200);
    expect(ids(res)).toEqual(expected());
  });

  it("anonymous -> 401", async () => {
    const res = await list("", "anonymous");
    expect(res.status).toBe(401);
    expect(res.body).toEqual(NO_CREDENTIALS);
  });

  it.each([
    { q: "status=pending_payment", expected: () => [a.id, c.id] },
    { q: "status=confirmed", expected: () => [b.id, d.id] },
    { q: "status=confirmed&status=pending_payment", expected: () => [a.id, b.id, c.id, d.id] },
    { q: "status=canceled,confirmed", expected: () => [b.id, d.id] },
    { q: "payment_status=unpaid", expected: () => [a.id, b.id, c.id] },
    { q: "payment_status=not_required", expected: () => [d.id] },
    { q: "practitioner_id=PRACT", expected: () => [a.id, b.id, c.id] },
    { q: "service_id=QUICK", expected: () => [d.id] },
    { q: "booking_type=individual", expected: () => [a.id, b.id, c.id, d.id] },
    { q: "booking_type=group", expected: () => [] },
    { q: "is_upcoming=true", expected: () => [a.id, b.id, c.id, d.id] },
    { q: "is_upcoming=false", expected: () => [] },
    { q: "search=alpha", expected: () => [a.id] },
    { q: "search=ZEBRAS", expected: () => [b.id] },
    { q: "search=quick chat", expected: () => [d.id] },
    { q: "search=smith", expected: () => [a.id, b.id, c.id] },
    { q: "ordering=-start_time", expected: () => [d.id, c.id, b.id, a.id] },
    { q: "ordering=-created_at", expected: () => [d.id, c.id, b.id, a.id] },
    { q: "ordering=price_charged_cents,start_time", expected: () => [d.id, a.id, b.id, c.id] },
    { q: "ordering=-price_charged_cents,start_time", expected: () => [a.id, b.id, c.id, d.id] },
    { q: "ordering=nonsense", expected: () => [d.id, c.id, b.id, a.id] },
  ])("practitioner ?$q", async ({ q, expected }) => {
    const query = q.replace("PRACT", String(numbers.practitioner)).replace("QUICK", String(services.quick!.number));
    const res = await list(`?${scope}&${query}${query.includes("ordering") ? "" : "&ordering=start_time"}`, "practitioner");
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(ids(res)).toEqual(expected());
  });

  it("start_date / end_date bound by date", async () => {
    expect(ids(await list(`?start_date=${futureStart(21).slice(0, 10)}&end_date=${futureStart(22).slice(0, 10)}&ordering=start_time`, "practitioner"))).toEqual([b.id, c.id]);
  });

  it("canceled bookings list as canceled; is_upcoming=false finds them", async () => {
    const e = await created(slot(23, 11));
    await callRoute(detailDelete, { method: "DELETE", token: client.token, params: { id: String(e.id) } });
    expect(ids(await list(`?${scope}&status=canceled`))).toEqual([e.id]);
    expect(ids(await list(`?${scope}&is_upcoming=false`))).toEqual([e.id]);
  });

  it.each([
    { q: "status=pending", detail: "status: Select a valid choice. pending is not one of the available choices." },
    { q: "status=cancelled", detail: "status: Select a valid choice. cancelled is not one of the available choices." },
    { q: "payment_status=free", detail: "payment_status: Select a valid choice. free is not one of the available choices." },
    { q: "practitioner_id=abc", detail: "practitioner_id: Enter a number." },
    { q: "service_id=1.5", detail: "service_id: Enter a number." },
    { q: "start_date=2024-13-01", detail: "start_date: Enter a valid date." },
    { q: "end_date=tomorrow", detail: "end_date: Enter a valid date." },
    { q: "booking_type=workshop", detail: "booking_type: Select a valid choice. workshop is not one of the available choices." },
    { q: "is_upcoming=maybe", detail: "is_upcoming: Select a valid choice. Use true or false." },
    { q: "page=5", detail: "Invalid page.", status: 404 },
  ])("?$q -> error", async ({ q, detail, status = 400 }) => {
    const res = await list(`?${q}`);
    expect(res.status).toBe(status);
    expect(res.body).toEqual({ detail });
  });

  it("page/page_size with absolute next and previous", async () => {
    scope += "&status=pending_payment&status=confirmed";
    const first = await list(`?${scope}&ordering=start_time&page_size=1`, "practitioner");
    const body = first.body as Page;
    expect(body.count).toBe(4);
    expect(body.results.map((r) => r.id)).toEqual([a.id]);
    expect(body.next).toBe(`http://localhost/api/v1/drf/bookings/?${scope}&ordering=start_time&page_size=1&page=2`);
    expect(body.previous).toBeNull();
    const third = (await list(`?${scope}&ordering=start_time&page_size=1&page=3`, "practitioner")).body as Page;
    expect(third.results.map((r) => r.id)).toEqual([c.id]);
    expect(third.previous).toBe(`http://localhost/api/v1/drf/bookings/?${scope}&ordering=start_time&page_size=1&page=2`);
    const last = (await list(`?${scope}&ordering=start_time&page_size=1&page=last`, "practitioner")).body as Page;
    expect(last.next).toBeNull();
    expect(last.results.map((r) => r.id)).toEqual([d.id]);
  });
});

describe("GET/PATCH/DELETE /api/v1/drf/bookings/{id}/", () => {
  let booking: Booking;
  beforeAll(async () => {
    booking = await created(slot(30, 9));
  });

  it.each([
    { who: "client", status: 200 },
    { who: "practitioner", status: 200 },
    { who: "admin", status: 200 },
    { who: "otherClient", status: 404, body: NOT_FOUND },
    { who: "otherPractitioner", status: 404, body: NOT_FOUND },
    { who: "anonymous", status: 401, body: NO_CREDENTIALS },
  ] as const)("GET as $who -> $status", async ({ who, status, body }) => {
    const res = await get(booking.id, who);
    expect(res.status).toBe(status);
    if (body) expect(res.body).toEqual(body);
    if (status === 200) expect(Object.keys(res.body as object).sort()).toEqual(DETAIL_FIELDS);
  });

  it.each(["abc", "0", "99999999", booking_uuid_placeholder()])("GET %s -> 404", async (id) => {
    expect((await get(id === "UUID" ? booking.public_uuid : id)).status).toBe(404);
  });

  it("PATCH the client's fields", async () => {
    const res = await callRoute(detailPatch, { method: "PATCH", token: client.token, params: { id: String(booking.id) }, body: { title: "Renamed", description: "More", client_notes: "Notes", location_id: null } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ title: "Renamed", description: "More", client_notes: "Notes" });
  });

  it("PATCH meeting_url: practitioner yes, client 403", async () => {
    const patch = (who: Who, body: unknown) => callRoute(detailPatch, { method: "PATCH", token: tokenOf(who), params: { id: String(booking.id) }, body });
    expect((await patch("client", { meeting_url: "https://zoom.us/j/1" })).status).toBe(403);
    const res = await patch("practitioner", { meeting_url: "https://zoom.us/j/1" });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ meeting_url: "https://zoom.us/j/1" });
  });

  it.each([
    { name: "status", body: { status: "confirmed" }, status: 400, detail: /^Only title, description, client_notes, location_id, meeting_url, meeting_id, timezone can be updated; not status\.$/ },
    { name: "start_time", body: { start_time: futureStart(31) }, status: 400, detail: /not start_time/ },
    { name: "a location", body: { location_id: 7 }, status: 400, detail: 'location_id: Invalid pk "7" - object does not exist.' },
    { name: "another timezone", body: { timezone: "Europe/Paris" }, status: 400, detail: /^timezone:/ },
    { name: "a bad timezone", body: { timezone: "Mars/Olympus" }, status: 400, detail: /^timezone:/ },
    { name: "a meeting_id of its own", body: { meeting_id: "123" }, status: 400, detail: /^meeting_id:/ },
    { name: "a bad meeting_url", body: { meeting_url: "ftp://x" }, who: "practitioner", status: 400, detail: /^meeting_url:/ },
    { name: "too long a title", body: { title: "x".repeat(201) }, status: 400, detail: /^title:/ },
  ] as Array<{ name: string; body: Record<string, unknown>; status: number; detail: string | RegExp; who?: Who }>)("PATCH $name -> $status", async ({ body, status, detail, who = "client" }) => {
    const res = await callRoute(detailPatch, { method: "PATCH", token: tokenOf(who), params: { id: String(booking.id) }, body });
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect((res.body as { detail: string }).detail).toMatch(detail);
  });

  it("PATCH restating timezone and meeting_id, or nothing, answers with the booking", async () => {
    const current = (await get(booking.id)).body as Booking;
    const res = await callRoute(detailPatch, { method: "PATCH", token: client.token, params: { id: String(booking.id) }, body: { timezone: current.timezone, meeting_id: current.meeting_id } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await callRoute(detailPatch, { method: "PATCH", token: client.token, params: { id: String(booking.id) }, body: {} })).status).toBe(200);
  });

  it.each([
    { who: "otherClient", status: 404 },
    { who: "otherPractitioner", status: 404 },
    { who: "anonymous", status: 401 },
    { who: "admin", status: 200 },
  ] as const)("PATCH as $who -> $status", async ({ who, status }) => {
    expect((await callRoute(detailPatch, { method: "PATCH", token: tokenOf(who), params: { id: String(booking.id) }, body: { title: "Renamed" } })).status).toBe(status);
  });

  it("PUT -> 405 (PATCH only)", async () => {
    const res = await callRoute(detailPut, { method: "PUT", token: client.token, params: { id: String(booking.id) }, body: { title: "x" } });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, PATCH, DELETE, HEAD, OPTIONS");
  });

  it.each([
    { who: "otherClient", status: 404 },
    { who: "otherPractitioner", status: 404 },
    { who: "anonymous", status: 401 },
  ] as const)("DELETE as $who -> $status", async ({ who, status }) => {
    expect((await callRoute(detailDelete, { method: "DELETE", token: tokenOf(who), params: { id: String(booking.id) } })).status).toBe(status);
  });

  it("DELETE cancels: 204, then canceled; again 400", async () => {
    const del = () => callRoute(detailDelete, { method: "DELETE", token: client.token, params: { id: String(booking.id) } });
    const res = await del();
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expect((await get(booking.id)).body).toMatchObject({ status: "canceled", canceled_by: "client", can_be_canceled: false, is_upcoming: false });
    const again = await del();
    expect(again.status).toBe(400);
    expect(again.body).toEqual({ detail: expect.stringMatching(/cancel/i) });
  });
});

function booking_uuid_placeholder() {
  return "UUID";
}

describe("POST {id}/cancel/, confirm/, complete/, no-show/, reschedule/", () => {
  it.each([
    { name: "client as client", who: "client", body: { reason: "Sick", canceled_by: "client" }, status: 200, by: "client" },
    { name: "client without canceled_by", who: "client", body: {}, status: 200, by: "client" },
    { name: "practitioner as practitioner", who: "practitioner", body: { reason: "Travel", canceled_by: "practitioner" }, status: 200, by: "practitioner" },
    { name: "admin as admin", who: "admin", body: { canceled_by: "admin" }, status: 200, by: "admin" },
    { name: "client claiming practitioner", who: "client", body: { canceled_by: "practitioner" }, status: 403 },
    { name: "client claiming system", who: "client", body: { canceled_by: "system" }, status: 403 },
    { name: "practitioner claiming client", who: "practitioner", body: { canceled_by: "client" }, status: 403 },
    { name: "unknown canceled_by", who: "client", body: { canceled_by: "robot" }, status: 400 },
    { name: "unknown field", who: "client", body: { refund: true }, status: 400 },
    { name: "otherClient", who: "otherClient", body: {}, status: 404 },
    { name: "otherPractitioner", who: "otherPractitioner", body: {}, status: 404 },
    { name: "anonymous", who: "anonymous", body: {}, status: 401 },
  ] as const)("cancel: $name -> $status", async ({ who, body, status, ...rest }) => {
    const b = await created(slot(40, 9));
    const res = await onBooking(cancelPost, b.id, body, who, "cancel");
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    if (status === 200) {
      expect(res.body).toMatchObject({ status: "canceled", canceled_by: "by" in rest ? rest.by : null, cancellation_reason: "reason" in body ? body.reason : "" });
      void who;
    } else {
      expect((await get(b.id)).body).toMatchObject({ status: "pending_payment" });
      await onBooking(cancelPost, b.id, {}, "client", "cancel");
    }
  });

  it("cancel: GET -> 405", async () => {
    expect((await callRoute(cancelGet, { token: client.token, params: { id: "1" } })).status).toBe(405);
  });

  it.each([
    { who: "client", status: 403 },
    { who: "otherPractitioner", status: 404 },
    { who: "anonymous", status: 401 },
    { who: "practitioner", status: 200, to: "confirmed" },
    { who: "admin", status: 200, to: "confirmed" },
  ] as const)("confirm as $who -> $status", async ({ who, status, to }) => {
    const b = await created(slot(41, 9));
    const res = await onBooking(confirmPost, b.id, {}, who, "confirm");
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    if (to) expect(res.body).toMatchObject({ status: to, confirmed_at: expect.any(String), meeting_url: expect.stringMatching(/^https:/) });
    if (status === 200) {
      const again = await onBooking(confirmPost, b.id, {}, who, "confirm");
      expect(again.status).toBe(400);
    }
    await onBooking(cancelPost, b.id, {}, "practitioner", "cancel");
  });

  it.each([
    { handler: completePost, suffix: "complete", to: "completed", hh: 9 },
    { handler: noShowPost, suffix: "no-show", to: "no_show", hh: 11 },
  ])("$suffix: practitioner only, once the session has begun", async ({ handler, suffix, to, hh }) => {
    const future = await created(slot(42, hh));
    await onBooking(confirmPost, future.id, {}, "practitioner", "confirm");
    expect((await onBooking(handler, future.id, {}, "practitioner", suffix)).status).toBe(400);
    const past = await pastConfirmed();
    expect((await onBooking(handler, past, {}, "client", suffix)).status).toBe(403);
    expect((await onBooking(handler, past, {}, "otherPractitioner", suffix)).status).toBe(404);
    expect((await onBooking(handler, past, {}, "anonymous", suffix)).status).toBe(401);
    const res = await onBooking(handler, past, {}, "practitioner", suffix);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: to, can_be_canceled: false });
    expect((await onBooking(handler, past, {}, "practitioner", suffix)).status).toBe(400);
  });

  it("reschedule keeps the id and moves the time", async () => {
    const b = await created(slot(43, 9));
    const res = await onBooking(reschedulePost, b.id, { ...slot(43, 11), reason: "Clash" }, "client", "reschedule");
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ id: b.id, start_time: futureStart(43, 11).replace(".000Z", "Z"), end_time: futureStart(43, 12).replace(".000Z", "Z") });
    // The old time is history, not a second booking in the list.
    const listed = ids(await list(`?start_date=${futureStart(43).slice(0, 10)}&end_date=${futureStart(43).slice(0, 10)}`));
    expect(listed).toEqual([b.id]);
  });

  it.each([
    { name: "taken", body: () => slot(44, 9), status: 409, who: "client" },
    { name: "missing start_time", body: () => ({ end_time: futureStart(44, 12) }), status: 400, who: "client" },
    { name: "end before start", body: () => ({ start_time: futureStart(44, 12), end_time: futureStart(44, 11) }), status: 400, who: "client" },
    { name: "unknown field", body: () => ({ start_time: futureStart(44, 12), practitioner_id: 1 }), status: 400, who: "client" },
    { name: "otherClient", body: () => slot(44, 13), status: 404, who: "otherClient" },
    { name: "anonymous", body: () => slot(44, 13), status: 401, who: "anonymous" },
    { name: "the practitioner", body: () => slot(44, 14), status: 200, who: "practitioner" },
  ] as const)("reschedule: $name -> $status", async ({ body, status, who }) => {
    await created(slot(44, 9), "otherClient").catch(() => undefined);
    const b = await created(slot(44, 10));
    const res = await onBooking(reschedulePost, b.id, body(), who, "reschedule");
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    if (status === 409) expect(res.body).toMatchObject({ detail: "Time slot not available" });
    await onBooking(cancelPost, b.id, {}, "client", "cancel");
  });
});

describe("GET/POST {id}/notes/", () => {
  let b: Booking;
  beforeAll(async () => {
    b = await created(slot(45, 9));
  });

  it("notes: add and read with privacy", async () => {
    const shared = await onBooking(notesPost, b.id, { content: "Note content", is_private: false }, "client", "notes");
    expect(shared.status, JSON.stringify(shared.body)).toBe(201);
    expect(shared.body).toEqual({ id: expect.any(String), content: "Note content", is_private: false, author: { id: numbers.client, name: "Casey Client" }, created_at: expect.stringMatching(/Z$/) });
    expect((await onBooking(notesPost, b.id, { content: "Only mine", is_private: true }, "practitioner", "notes")).status).toBe(201);
    const read = async (who: Who) => callRoute(notesGet, { token: tokenOf(who), params: { id: String(b.id) } });
    expect(((await read("client")).body as Array<{ content: string }>).map((n) => n.content)).toEqual(["Note content"]);
    expect(((await read("practitioner")).body as Array<{ content: string }>).map((n) => n.content)).toEqual(["Note content", "Only mine"]);
    expect((await read("otherClient")).status).toBe(404);
    expect((await read("anonymous")).status).toBe(401);
    expect(((await get(b.id)).body as { notes: unknown[] }).notes).toHaveLength(1);
  });

  it.each([
    { body: { content: "" }, status: 400 },
    { body: {}, status: 400 },
    { body: { content: "x", is_private: "yes" }, status: 400 },
    { body: { content: "x", author: 1 }, status: 400 },
  ])("POST $body -> $status", async ({ body, status }) => {
    expect((await onBooking(notesPost, b.id, body, "client", "notes")).status).toBe(status);
  });

  it.each([
    { who: "otherClient", status: 404 },
    { who: "otherPractitioner", status: 404 },
    { who: "anonymous", status: 401 },
  ] as const)("POST as $who -> $status", async ({ who, status }) => {
    expect((await onBooking(notesPost, b.id, { content: "x" }, who, "notes")).status).toBe(status);
  });
});

describe("POST check-availability/", () => {
  const day = () => futureStart(60).slice(0, 10);

  it("lists the free slots of that date for the service", async () => {
    await created(slot(60, 9));
    const res = await post(availabilityPost, { practitioner_id: numbers.practitioner, service_id: services.consult!.number, date: day(), timezone: "UTC" }, "otherClient");
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const body = res.body as { available: boolean; slots: Array<{ start_time: string; end_time: string; durations: number[] }> };
    expect(body).toMatchObject({ available: true, practitioner_id: numbers.practitioner, service_id: services.consult!.number, date: day(), timezone: "UTC", duration_minutes: 60 });
    const starts = body.slots.map((s) => s.start_time);
    expect(starts).toContain(`${day()}T08:00:00Z`);
    expect(starts).not.toContain(`${day()}T09:00:00Z`);
    expect(starts).not.toContain(`${day()}T08:30:00Z`);
    expect(body.slots[0]).toEqual({ start_time: `${day()}T00:00:00Z`, end_time: `${day()}T01:00:00Z`, durations: [60] });
  });

  it("reads the date in the given time zone; service_id is optional", async () => {
    const res = await post(availabilityPost, { practitioner_id: numbers.practitioner, date: day(), timezone: "America/New_York" });
    const body = res.body as { slots: Array<{ start_time: string; durations: number[] }>; duration_minutes: null };
    expect(body.duration_minutes).toBeNull();
    expect(body.slots[0]?.start_time).toBe(`${day()}T05:00:00Z`);
    expect(body.slots[0]?.durations).toEqual([30, 60]);
  });

  it("a past date has nothing", async () => {
    const res = await post(availabilityPost, { practitioner_id: numbers.practitioner, date: futureStart(-3).slice(0, 10) });
    expect(res.body).toMatchObject({ available: false, slots: [] });
  });

  it.each([
    { body: () => ({ date: day() }), detail: "practitioner_id: This field is required." },
    { body: () => ({ practitioner_id: numbers.practitioner }), detail: /^date:/ },
    { body: () => ({ practitioner_id: numbers.practitioner, date: "15/03/2030" }), detail: /^date:/ },
    { body: () => ({ practitioner_id: numbers.practitioner, date: day(), timezone: "Nowhere/Land" }), detail: /^timezone:/ },
    { body: () => ({ practitioner_id: 999999, date: day() }), detail: /^practitioner_id: Invalid pk/ },
    { body: () => ({ practitioner_id: numbers.practitioner, service_id: services.otherConsult!.number, date: day() }), detail: /^service_id:/ },
    { body: () => ({ practitioner_id: numbers.autoPractitioner, service_id: services.bundle!.number, date: day() }), detail: /^service_id:/ },
  ])("400: $detail", async ({ body, detail }) => {
    const res = await post(availabilityPost, body());
    expect(res.status).toBe(400);
    expect((res.body as { detail: string }).detail).toMatch(detail);
  });

  it("anonymous -> 401", async () => {
    expect((await post(availabilityPost, { practitioner_id: numbers.practitioner, date: day() }, "anonymous")).status).toBe(401);
  });
});

describe("POST create-package/, create-bundle/, create-course/", () => {
  it("create-package: 201, credits per included service", async () => {
    const res = await post(packagePost, { service_id: services.package!.number }, "client", undefined, `${BASE}create-package/`);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const b = res.body as Booking;
    expect(Object.keys(b).sort()).toEqual(DETAIL_FIELDS);
    expect(b).toMatchObject({ booking_type: "package", status: "confirmed", payment_status: "unpaid", price_charged: "25.00", start_time: null, child_bookings: [], credits_total: 3 });
    const credits = await getPrisma().creditLedger.findMany({ where: { clientId: client.id, bookingId: b.public_uuid }, select: { serviceId: true, delta: true } });
    expect(credits).toEqual([{ serviceId: services.quick!.id, delta: 3 }]);
  });

  it("create-bundle: 201, generic credits", async () => {
    const res = await post(bundlePost, { service_id: services.bundle!.number }, "client");
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const b = res.body as Booking;
    expect(b).toMatchObject({ booking_type: "bundle", credits_total: 5, price_charged: "200.00" });
    const credits = await getPrisma().creditLedger.findMany({ where: { bookingId: b.public_uuid }, select: { serviceId: true, delta: true } });
    expect(credits).toEqual([{ serviceId: null, delta: 5 }]);
  });

  it("create-course: 201 with a seat per upcoming session as child_bookings", async () => {
    const res = await post(coursePost, { service_id: services.course!.number }, "client");
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const b = res.body as Booking;
    expect(b).toMatchObject({ booking_type: "course", status: "confirmed", price_charged: "120.00" });
    expect(b.child_bookings.map((c) => [c.booking_type, c.start_time, c.status, c.price_charged])).toEqual([
      ["group", futureStart(50, 18).replace(".000Z", "Z"), "confirmed", "0.00"],
      ["group", futureStart(57, 18).replace(".000Z", "Z"), "confirmed", "0.00"],
    ]);
    // The parent and its seats list for the client; the seats are also in the practitioner's list.
    expect(ids(await list("?booking_type=course"))).toEqual([b.id]);
    expect(ids(await list("?booking_type=group&ordering=start_time"))).toEqual(b.child_bookings.map((c) => c.id));
    // practitioner is not the seller (autoPractitioner): a seat is not theirs to see.
    expect((await get(b.child_bookings[0]!.id, "practitioner")).status).toBe(404);
  });

  it("create-course: 409 when already seated (one seat per client) or full", async () => {
    const again = await post(coursePost, { service_id: services.course!.number }, "client");
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ detail: "Time slot not available", reason: "client_conflict" });
    expect((await post(coursePost, { service_id: services.course!.number }, "otherClient")).status).toBe(201);
    const third = await post(coursePost, { service_id: services.course!.number }, "admin");
    expect(third.status).toBe(409);
    expect(third.body).toEqual({ detail: "Time slot not available", reason: "capacity_full" });
  });

  it.each([
    { name: "package endpoint, bundle service", handler: packagePost, body: () => ({ service_id: services.bundle!.number }), status: 400, detail: /is a bundle, not a package/ },
    { name: "bundle endpoint, individual service", handler: bundlePost, body: () => ({ service_id: services.consult!.number }), status: 400, detail: /is a individual, not a bundle/ },
    { name: "course endpoint, package service", handler: coursePost, body: () => ({ service_id: services.package!.number }), status: 400, detail: /not a course/ },
    { name: "unknown service", handler: bundlePost, body: () => ({ service_id: 999999 }), status: 400, detail: /Invalid pk/ },
    { name: "missing service_id", handler: bundlePost, body: () => ({}), status: 400, detail: "service_id: This field is required." },
    { name: "extra field", handler: bundlePost, body: () => ({ service_id: services.bundle!.number, price: 0 }), status: 400, detail: /price/ },
  ])("$name -> $status", async ({ handler, body, status, detail }) => {
    const res = await post(handler, body());
    expect(res.status).toBe(status);
    expect((res.body as { detail: string }).detail).toMatch(detail);
  });

  it("the seller cannot buy their own bundle; anonymous is 401", async () => {
    const own = await callRoute(bundlePost, { method: "POST", token: autoPractitioner.token, body: { service_id: services.bundle!.number } });
    expect(own.status).toBe(400);
    expect((await post(bundlePost, { service_id: services.bundle!.number }, "anonymous")).status).toBe(401);
  });
});
