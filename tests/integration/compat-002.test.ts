// Seed 002 (CultureBridge): /booking and /calendar as the document describes,
// on the shared core. Tables per operation and actor: owning client, another
// client, owning coach, another coach, anonymous, admin.
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as createRouteGet, POST as createRoute } from "@/app/api/compat/culturebridge/booking/route";
import { DELETE as deleteRoute, GET as getRoute } from "@/app/api/compat/culturebridge/booking/[id]/route";
import { PATCH as statusRoute } from "@/app/api/compat/culturebridge/booking/[id]/status/route";
import { GET as clientListRoute } from "@/app/api/compat/culturebridge/booking/client/[clientId]/route";
import { GET as coachListRoute } from "@/app/api/compat/culturebridge/booking/coach/[coachId]/route";
import { GET as availabilityRoute } from "@/app/api/compat/culturebridge/booking/coach/[coachId]/availability/route";
import { GET as authUrlRoute } from "@/app/api/compat/culturebridge/calendar/[provider]/auth-url/route";
import { POST as exchangeRoute } from "@/app/api/compat/culturebridge/calendar/[provider]/exchange-token/route";
import { POST as syncRoute } from "@/app/api/compat/culturebridge/calendar/sync-booking/route";
import { getPrisma } from "@/lib/db";
import { decryptToken, tokenKey } from "@/lib/integrations/calendar/oauth";
import { callRoute } from "../support/call-route";
import { futureStart, makeAdmin, makeHost, makeUser, type TestUser } from "../support/fixtures";

let coach: TestUser;
let otherCoach: TestUser;
let client: TestUser;
let otherClient: TestUser;
let admin: TestUser;
let sleepyCoach: TestUser;

const actors = () => ({ client, otherClient, coach, otherCoach, admin });
type ActorName = keyof ReturnType<typeof actors> | "anonymous";
const tokenOf = (name: ActorName) => (name === "anonymous" ? undefined : actors()[name].token);
const NO_SUCH = "00000000-0000-4000-8000-000000000000";
const noMs = (iso: string) => iso.replace(/\.\d{3}Z$/, "Z");

const create = (as: ActorName, body: Record<string, unknown>) =>
  callRoute(createRoute, { method: "POST", token: tokenOf(as), path: "/booking", body: { coach_id: coach.id, duration_minutes: 60, ...body } });

async function newBooking(days: number, hh: number, as: ActorName = "client", extra: Record<string, unknown> = {}) {
  const res = await create(as, { session_datetime: futureStart(days, hh), ...extra });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; status: string };
}
const getAs = (id: string, as: ActorName) => callRoute(getRoute, { token: tokenOf(as), params: { id }, path: `/booking/${id}` });
const patchStatus = (id: string, as: ActorName, body: unknown) => callRoute(statusRoute, { method: "PATCH", token: tokenOf(as), params: { id }, path: `/booking/${id}/status`, body });
const del = (id: string, as: ActorName) => callRoute(deleteRoute, { method: "DELETE", token: tokenOf(as), params: { id }, path: `/booking/${id}` });

beforeAll(async () => {
  coach = await makeHost({ requiresConfirmation: true, minCancelNoticeHours: 24 });
  otherCoach = await makeHost({ requiresConfirmation: false });
  sleepyCoach = await makeHost({ active: false });
  client = await makeUser({ name: "John Doe" });
  otherClient = await makeUser({ name: "Other Client" });
  admin = await makeAdmin();
  await getPrisma().user.update({ where: { id: coach.id }, data: { name: "Jane Smith" } });
});

