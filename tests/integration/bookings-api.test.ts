// /api/v1/bookings: request -> status/body tables for every operation and every
// actor (owning client, other client, owning host, other host, anonymous, admin).
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/bookings/route";
import { GET as getRoute, PATCH as patchRoute } from "@/app/api/v1/bookings/[id]/route";
import { POST as actionRoute } from "@/app/api/v1/bookings/[id]/[action]/route";
import { GET as notesGet, POST as notesPost } from "@/app/api/v1/bookings/[id]/notes/route";
import { POST as feedbackRoute } from "@/app/api/v1/bookings/[id]/feedback/route";
import { GET as statsRoute } from "@/app/api/v1/bookings/statistics/route";
import { getPrisma } from "@/lib/db";
import { callRoute } from "../support/call-route";
import { futureStart, makeAdmin, makeHost, makeUser, startInHours, type TestUser } from "../support/fixtures";

let host: TestUser;
let otherHost: TestUser;
let client: TestUser;
let otherClient: TestUser;
let admin: TestUser;

const actors = () => ({ client, otherClient, host, otherHost, admin });
type ActorName = keyof ReturnType<typeof actors> | "anonymous";
const tokenOf = (name: ActorName) => (name === "anonymous" ? undefined : actors()[name].token);

async function create(by: TestUser, body: Record<string, unknown>) {
  return callRoute(createRoute, { method: "POST", token: by.token, body: { hostId: host.id, duration: 60, ...body } });
}
async function newBooking(days: number, hh: number, by = client) {
  const res = await create(by, { start: futureStart(days, hh) });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; status: string };
}
const act = (id: string, action: string, name: ActorName, body: unknown = {}) =>
  callRoute(actionRoute, { method: "POST", token: tokenOf(name), params: { id, action }, body });

beforeAll(async () => {
  host = await makeHost({ requiresConfirmation: true, minCancelNoticeHours: 24 });
  otherHost = await makeHost({ requiresConfirmation: false });
  client = await makeUser({ name: "Casey" });
  otherClient = await makeUser({ name: "Other" });
  admin = await makeAdmin();
});