describe("POST /booking", () => {
  it("creates a pending booking in the document's shape", async () => {
    const start = futureStart(3, 14);
    const res = await create("client", { session_datetime: start, notes: "Career transition" });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      client_id: client.id,
      client_name: "John Doe",
      client_email: client.email,
      coach_id: coach.id,
      coach_name: "Jane Smith",
      coach_email: coach.email,
      session_datetime: noMs(start),
      duration_minutes: 60,
      status: "pending",
      payment_id: null,
      meeting_link: null,
      notes: "Career transition",
      created_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
      updated_at: expect.stringMatching(/Z$/),
    });
  });

  it.each([
    { name: "anonymous", as: "anonymous", body: { session_datetime: futureStart(3, 9) }, status: 401, detail: "Not authenticated" },
    { name: "duration below 15", body: { session_datetime: futureStart(3, 9), duration_minutes: 10 }, status: 400, detail: /between 15 and 480/ },
    { name: "duration above 480", body: { session_datetime: futureStart(3, 9), duration_minutes: 481 }, status: 400, detail: /between 15 and 480/ },
    { name: "duration not whole", body: { session_datetime: futureStart(3, 9), duration_minutes: 30.5 }, status: 400 },
    { name: "duration the coach does not offer", body: { session_datetime: futureStart(3, 9), duration_minutes: 45 }, status: 400, detail: /30, 60/ },
    { name: "in the past", body: { session_datetime: futureStart(-1, 9) }, status: 400, detail: "Session must be scheduled in the future" },
    { name: "not a date-time", body: { session_datetime: "next tuesday" }, status: 400, detail: /session_datetime/ },
    { name: "impossible date", body: { session_datetime: "2030-02-30T10:00:00Z" }, status: 400 },
    { name: "missing session_datetime", body: {}, status: 400, detail: /session_datetime/ },
    { name: "coach_id not a UUID", body: { coach_id: "coach_1", session_datetime: futureStart(3, 9) }, status: 400, detail: /coach_id/ },
    { name: "unknown coach", body: { coach_id: NO_SUCH, session_datetime: futureStart(3, 9) }, status: 404, detail: "Coach not found" },
    { name: "inactive coach", body: { coach_id: "sleepy", session_datetime: futureStart(3, 9) }, status: 400, detail: "Coach is not active" },
    { name: "booking yourself", as: "coach", body: { session_datetime: futureStart(3, 9) }, status: 400 },
    { name: "off the coach's grid", body: { session_datetime: futureStart(3, 9, 10) }, status: 400, detail: "Time slot is not available" },
  ] as const)("$name -> $status", async (row) => {
    const { body, status, detail } = row;
    const as: ActorName = ("as" in row ? row.as : undefined) ?? "client";
    const res = await create(as, { ...body, ...("coach_id" in body && body.coach_id === "sleepy" ? { coach_id: sleepyCoach.id } : {}) });
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.body).toHaveProperty("detail");
    const actual = (res.body as { detail: unknown }).detail;
    expect(typeof actual).toBe("string");
    if (typeof detail === "string") expect(actual).toBe(detail);
    else if (detail) expect(actual).toMatch(detail);
  });

  it("other methods: 405 in the dialect's shape with Allow", async () => {
    const res = await callRoute(createRouteGet, { method: "GET", token: client.token, path: "/booking" });
    expect(res.status).toBe(405);
    expect(res.body).toEqual({ detail: "Method Not Allowed" });
    expect(res.headers.get("allow")).toBe("POST, OPTIONS");
  });

  it("malformed JSON is a 400 with detail", async () => {
    const res = await callRoute(createRoute, { method: "POST", token: client.token, rawBody: "{", headers: { "content-type": "application/json" } });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ detail: expect.any(String) });
  });

  it("a taken slot is 400 'Time slot is not available' (pending bookings hold their slot)", async () => {
    await newBooking(4, 10);
    const res = await create("otherClient", { session_datetime: futureStart(4, 10, 30), duration_minutes: 30 });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ detail: "Time slot is not available", reason: "host_conflict" });
  });

  it("accepts Token auth and a date-time without zone as UTC", async () => {
    const res = await callRoute(createRoute, {
      method: "POST",
      headers: { authorization: `Token ${client.token}` },
      body: { coach_id: otherCoach.id, session_datetime: futureStart(4, 15).slice(0, 19), duration_minutes: 30 },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    // This coach does not review requests: confirmed at once, with a meeting link.
    expect(res.body).toMatchObject({ status: "confirmed", session_datetime: noMs(futureStart(4, 15)), meeting_link: expect.stringMatching(/^https:\/\//) });
  });
});

describe("GET /booking/{id}", () => {
  let id: string;
  beforeAll(async () => {
    id = (await newBooking(5, 9)).id;
  });

  it.each([
    { as: "client", status: 200 },
    { as: "coach", status: 200 },
    { as: "admin", status: 200 },
    { as: "otherClient", status: 403, detail: "Unauthorized to view this booking" },
    { as: "otherCoach", status: 403, detail: "Unauthorized to view this booking" },
    { as: "anonymous", status: 401, detail: "Not authenticated" },
  ] as const)("as $as -> $status", async ({ as, status, detail }) => {
    const res = await getAs(id, as);
    expect(res.status).toBe(status);
    if (status === 200) expect(res.body).toMatchObject({ id, client_name: "John Doe", client_email: client.email, coach_name: "Jane Smith", coach_email: coach.email, status: "pending" });
    else {
      expect(res.body).toEqual({ detail });
      expect(res.text).not.toContain(client.email);
    }
    if (status === 401) expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
  });

  it.each([NO_SUCH, "42", "not-a-uuid"])("%s -> 404 Booking not found", async (bad) => {
    const res = await getAs(bad, "client");
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ detail: "Booking not found" });
  });
});

describe("GET /booking/client/{id} and /booking/coach/{id}", () => {
  beforeAll(async () => {
    await newBooking(6, 9);
    await newBooking(6, 11);
    const c = await newBooking(6, 13);
    await del(c.id, "client");
  });

  const list = (route: "client" | "coach", id: string, as: ActorName, query = "") =>
    route === "client"
      ? callRoute(clientListRoute, { token: tokenOf(as), params: { clientId: id }, path: `/booking/client/${id}${query}` })
      : callRoute(coachListRoute, { token: tokenOf(as), params: { coachId: id }, path: `/booking/coach/${id}${query}` });

  it.each([
    { who: "client", as: "client", status: 200 },
    { who: "client", as: "admin", status: 200 },
    { who: "client", as: "otherClient", status: 403 },
    { who: "client", as: "coach", status: 403 },
    { who: "client", as: "anonymous", status: 401 },
    { who: "coach", as: "coach", status: 200 },
    { who: "coach", as: "admin", status: 200 },
    { who: "coach", as: "otherCoach", status: 403 },
    { who: "coach", as: "client", status: 403 },
    { who: "coach", as: "anonymous", status: 401 },
  ] as const)("$who list as $as -> $status", async ({ who, as, status }) => {
    const res = who === "client" ? await list("client", client.id, as) : await list("coach", coach.id, as);
    expect(res.status).toBe(status);
    if (status === 200) {
      const body = res.body as { bookings: Array<{ client_id: string; coach_id: string }>; total: number; skip: number; limit: number };
      expect(body).toMatchObject({ skip: 0, limit: 20 });
      expect(body.total).toBeGreaterThanOrEqual(3);
      expect(body.bookings.every((b) => (who === "client" ? b.client_id === client.id : b.coach_id === coach.id))).toBe(true);
    } else expect(res.body).toMatchObject({ detail: expect.any(String) });
  });

  it("skip, limit and status filter", async () => {
    const all = (await list("client", client.id, "client", "?limit=100")).body as { bookings: Array<{ id: string; session_datetime: string }>; total: number };
    expect(all.bookings).toHaveLength(all.total);
    const starts = all.bookings.map((b) => b.session_datetime);
    expect([...starts].sort()).toEqual(starts);
    const page = (await list("client", client.id, "client", "?skip=1&limit=2")).body as { bookings: Array<{ id: string }>; total: number; skip: number; limit: number };
    expect(page).toMatchObject({ skip: 1, limit: 2, total: all.total });
    expect(page.bookings.map((b) => b.id)).toEqual(all.bookings.slice(1, 3).map((b) => b.id));
    const cancelled = (await list("client", client.id, "client", "?status=cancelled")).body as { bookings: Array<{ status: string }>; total: number };
    expect(cancelled.total).toBeGreaterThanOrEqual(1);
    expect(cancelled.bookings.every((b) => b.status === "cancelled")).toBe(true);
  });

  it.each(["?limit=101", "?limit=0", "?skip=-1", "?limit=ten", "?status=bogus", "?status=PENDING"])("%s -> 400", async (query) => {
    const res = await list("client", client.id, "client", query);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ detail: expect.any(String) });
  });
});

describe("PATCH /booking/{id}/status", () => {
  let id: string;
  beforeAll(async () => {
    id = (await newBooking(7, 9)).id;
  });

  it.each([
    { as: "anonymous", body: { status: "confirmed" }, status: 401 },
    { as: "otherClient", body: { status: "confirmed" }, status: 403 },
    { as: "otherCoach", body: { status: "cancelled" }, status: 403 },
    { as: "coach", body: { status: "bogus" }, status: 400 },
    { as: "coach", body: {}, status: 400 },
    { as: "client", body: { status: "confirmed" }, status: 403 },
    { as: "coach", body: { status: "pending" }, status: 400, detail: "Invalid status transition from pending to pending" },
    { as: "coach", body: { status: "completed" }, status: 400, detail: "Invalid status transition from pending to completed" },
    { as: "coach", body: { status: "confirmed" }, status: 200, to: "confirmed" },
    { as: "coach", body: { status: "confirmed" }, status: 400, detail: "Invalid status transition from confirmed to confirmed" },
    { as: "coach", body: { status: "pending" }, status: 400, detail: "Invalid status transition from confirmed to pending" },
    // The session has not happened yet.
    { as: "coach", body: { status: "completed" }, status: 400 },
  ] as const)("$as $body -> $status", async ({ as, body, status, to, detail }) => {
    const res = await patchStatus(id, as, body);
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    if (to) expect(res.body).toMatchObject({ id, status: to, meeting_link: expect.stringMatching(/^https:\/\//) });
    else expect(res.body).toMatchObject({ detail: detail ?? expect.any(String) });
  });

  it("confirmed -> completed once the session has run, then nothing moves", async () => {
    const b = await newBooking(7, 12);
    expect((await patchStatus(b.id, "coach", { status: "confirmed" })).status).toBe(200);
    const past = new Date(Date.now() - 2 * 3_600_000);
    await getPrisma().booking.update({ where: { id: b.id }, data: { startAt: past, endAt: new Date(past.getTime() + 3_600_000) } });
    const done = await patchStatus(b.id, "coach", { status: "completed" });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({ status: "completed" });
    expect(await patchStatus(b.id, "coach", { status: "cancelled" })).toMatchObject({ status: 400, body: { detail: "Invalid status transition from completed to cancelled" } });
  });

  it("client and admin may cancel (pending -> cancelled)", async () => {
    const a = await newBooking(7, 15);
    expect(await patchStatus(a.id, "client", { status: "cancelled" })).toMatchObject({ status: 200, body: { status: "cancelled" } });
    const b = await newBooking(7, 17);
    expect(await patchStatus(b.id, "admin", { status: "cancelled" })).toMatchObject({ status: 200, body: { status: "cancelled" } });
  });
});

describe("DELETE /booking/{id}", () => {
  it.each([
    { as: "anonymous", status: 401 },
    { as: "otherClient", status: 403 },
    { as: "otherCoach", status: 403 },
    { as: "client", status: 204 },
    { as: "coach", status: 204 },
    { as: "admin", status: 204 },
  ] as const)("as $as -> $status", async ({ as, status }) => {
    const b = await newBooking(8, 9 + ["anonymous", "otherClient", "otherCoach", "client", "coach", "admin"].indexOf(as) * 2);
    const res = await del(b.id, as);
    expect(res.status).toBe(status);
    if (status === 204) {
      expect(res.text).toBe("");
      expect((await getAs(b.id, "client")).body).toMatchObject({ status: "cancelled" });
    }
  });

  it("only pending or confirmed bookings can be cancelled", async () => {
    const b = await newBooking(8, 22);
    expect((await del(b.id, "client")).status).toBe(204);
    const again = await del(b.id, "client");
    expect(again.status).toBe(400);
    expect(again.body).toEqual({ detail: "Only pending or confirmed bookings can be cancelled" });
    expect((await del(NO_SUCH, "client")).status).toBe(404);
  });
});

describe("GET /booking/coach/{id}/availability (public)", () => {
  let nyCoach: TestUser;
  let day: string;
  beforeAll(async () => {
    nyCoach = await makeUser({ roles: ["host", "client"], timeZone: "America/New_York" });
    const prisma = getPrisma();
    await prisma.hostProfile.create({ data: { userId: nyCoach.id, minNoticeMinutes: 0, horizonDays: 365, durationsMinutes: [30, 60] } });
    // Tuesdays 13:00-15:00 New York time only.
    await prisma.availabilityRule.create({ data: { hostId: nyCoach.id, dayOfWeek: 2, startTime: "13:00", endTime: "15:00" } });
    const d = new Date(Date.now() + 10 * 86_400_000);
    while (d.getUTCDay() !== 2) d.setUTCDate(d.getUTCDate() + 1);
    day = d.toISOString().slice(0, 10);
  });

  const avail = (coachId: string, query: string, token?: string) =>
    callRoute(availabilityRoute, { token, params: { coachId }, path: `/booking/coach/${coachId}/availability?${query}` });

  it("serves the coach's real hours (not 9-5), in UTC, for the asked duration", async () => {
    const res = await avail(nyCoach.id, `start_date=${day}T00:00:00Z&end_date=${day}T23:59:59Z`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const body = res.body as { coach_id: string; available_slots: Array<{ start: string; end: string; duration_minutes: number }> };
    expect(body.coach_id).toBe(nyCoach.id);
    // 13:00, 13:30, 14:00 New York (EST or EDT) for 60 minutes.
    expect(body.available_slots).toHaveLength(3);
    expect(body.available_slots.every((s) => s.duration_minutes === 60 && /:00Z$/.test(s.start))).toBe(true);
    const first = body.available_slots[0]!;
    expect(["17:00:00Z", "18:00:00Z"]).toContain(first.start.slice(11));
    expect(Date.parse(first.end) - Date.parse(first.start)).toBe(3_600_000);
    const thirty = (await avail(nyCoach.id, `start_date=${day}&end_date=${day}T23:59:59Z&duration_minutes=30`)).body as { available_slots: unknown[] };
    expect(thirty.available_slots).toHaveLength(4);
  });

  it("slots inside the range only, without taken times", async () => {
    const start = futureStart(20, 0);
    const end = futureStart(20, 12);
    const before = (await avail(coach.id, `start_date=${start}&end_date=${end}`)).body as { available_slots: Array<{ start: string; end: string }> };
    expect(before.available_slots.every((s) => s.start >= noMs(start) && s.end <= noMs(end))).toBe(true);
    expect(before.available_slots.map((s) => s.start)).toContain(noMs(futureStart(20, 10)));
    await newBooking(20, 10);
    const after = (await avail(coach.id, `start_date=${start}&end_date=${end}`)).body as { available_slots: Array<{ start: string }> };
    expect(after.available_slots.map((s) => s.start)).not.toContain(noMs(futureStart(20, 10)));
    expect(after.available_slots.map((s) => s.start)).not.toContain(noMs(futureStart(20, 9, 30)));
  });

  it.each([
    { q: () => `start_date=${futureStart(3, 10)}&end_date=${futureStart(3, 9)}`, status: 400, detail: "End date must be after start date" },
    { q: () => `start_date=${futureStart(3, 10)}&end_date=${futureStart(3, 10)}`, status: 400, detail: "End date must be after start date" },
    { q: () => `start_date=${futureStart(3, 0)}&end_date=${futureStart(34, 0)}`, status: 400, detail: "Date range cannot exceed 30 days" },
    { q: () => `end_date=${futureStart(3, 0)}`, status: 400 },
    { q: () => `start_date=tomorrow&end_date=${futureStart(3, 0)}`, status: 400 },
    { q: () => `start_date=${futureStart(3, 0)}&end_date=${futureStart(4, 0)}&duration_minutes=10`, status: 400 },
    { q: () => `start_date=${futureStart(3, 0)}&end_date=${futureStart(4, 0)}&duration_minutes=481`, status: 400 },
    { q: () => `start_date=${futureStart(3, 0)}&end_date=${futureStart(33, 0)}`, status: 200 },
  ])("validation $status", async ({ q, status, detail }) => {
    const res = await avail(coach.id, q());
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    if (detail) expect(res.body).toEqual({ detail });
  });

  it("a length the coach does not offer has no slots; unknown coaches are 404", async () => {
    const q = `start_date=${futureStart(3, 0)}&end_date=${futureStart(4, 0)}`;
    expect((await avail(coach.id, `${q}&duration_minutes=45`)).body).toEqual({ coach_id: coach.id, available_slots: [] });
    expect(await avail(NO_SUCH, q)).toMatchObject({ status: 404, body: { detail: "Coach not found" } });
    expect(await avail("coach_1", q)).toMatchObject({ status: 404, body: { detail: "Coach not found" } });
    expect(((await avail(sleepyCoach.id, q)).body as { available_slots: unknown[] }).available_slots).toEqual([]);
  });

  it("with credentials, the caller's own sessions are taken out too", async () => {
    await callRoute(createRoute, { method: "POST", token: client.token, body: { coach_id: otherCoach.id, session_datetime: futureStart(21, 10), duration_minutes: 60 } });
    const q = `start_date=${futureStart(21, 8)}&end_date=${futureStart(21, 12)}`;
    const anon = (await avail(coach.id, q)).body as { available_slots: Array<{ start: string }> };
    const mine = (await avail(coach.id, q, client.token)).body as { available_slots: Array<{ start: string }> };
    expect(anon.available_slots.map((s) => s.start)).toContain(noMs(futureStart(21, 10)));
    expect(mine.available_slots.map((s) => s.start)).not.toContain(noMs(futureStart(21, 10)));
  });
});

// ---------------------------------------------------------------------------
// Calendar

interface Recorded {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

let fake: Server;
let fakeUrl: string;
const recorded: Recorded[] = [];
const ENV_KEYS = ["GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET", "GOOGLE_TOKEN_URL", "GOOGLE_AUTH_URL", "GOOGLE_CALENDAR_API_URL", "MICROSOFT_CLIENT_ID", "MICROSOFT_CLIENT_SECRET", "MICROSOFT_TOKEN_URL", "MICROSOFT_GRAPH_URL", "CALENDAR_TOKEN_KEY"];
const savedEnv: Record<string, string | undefined> = {};
const KEY = Buffer.alloc(32, 7).toString("base64");

function configureGoogle() {
  process.env.GOOGLE_CLIENT_ID = "test-client-id";
  process.env.GOOGLE_CLIENT_SECRET = "test-client-secret";
  process.env.GOOGLE_TOKEN_URL = `${fakeUrl}/token`;
  process.env.GOOGLE_CALENDAR_API_URL = `${fakeUrl}/calendar/v3`;
  process.env.CALENDAR_TOKEN_KEY = KEY;
}
function unconfigure() {
  for (const key of ENV_KEYS) delete process.env[key];
}

beforeAll(async () => {
  for (const key of ENV_KEYS) savedEnv[key] = process.env[key];
  unconfigure();
  let events = 0;
  fake = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      recorded.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      const send = (status: number, payload: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(payload));
      };
      if (req.url === "/token") {
        const form = new URLSearchParams(body);
        const code = form.get("code") ?? form.get("refresh_token") ?? "";
        if (code === "bad-code") return send(400, { error: "invalid_grant", error_description: "Bad Request" });
        if (code === "boom") return send(500, { error: "server_error" });
        return send(200, { access_token: `access-${code}`, refresh_token: `refresh-${code}`, expires_in: 3599, token_type: "Bearer", scope: "https://www.googleapis.com/auth/calendar.events" });
      }
      // Google takes query parameters such as sendUpdates: route on the path.
      const path = new URL(req.url ?? "/", "http://fake").pathname;
      if (path === "/calendar/v3/calendars/primary/events" && req.method === "POST") return send(200, { id: `evt-${++events}`, status: "confirmed" });
      if (path.startsWith("/calendar/v3/calendars/primary/events/") && req.method === "PATCH") return send(200, { id: path.split("/").pop(), status: "confirmed" });
      send(404, { error: "not found" });
    });
  });
  await new Promise<void>((resolve) => fake.listen(0, "127.0.0.1", resolve));
  fakeUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const key of ENV_KEYS) {
    if (savedEnv[key] === undefined) delete process.env[key];
    else process.env[key] = savedEnv[key];
  }
  await new Promise((resolve) => fake.close(resolve));
});