describe("POST /api/v1/bookings", () => {
  const cases: Array<{ name: string; body: () => Record<string, unknown>; as?: ActorName; status: number; code?: string; field?: string }> = [
    { name: "happy path: pending request", body: () => ({ start: futureStart(3, 9) }), status: 201 },
    { name: "end instead of duration", body: () => ({ start: futureStart(3, 11), duration: undefined, end: futureStart(3, 11, 30) }), status: 201 },
    { name: "anonymous", as: "anonymous", body: () => ({ start: futureStart(3, 13) }), status: 401, code: "unauthenticated" },
    { name: "booking yourself", as: "host", body: () => ({ start: futureStart(3, 14) }), status: 400, code: "validation_failed", field: "hostId" },
    { name: "duration not offered", body: () => ({ start: futureStart(3, 15), duration: 45 }), status: 400, code: "validation_failed", field: "duration" },
    { name: "negative duration", body: () => ({ start: futureStart(3, 15), duration: -30 }), status: 400, code: "validation_failed", field: "duration" },
    { name: "not aligned to the interval", body: () => ({ start: futureStart(3, 15, 10) }), status: 409, code: "slot_unavailable" },
    { name: "in the past", body: () => ({ start: futureStart(-2, 10) }), status: 409, code: "slot_unavailable" },
    { name: "beyond the horizon", body: () => ({ start: futureStart(400, 10) }), status: 409, code: "slot_unavailable" },
    { name: "bad date", body: () => ({ start: "2026-02-30T10:00:00Z" }), status: 400, code: "validation_failed", field: "start" },
    { name: "no zone on the instant", body: () => ({ start: "2030-01-01T10:00:00" }), status: 400, code: "validation_failed", field: "start" },
    { name: "client may not set status", body: () => ({ start: futureStart(3, 16), status: "confirmed" }), status: 400, code: "validation_failed", field: "status" },
    { name: "client may not set the price", body: () => ({ start: futureStart(3, 16), priceCents: 0 }), status: 400, code: "validation_failed", field: "priceCents" },
    { name: "unknown host", body: () => ({ hostId: "00000000-0000-4000-8000-000000000000", start: futureStart(3, 16) }), status: 404, code: "not_found" },
    { name: "end before start", body: () => ({ start: futureStart(3, 17), duration: undefined, end: futureStart(3, 16) }), status: 400, code: "validation_failed", field: "end" },
  ];

  it.each(cases)("$name -> $status", async ({ body, as = "client", status, code, field }) => {
    const res = await callRoute(createRoute, { method: "POST", token: tokenOf(as), body: { hostId: host.id, duration: 60, ...body() } });
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    if (status === 201) {
      expect(res.body).toMatchObject({ status: "pending", hostId: host.id, clientId: client.id, code: expect.stringMatching(/^SB-/) });
      expect((res.body as { start: string }).start).toMatch(/Z$/);
      return;
    }
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(res.body).toMatchObject({ status, code });
    if (field) expect((res.body as { errors?: Array<{ field: string }> }).errors?.map((e) => e.field)).toContain(field);
  });

  it("replays a create sent twice with one Idempotency-Key: one booking", async () => {
    const body = { hostId: host.id, start: futureStart(4, 9), duration: 30 };
    const send = (b: unknown) => callRoute(createRoute, { method: "POST", token: client.token, headers: { "idempotency-key": "create-once-1" }, body: b });
    const first = await send(body);
    const again = await send(body);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body).toEqual(first.body);
    expect(await getPrisma().booking.count({ where: { hostId: host.id, startAt: new Date(body.start) } })).toBe(1);
    expect((await send({ ...body, duration: 60 })).status).toBe(422);
  });

  it("refuses an overlapping request with the reason, pending requests included", async () => {
    await newBooking(5, 10);
    const res = await create(otherClient, { start: futureStart(5, 10, 30), duration: 30 });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: "slot_unavailable", reason: "host_conflict" });
  });

  it("refuses a client double booking across hosts", async () => {
    await newBooking(6, 10);
    const res = await callRoute(createRoute, { method: "POST", token: client.token, body: { hostId: otherHost.id, start: futureStart(6, 10), duration: 30 } });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ reason: "client_conflict" });
  });

  it("confirms at once when the host does not review requests", async () => {
    const res = await callRoute(createRoute, { method: "POST", token: client.token, body: { hostId: otherHost.id, start: futureStart(7, 10), duration: 30 } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: "confirmed", meeting: { provider: "jitsi" } });
  });

  it("takes only related clients when the host says so (403 for others)", async () => {
    const picky = await makeHost({ audience: "related_clients" });
    const res = await callRoute(createRoute, { method: "POST", token: client.token, body: { hostId: picky.id, start: futureStart(8, 10), duration: 30 } });
    expect(res.status).toBe(403);
    await getPrisma().clientHostRelation.create({ data: { clientId: client.id, hostId: picky.id } });
    const again = await callRoute(createRoute, { method: "POST", token: client.token, body: { hostId: picky.id, start: futureStart(8, 10), duration: 30 } });
    expect(again.status).toBe(201);
  });
});