const authUrl = (provider: string, as: ActorName, query = "?redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb") =>
  callRoute(authUrlRoute, { token: tokenOf(as), params: { provider }, path: `/calendar/${provider}/auth-url${query}` });
const exchange = (provider: string, as: ActorName, body: unknown, query = "?redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb") =>
  callRoute(exchangeRoute, { method: "POST", token: tokenOf(as), params: { provider }, path: `/calendar/${provider}/exchange-token${query}`, body });
const sync = (as: ActorName, body: unknown) => callRoute(syncRoute, { method: "POST", token: tokenOf(as), path: "/calendar/sync-booking", body });

describe("calendar: not configured on this server", () => {
  const GOOGLE_501 = "Google Calendar is not configured on this server (set GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET).";
  const OUTLOOK_501 = "Outlook Calendar is not configured on this server (set MICROSOFT_CLIENT_ID and MICROSOFT_CLIENT_SECRET).";

  it.each([
    { name: "google auth-url", call: () => authUrl("google", "client"), status: 501, detail: GOOGLE_501 },
    { name: "outlook auth-url", call: () => authUrl("outlook", "client"), status: 501, detail: OUTLOOK_501 },
    { name: "google exchange", call: () => exchange("google", "client", { code: "c", state: "s" }), status: 501, detail: GOOGLE_501 },
    { name: "outlook exchange", call: () => exchange("outlook", "client", { code: "c", state: "s" }), status: 501, detail: OUTLOOK_501 },
    { name: "sync google", call: () => sync("client", { booking_id: NO_SUCH, calendar_type: "google", access_token: "x", timezone: "America/New_York" }), status: 501, detail: GOOGLE_501 },
    { name: "sync outlook", call: () => sync("client", { booking_id: NO_SUCH, calendar_type: "outlook" }), status: 501, detail: OUTLOOK_501 },
    { name: "anonymous auth-url", call: () => authUrl("google", "anonymous"), status: 401, detail: "Not authenticated" },
    { name: "anonymous exchange", call: () => exchange("outlook", "anonymous", { code: "c", state: "s" }), status: 401, detail: "Not authenticated" },
    { name: "anonymous sync", call: () => sync("anonymous", { booking_id: NO_SUCH, calendar_type: "google" }), status: 401, detail: "Not authenticated" },
    { name: "auth-url without redirect_uri", call: () => authUrl("google", "client", ""), status: 400 },
    { name: "auth-url with a relative redirect_uri", call: () => authUrl("google", "client", "?redirect_uri=/cb"), status: 400 },
    { name: "exchange without code", call: () => exchange("google", "client", { state: "s" }), status: 400 },
    { name: "sync with an unknown calendar", call: () => sync("client", { booking_id: NO_SUCH, calendar_type: "icloud" }), status: 400 },
    { name: "sync with a bad zone", call: () => sync("client", { booking_id: NO_SUCH, calendar_type: "google", timezone: "Mars/Base" }), status: 400 },
    { name: "unknown provider", call: () => authUrl("yahoo", "client"), status: 404 },
  ])("$name -> $status", async ({ call, status, detail }) => {
    const res = await call();
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.body).toMatchObject({ detail: detail ?? expect.any(String) });
  });

  it("id and secret without CALENDAR_TOKEN_KEY is still not configured", async () => {
    process.env.GOOGLE_CLIENT_ID = "id";
    process.env.GOOGLE_CLIENT_SECRET = "secret";
    try {
      const res = await authUrl("google", "client");
      expect(res.status).toBe(501);
      expect((res.body as { detail: string }).detail).toMatch(/CALENDAR_TOKEN_KEY/);
    } finally {
      unconfigure();
    }
  });
});