describe("reading bookings: someone else's booking is a 404", () => {
  let id: string;
  beforeAll(async () => {
    id = (await newBooking(10, 9)).id;
    await callRoute(notesPost, { method: "POST", token: host.token, params: { id }, body: { content: "host private", isPrivate: true } });
    await callRoute(notesPost, { method: "POST", token: client.token, params: { id }, body: { content: "shared by client" } });
  });

  it.each([
    { as: "client", status: 200 },
    { as: "host", status: 200 },
    { as: "admin", status: 200 },
    { as: "otherClient", status: 404 },
    { as: "otherHost", status: 404 },
    { as: "anonymous", status: 401 },
  ] as const)("GET as $as -> $status", async ({ as, status }) => {
    const res = await callRoute(getRoute, { token: tokenOf(as), params: { id } });
    expect(res.status).toBe(status);
    if (status === 404) expect(res.text).not.toContain(client.email);
  });

  it("404 for a malformed id", async () => {
    expect((await callRoute(getRoute, { token: client.token, params: { id: "42" } })).status).toBe(404);
  });

  it.each([
    { as: "client", sees: ["shared by client"] },
    { as: "host", sees: ["host private", "shared by client"] },
    { as: "otherHost", status: 404 },
  ] as const)("notes as $as", async ({ as, sees, status }) => {
    const res = await callRoute(notesGet, { token: tokenOf(as), params: { id } });
    if (status) return expect(res.status).toBe(status);
    expect((res.body as { items: Array<{ content: string }> }).items.map((n) => n.content).sort()).toEqual([...sees].sort());
  });

  it("lists with filters, sort and pagination", async () => {
    const res = await callRoute(listRoute, { token: client.token, path: "/api/v1/bookings?role=client&status=pending&sort=-start&pageSize=2" });
    expect(res.status).toBe(200);
    const body = res.body as { items: Array<{ start: string; status: string }>; total: number; page: number; pageSize: number };
    expect(body.pageSize).toBe(2);
    expect(body.items.length).toBeLessThanOrEqual(2);
    expect(body.total).toBeGreaterThanOrEqual(2);
    expect(body.items.every((b) => b.status === "pending")).toBe(true);
    const starts = body.items.map((b) => b.start);
    expect([...starts].sort().reverse()).toEqual(starts);
    const other = await callRoute(listRoute, { token: otherClient.token, path: "/api/v1/bookings" });
    expect((other.body as { items: Array<{ id: string }> }).items.some((b) => b.id === id)).toBe(false);
  });

  it.each([
    { path: "/api/v1/bookings?pageSize=500", status: 400 },
    { path: "/api/v1/bookings?sort=hostId", status: 400 },
    { path: "/api/v1/bookings?status=bogus", status: 400 },
    { path: "/api/v1/bookings?from=yesterday", status: 400 },
    { path: "/api/v1/bookings?q=Casey", status: 200 },
  ])("list $path -> $status", async ({ path, status }) => {
    expect((await callRoute(listRoute, { token: host.token, path })).status).toBe(status);
  });
});

describe("the booking lifecycle through actions", () => {
  it.each([
    { action: "confirm", as: "client", status: 403 },
    { action: "confirm", as: "otherHost", status: 404 },
    { action: "confirm", as: "anonymous", status: 401 },
    { action: "confirm", as: "host", status: 200, to: "confirmed" },
    { action: "confirm", as: "host", status: 409, code: "illegal_transition" },
    { action: "complete", as: "host", status: 409, code: "not_modifiable" },
    { action: "teleport", as: "host", status: 404 },
  ] as const)("$action as $as -> $status", async ({ action, as, status, to, code }) => {
    const target = await sharedBooking();
    const res = await act(target, action, as);
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    if (to) expect(res.body).toMatchObject({ status: to, meeting: { provider: "jitsi", url: expect.stringMatching(/^https:\/\/meet\.jit\.si\//) } });
    if (code) expect(res.body).toMatchObject({ code });
    if (code === "illegal_transition") expect(res.body).toMatchObject({ currentStatus: "confirmed" });
  });

  it("decline keeps the reason and frees the slot", async () => {
    const b = await newBooking(12, 9);
    const res = await act(b.id, "decline", "host", { reason: "Travelling" });
    expect(res.body).toMatchObject({ status: "declined", cancellation: { reason: "Travelling", by: "host" } });
    await newBooking(12, 9, otherClient);
  });

  it("cancel records who, why and the notice given, and frees the slot", async () => {
    const b = await newBooking(13, 9);
    const res = await act(b.id, "cancel", "client", { reason: "Sick" });
    expect(res.status).toBe(200);
    const body = res.body as { status: string; cancellation: { by: string; reason: string; noticeHours: number } };
    expect(body.status).toBe("cancelled");
    expect(body.cancellation.by).toBe("client");
    expect(body.cancellation.noticeHours).toBeGreaterThan(13 * 24 - 48);
    expect((await act(b.id, "cancel", "client")).status).toBe(409);
    await newBooking(13, 9, otherClient);
  });

  it("enforces the minimum cancellation notice on clients, not hosts", async () => {
    const res = await create(client, { start: startInHours(6) });
    expect(res.status).toBe(201);
    const b = res.body as { id: string };
    await act(b.id, "confirm", "host");
    const late = await act(b.id, "cancel", "client", { reason: "late" });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: "not_modifiable" });
    expect((await act(b.id, "cancel", "host", { reason: "host emergency" })).status).toBe(200);
  });

  it("reschedule moves the booking, keeps history and revalidates", async () => {
    const b = await newBooking(14, 9);
    await act(b.id, "confirm", "host");
    const bad = await act(b.id, "reschedule", "client", { start: futureStart(14, 9, 10) });
    expect(bad.status).toBe(409);
    const taken = await newBooking(14, 15, otherClient);
    const clash = await act(b.id, "reschedule", "client", { start: futureStart(14, 15) });
    expect(clash.body).toMatchObject({ reason: "host_conflict" });
    const res = await act(b.id, "reschedule", "client", { start: futureStart(14, 11), reason: "Clash at work" });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const moved = res.body as { id: string; start: string; status: string; rescheduledFromId: string; rescheduleReason: string };
    expect(moved.id).toBe(b.id);
    expect(moved.start).toBe(futureStart(14, 11));
    expect(moved.status).toBe("pending");
    expect(moved.rescheduleReason).toBe("Clash at work");
    const history = await getPrisma().booking.findUnique({ where: { id: moved.rescheduledFromId }, select: { status: true, startAt: true } });
    expect(history).toMatchObject({ status: "cancelled", startAt: new Date(futureStart(14, 9)) });
    expect(taken.id).toBeTruthy();
    await newBooking(14, 9, otherClient);
  });

  it("update: editable fields only, host-only fields for hosts", async () => {
    const b = await newBooking(15, 9);
    const patch = (as: ActorName, body: unknown) => callRoute(patchRoute, { method: "PATCH", token: tokenOf(as), params: { id: b.id }, body });
    expect((await patch("client", { agenda: "Roadmap", clientNotes: "Bring CV" })).body).toMatchObject({ agenda: "Roadmap", clientNotes: "Bring CV" });
    expect((await patch("client", { location: "Room 1" })).status).toBe(403);
    expect((await patch("host", { location: "Room 1", meetingUrl: "https://meet.example.org/x" })).body).toMatchObject({ location: "Room 1", meeting: { url: "https://meet.example.org/x" } });
    expect((await patch("client", { status: "confirmed" })).status).toBe(400);
    expect((await patch("client", { startAt: futureStart(20) })).status).toBe(400);
    expect((await patch("client", {})).status).toBe(400);
    expect((await patch("otherClient", { agenda: "x" })).status).toBe(404);
    await act(b.id, "cancel", "client");
    expect((await patch("client", { agenda: "late" })).status).toBe(409);
  });

  it("feedback: client only, after completion, once", async () => {
    const prisma = getPrisma();
    const b = await newBooking(16, 9);
    const fb = (as: ActorName, body: unknown) => callRoute(feedbackRoute, { method: "POST", token: tokenOf(as), params: { id: b.id }, body });
    expect((await fb("client", { rating: 5 })).status).toBe(409);
    await prisma.booking.update({ where: { id: b.id }, data: { status: "completed" } });
    expect((await fb("host", { rating: 5 })).status).toBe(403);
    expect((await fb("client", { rating: 6 })).status).toBe(400);
    expect((await fb("client", { rating: 5, comment: "Great" })).status).toBe(201);
    expect((await fb("client", { rating: 4 })).status).toBe(409);
    expect((await fb("otherClient", { rating: 4 })).status).toBe(404);
  });

  it("statistics count the caller's sessions", async () => {
    const res = await callRoute(statsRoute, { token: client.token, path: "/api/v1/bookings/statistics" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ totalSessions: expect.any(Number), completedSessions: 1, favoriteSessionTypes: ["video"] });
  });

  it("writes an outbox event for every state change", async () => {
    const types = await getPrisma().outboxEvent.findMany({ select: { type: true } });
    const seen = new Set(types.map((t) => t.type));
    for (const type of ["booking.created", "booking.confirmed", "booking.declined", "booking.cancelled", "booking.rescheduled", "booking.updated", "feedback.created"]) {
      expect(seen, type).toContain(type);
    }
  });
});

let shared: string | undefined;
async function sharedBooking(): Promise<string> {
  shared ??= (await newBooking(11, 9)).id;
  return shared;
}