describe("calendar: configured (fake Google on 127.0.0.1)", () => {
  beforeAll(configureGoogle);
  afterAll(unconfigure);

  async function start(as: ActorName = "client") {
    const res = await authUrl("google", as);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as { auth_url: string; state: string };
  }

  it("auth-url: a real authorization URL with state and PKCE S256, state stored server-side", async () => {
    const { auth_url, state } = await start();
    const url = new URL(auth_url);
    expect(url.origin + url.pathname).toBe("https://accounts.google.com/o/oauth2/v2/auth");
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: "test-client-id",
      redirect_uri: "https://app.example.com/cb",
      response_type: "code",
      state,
      code_challenge_method: "S256",
      access_type: "offline",
    });
    expect(url.searchParams.get("scope")).toContain("https://www.googleapis.com/auth/calendar.events");
    const saved = await getPrisma().oAuthState.findUnique({ where: { state } });
    expect(saved).toMatchObject({ userId: client.id, provider: "google", redirectUri: "https://app.example.com/cb" });
    const challenge = createHash("sha256").update(saved!.codeVerifier).digest("base64url");
    expect(url.searchParams.get("code_challenge")).toBe(challenge);
    expect(auth_url).not.toContain(saved!.codeVerifier);
  });

  it("exchange-token: posts the code with the PKCE verifier and stores the tokens encrypted", async () => {
    const { state } = await start();
    const verifier = (await getPrisma().oAuthState.findUnique({ where: { state } }))!.codeVerifier;
    recorded.length = 0;
    const res = await exchange("google", "client", { code: "good-code", state });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ access_token: "access-good-code", refresh_token: null, expires_in: 3599, token_type: "Bearer" });
    const call = recorded.find((r) => r.url === "/token");
    expect(call?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(Object.fromEntries(new URLSearchParams(call?.body))).toEqual({
      grant_type: "authorization_code",
      code: "good-code",
      redirect_uri: "https://app.example.com/cb",
      client_id: "test-client-id",
      client_secret: "test-client-secret",
      code_verifier: verifier,
    });
    const connection = await getPrisma().calendarConnection.findUnique({ where: { userId_provider: { userId: client.id, provider: "google" } } });
    expect(connection).not.toBeNull();
    expect(connection!.accessTokenEnc).not.toContain("access-good-code");
    expect(connection!.accessTokenEnc.split(".")).toHaveLength(3);
    expect(decryptToken(connection!.accessTokenEnc, tokenKey(KEY)!)).toBe("access-good-code");
    expect(decryptToken(connection!.refreshTokenEnc!, tokenKey(KEY)!)).toBe("refresh-good-code");
    expect(connection!.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 3_500_000);
    // The state is single use.
    expect((await exchange("google", "client", { code: "good-code", state })).status).toBe(400);
  });

  it.each([
    { name: "unknown state", setup: async () => "made-up", code: "c", status: 400 },
    { name: "someone else's state", setup: async () => (await start("otherClient")).state, code: "c", status: 400 },
    { name: "another redirect_uri", setup: async () => (await start()).state, code: "c", query: "?redirect_uri=https%3A%2F%2Fevil.example%2Fcb", status: 400 },
    { name: "a state for the other provider", setup: async () => (await start()).state, code: "c", provider: "outlook", status: 501 },
    { name: "code refused by Google", setup: async () => (await start()).state, code: "bad-code", status: 400 },
    { name: "Google failing", setup: async () => (await start()).state, code: "boom", status: 502 },
  ])("exchange with $name -> $status", async ({ setup, code, query, provider = "google", status }) => {
    const state = await setup();
    const res = await exchange(provider, "client", { code, state }, query);
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.body).toMatchObject({ detail: expect.any(String) });
  });

  it("an expired state is refused", async () => {
    const { state } = await start();
    await getPrisma().oAuthState.update({ where: { state }, data: { createdAt: new Date(Date.now() - 11 * 60_000) } });
    expect((await exchange("google", "client", { code: "c", state })).status).toBe(400);
  });

  it("sync-booking: needs a connection, then creates and later updates the event", async () => {
    const b = await newBooking(30, 9);
    // The coach has not connected a calendar.
    const none = await sync("coach", { booking_id: b.id, calendar_type: "google" });
    expect(none.status).toBe(400);
    expect((none.body as { detail: string }).detail).toMatch(/exchange-token/);
    expect((await sync("otherClient", { booking_id: b.id, calendar_type: "google" })).status).toBe(403);
    expect((await sync("admin", { booking_id: b.id, calendar_type: "google" })).status).toBe(403);
    expect((await sync("client", { booking_id: NO_SUCH, calendar_type: "google" })).status).toBe(404);

    recorded.length = 0;
    const first = await sync("client", { booking_id: b.id, calendar_type: "google", access_token: "ignored", timezone: "America/New_York" });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toEqual({ event_id: "evt-1", meeting_link: null, status: "confirmed" });
    const post = recorded.find((r) => r.method === "POST");
    expect(post?.headers.authorization).toBe("Bearer access-good-code");
    const event = JSON.parse(post!.body) as { summary: string; start: { dateTime: string; timeZone: string } };
    expect(event.start).toEqual({ dateTime: futureStart(30, 9), timeZone: "America/New_York" });
    expect(event.summary).toContain("Jane Smith");

    const second = await sync("client", { booking_id: b.id, calendar_type: "google" });
    expect(second.body).toMatchObject({ event_id: "evt-1" });
    expect(recorded.filter((r) => r.method === "PATCH")).toHaveLength(1);
    expect(await getPrisma().calendarEvent.count({ where: { bookingId: b.id } })).toBe(1);
  });

  it("sync-booking refreshes an expired access token", async () => {
    await getPrisma().calendarConnection.update({ where: { userId_provider: { userId: client.id, provider: "google" } }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const b = await newBooking(30, 12);
    recorded.length = 0;
    const res = await sync("client", { booking_id: b.id, calendar_type: "google" });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(new URLSearchParams(recorded.find((r) => r.url === "/token")?.body).get("grant_type")).toBe("refresh_token");
    expect(recorded.find((r) => r.method === "POST" && r.url.includes("/events"))?.headers.authorization).toBe("Bearer access-refresh-good-code");
  });
});
