// Seed 000 (Mentorship bookings, /api/mentors/bookings/): request -> status/body
// tables per endpoint, for every actor (owning mentee, another client, the
// session's mentor, another mentor, anonymous, admin). Handlers are the route
// files the rewrite serves; the paths passed are the public seed paths.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listGet, POST as listPost, DELETE as listDelete } from "@/app/api/compat/mentorship/route";
import { DELETE as detailDelete, GET as detailGet, PATCH as detailPatch, POST as detailPost, PUT as detailPut } from "@/app/api/compat/mentorship/[id]/route";
import { GET as rescheduleGet, POST as reschedulePost } from "@/app/api/compat/mentorship/[id]/reschedule/route";
import { GET as upcomingGet } from "@/app/api/compat/mentorship/upcoming/route";
import { GET as pastGet } from "@/app/api/compat/mentorship/past/route";
import { GET as statisticsGet, POST as statisticsPost } from "@/app/api/compat/mentorship/statistics/route";
import { formatHHMM, wallTimeToInstant, zonedDate, zonedMinutes } from "@/lib/domain";
import { getPrisma } from "@/lib/db";
import type { Actor } from "@/lib/server/actor";
import { newBookingCode } from "@/lib/server/booking-code";
import { changeBookingStatus } from "@/lib/server/bookings/change-booking-status";
import { createBooking } from "@/lib/server/bookings/create-booking";
import { callRoute } from "../support/call-route";
import { futureStart, makeAdmin, makeHost, makeUser, startInHours, type TestUser } from "../support/fixtures";

const BASE = "/api/mentors/bookings/";
const NY = "America/New_York";
const FIELDS = [
  "id", "mentee_name", "mentor_name", "mentor_id", "mentor_avatar", "mentor_company", "session_date", "session_end_date",
  "start_time", "end_time", "duration_minutes", "session_type", "session_type_display", "status", "status_display", "notes",
  "mentee_notes", "agenda", "meeting_link", "meeting_id", "location", "can_reschedule", "can_cancel", "is_upcoming",
  "created_at", "updated_at",
].sort();
const NO_CREDENTIALS = { detail: "Authentication credentials were not provided." };
const NOT_FOUND = { detail: "Not found." };

let mentor: TestUser; // reviews requests, 24 h cancellation notice
let autoMentor: TestUser; // confirms at once
let otherMentor: TestUser;
let mentee: TestUser; // America/New_York
let otherMentee: TestUser;
let admin: TestUser;

type Session = Record<string, unknown> & { id: number; status: string };
type Who = "mentee" | "otherMentee" | "mentor" | "otherMentor" | "admin" | "anonymous";
const users = () => ({ mentee, otherMentee, mentor, otherMentor, admin });
const tokenOf = (who: Who) => (who === "anonymous" ? undefined : users()[who].token);
const actorOf = (u: TestUser, roles: Actor["roles"] = ["client"]): Actor => ({ userId: u.id, roles, via: "token" });

interface Booked {
  id: string;
  number: number;
}

async function book(by: TestUser, host: TestUser, start: string, duration = 60): Promise<Booked> {
  const view = await createBooking(getPrisma(), actorOf(by), { hostId: host.id, start: new Date(start), duration });
  const { number } = await getPrisma().booking.findUniqueOrThrow({ where: { id: view.id }, select: { number: true } });
  return { id: view.id, number };
}
const confirm = (b: Booked, host: TestUser) => changeBookingStatus(getPrisma(), actorOf(host, ["host", "client"]), b.id, "confirm");

/** A session in the past, written straight to the table (no use-case books the past). */
async function pastSession(client: TestUser, host: TestUser, daysAgo: number, status: "completed" | "no_show" | "cancelled", sessionType: "video" | "chat" = "video"): Promise<Booked> {
  const start = new Date(futureStart(-daysAgo, 9));
  const row = await getPrisma().booking.create({
    data: {
      code: newBookingCode(), kind: "individual", clientId: client.id, hostId: host.id, startAt: start, endAt: new Date(start.getTime() + 3_600_000),
      durationMinutes: 60, status, sessionType, title: "Past session",
    },
    select: { id: true, number: true },
  });
  return row;
}

const get = (number: number | string, who: Who = "mentee") => callRoute(detailGet, { token: tokenOf(who), params: { id: String(number) }, path: `${BASE}${number}/` });
const patch = (number: number | string, body: unknown, who: Who = "mentee") =>
  callRoute(detailPatch, { method: "PATCH", token: tokenOf(who), params: { id: String(number) }, body, path: `${BASE}${number}/` });
const del = (number: number | string, who: Who = "mentee") => callRoute(detailDelete, { method: "DELETE", token: tokenOf(who), params: { id: String(number) }, path: `${BASE}${number}/` });
const resched = (number: number | string, body: unknown, who: Who = "mentee") =>
  callRoute(reschedulePost, { method: "POST", token: tokenOf(who), params: { id: String(number) }, body, path: `${BASE}${number}/reschedule/` });
const list = (query = "", who: Who = "mentee") => callRoute(listGet, { token: tokenOf(who), path: `${BASE}${query}` });

let pending: Booked; // mentee with mentor, 20 days out
let scheduled: Booked; // mentee with mentor, confirmed, 21 days out
let completed: Booked;
let mineAsMentor: Booked; // otherMentee books mentor (the mentor's appointment, not the mentee's)

beforeAll(async () => {
  mentor = await makeHost({ requiresConfirmation: true, minCancelNoticeHours: 24 });
  autoMentor = await makeHost({ requiresConfirmation: false });
  otherMentor = await makeHost();
  mentee = await makeUser({ name: "Mia Mentee", timeZone: "America/New_York" });
  otherMentee = await makeUser({ name: "Otto" });
  admin = await makeAdmin();
  await getPrisma().hostProfile.update({ where: { userId: mentor.id }, data: { company: "Tech Corp" } });
  await getPrisma().user.update({ where: { id: mentor.id }, data: { name: "Jane Smith", avatarUrl: "https://example.com/avatar.jpg" } });
  pending = await book(mentee, mentor, futureStart(20, 14, 30));
  scheduled = await book(mentee, mentor, futureStart(21, 9));
  await confirm(scheduled, mentor);
  completed = await pastSession(mentee, mentor, 5, "completed");
  mineAsMentor = await book(otherMentee, mentor, futureStart(22, 9));
});

describe("GET /api/mentors/bookings/{id}/ (retrieve)", () => {
  it("serializes MentorSessionSerializer exactly", async () => {
    const res = await get(pending.number);
    expect(res.status).toBe(200);
    const body = res.body as Session;
    expect(Object.keys(body).sort()).toEqual(FIELDS);
    const [mentorRow, menteeRow] = await Promise.all([
      getPrisma().user.findUniqueOrThrow({ where: { id: mentor.id }, select: { number: true } }),
      getPrisma().booking.findUniqueOrThrow({ where: { id: pending.id }, select: { createdAt: true } }),
    ]);
    expect(body).toEqual({
      id: pending.number,
      mentee_name: "Mia Mentee",
      mentor_name: "Jane Smith",
      mentor_id: mentorRow.number,
      mentor_avatar: "https://example.com/avatar.jpg",
      mentor_company: "Tech Corp",
      session_date: futureStart(20, 14, 30).replace(".000Z", "Z"),
      session_end_date: futureStart(20, 15, 30).replace(".000Z", "Z"),
      start_time: "14:30:00",
      end_time: "15:30:00",
      duration_minutes: 60,
      session_type: "video",
      session_type_display: "Video Call",
      status: "requested",
      status_display: "Requested",
      notes: "",
      mentee_notes: "",
      agenda: "",
      meeting_link: null,
      meeting_id: null,
      location: "",
      can_reschedule: true,
      can_cancel: true,
      is_upcoming: true,
      created_at: menteeRow.createdAt.toISOString().replace(/\.\d{3}Z$/, "Z"),
      updated_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
    });
  });

  it("a confirmed session is scheduled, with its meeting link and id", async () => {
    const body = (await get(scheduled.number)).body as Session;
    expect(body).toMatchObject({ status: "scheduled", status_display: "Scheduled", meeting_link: expect.stringMatching(/^https:\/\/meet\.jit\.si\//), meeting_id: expect.any(String) });
  });

  it("a past completed session cannot be cancelled or moved", async () => {
    expect((await get(completed.number)).body).toMatchObject({ status: "completed", status_display: "Completed", can_cancel: false, can_reschedule: false, is_upcoming: false });
  });

  it.each([
    { who: "mentee", status: 200 },
    { who: "otherMentee", status: 404, body: NOT_FOUND },
    { who: "mentor", status: 404, body: NOT_FOUND },
    { who: "otherMentor", status: 404, body: NOT_FOUND },
    { who: "admin", status: 404, body: NOT_FOUND },
    { who: "anonymous", status: 401, body: NO_CREDENTIALS },
  ] as const)("as $who -> $status", async ({ who, status, body }) => {
    const res = await get(pending.number, who);
    expect(res.status).toBe(status);
    if (body) expect(res.body).toEqual(body);
    if (status === 401) expect(res.headers.get("www-authenticate")).toBe('Bearer realm="api"');
  });

  it.each(["abc", "0", "-1", "99999999", "1.5"])("id %s -> 404", async (id) => {
    const res = await get(id);
    expect(res.status).toBe(404);
    expect(res.body).toEqual(NOT_FOUND);
  });

  it("the mentor's own appointment is not a mentee session of theirs", async () => {
    expect((await get(mineAsMentor.number, "mentor")).status).toBe(404);
    expect((await get(mineAsMentor.number, "otherMentee")).status).toBe(200);
  });

  it("an invalid token is 401 Invalid token.", async () => {
    const res = await callRoute(detailGet, { token: "sb_nonsense", params: { id: String(pending.number) } });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ detail: "Invalid token." });
  });

  it("POST on a detail is 405 with Allow", async () => {
    const res = await callRoute(detailPost, { method: "POST", token: mentee.token, params: { id: String(pending.number) }, body: {} });
    expect(res.status).toBe(405);
    expect(res.body).toEqual({ detail: 'Method "POST" not allowed.' });
    expect(res.headers.get("allow")).toBe("GET, PUT, PATCH, DELETE, HEAD, OPTIONS");
  });
});

describe("GET /api/mentors/bookings/ (list)", () => {
  it("is DRF-paginated and holds only the caller's own sessions", async () => {
    const res = await list();
    expect(res.status).toBe(200);
    const body = res.body as { count: number; next: string | null; previous: string | null; results: Session[] };
    expect(Object.keys(body)).toEqual(["count", "next", "previous", "results"]);
    expect(body.results.map((s) => s.id).sort()).toEqual([pending.number, scheduled.number, completed.number].sort());
    expect(body.count).toBe(3);
    expect(body.next).toBeNull();
    expect(body.previous).toBeNull();
    for (const s of body.results) expect(Object.keys(s).sort()).toEqual(FIELDS);
  });

  it("default ordering is -scheduled_start", async () => {
    const ids = ((await list()).body as { results: Session[] }).results.map((s) => s.id);
    expect(ids).toEqual([scheduled.number, pending.number, completed.number]);
  });

  it.each([
    { who: "otherMentee", ids: () => [mineAsMentor.number] },
    { who: "mentor", ids: () => [] },
    { who: "otherMentor", ids: () => [] },
    { who: "admin", ids: () => [] },
  ] as const)("as $who sees only their own sessions as a mentee", async ({ who, ids }) => {
    const res = await list("", who);
    expect(res.status).toBe(200);
    expect((res.body as { results: Session[] }).results.map((s) => s.id)).toEqual(ids());
  });

  it("anonymous -> 401", async () => {
    const res = await list("", "anonymous");
    expect(res.status).toBe(401);
    expect(res.body).toEqual(NO_CREDENTIALS);
  });

  it.each([
    { query: "?status=requested", ids: () => [pending.number] },
    { query: "?status=scheduled", ids: () => [scheduled.number] },
    { query: "?status=completed", ids: () => [completed.number] },
    { query: "?status=cancelled", ids: () => [] },
    { query: "?status=no-show", ids: () => [] },
    { query: "?status=requested,scheduled&ordering=scheduled_start", ids: () => [pending.number, scheduled.number] },
    { query: "?session_type=video&ordering=scheduled_start", ids: () => [completed.number, pending.number, scheduled.number] },
    { query: "?session_type=chat", ids: () => [] },
    { query: "?ordering=scheduled_start", ids: () => [completed.number, pending.number, scheduled.number] },
    { query: "?ordering=-created_at", ids: () => [completed.number, scheduled.number, pending.number] },
    { query: "?ordering=created_at", ids: () => [pending.number, scheduled.number, completed.number] },
    { query: "?ordering=status", ids: () => [pending.number, scheduled.number, completed.number] },
    { query: "?ordering=-status", ids: () => [completed.number, scheduled.number, pending.number] },
    { query: "?ordering=password", ids: () => [scheduled.number, pending.number, completed.number] },
    { query: "?unknown=1", ids: () => [scheduled.number, pending.number, completed.number] },
  ])("$query", async ({ query, ids }) => {
    const res = await list(query);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((res.body as { results: Session[] }).results.map((s) => s.id)).toEqual(ids());
  });

  it.each([
    { query: "?status=pending", detail: "Select a valid choice. pending is not one of the available choices." },
    { query: "?status=confirmed", detail: "Select a valid choice. confirmed is not one of the available choices." },
    { query: "?session_type=phone", detail: "Select a valid choice. phone is not one of the available choices." },
    { query: "?page=9", detail: "Invalid page.", status: 404 },
    { query: "?page=0", detail: "Invalid page.", status: 404 },
    { query: "?page=two", detail: "Invalid page.", status: 404 },
  ])("$query -> error", async ({ query, detail, status = 400 }) => {
    const res = await list(query);
    expect(res.status).toBe(status);
    expect(res.body).toEqual({ detail });
  });

  it("page and page_size, with absolute next/previous links at the seed path", async () => {
    const first = (await list("?page_size=2&ordering=scheduled_start")).body as { count: number; next: string; previous: null; results: Session[] };
    expect(first.count).toBe(3);
    expect(first.results.map((s) => s.id)).toEqual([completed.number, pending.number]);
    expect(first.next).toBe("http://localhost/api/mentors/bookings/?page_size=2&ordering=scheduled_start&page=2");
    expect(first.previous).toBeNull();
    const second = (await list("?page_size=2&ordering=scheduled_start&page=2")).body as { next: null; previous: string; results: Session[] };
    expect(second.results.map((s) => s.id)).toEqual([scheduled.number]);
    expect(second.next).toBeNull();
    expect(second.previous).toBe("http://localhost/api/mentors/bookings/?page_size=2&ordering=scheduled_start");
    const last = (await list("?page_size=2&page=last")).body as { results: Session[] };
    expect(last.results).toHaveLength(1);
    // DRF: a bad page_size falls back to the default, a big one is clamped.
    expect(((await list("?page_size=abc")).body as { results: Session[] }).results).toHaveLength(3);
    expect(((await list("?page_size=100000")).body as { results: Session[] }).results).toHaveLength(3);
  });

  it.each([
    { who: "mentee", status: 405 },
    { who: "admin", status: 405 },
    { who: "anonymous", status: 401 },
  ] as const)("POST as $who -> $status (bookings are made at the mentor's endpoints)", async ({ who, status }) => {
    const res = await callRoute(listPost, { method: "POST", token: tokenOf(who), body: { mentor_id: 1 }, path: BASE });
    expect(res.status).toBe(status);
    if (status === 405) {
      expect(res.body).toEqual({ detail: 'Method "POST" not allowed.' });
      expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    }
    expect(await getPrisma().booking.count({ where: { clientId: mentee.id } })).toBe(3);
  });

  it("DELETE on the collection -> 405", async () => {
    expect((await callRoute(listDelete, { method: "DELETE", token: mentee.token, path: BASE })).body).toEqual({ detail: 'Method "DELETE" not allowed.' });
  });
});

describe("PUT/PATCH /api/mentors/bookings/{id}/ (notes, mentee_notes, agenda only)", () => {
  let target: Booked;
  beforeAll(async () => {
    target = await book(mentee, mentor, futureStart(30, 9));
  });

  it("PATCH maps notes, mentee_notes and agenda", async () => {
    const res = await patch(target.number, { notes: "Career guidance", mentee_notes: "Questions about transition", agenda: "Career path options" });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ id: target.number, notes: "Career guidance", mentee_notes: "Questions about transition", agenda: "Career path options", status: "requested" });
    const row = await getPrisma().booking.findUniqueOrThrow({ where: { id: target.id }, select: { notes: true, clientNotes: true, agenda: true } });
    expect(row).toEqual({ notes: "Career guidance", clientNotes: "Questions about transition", agenda: "Career path options" });
  });

  it("PUT works the same", async () => {
    const res = await callRoute(detailPut, { method: "PUT", token: mentee.token, params: { id: String(target.number) }, body: { agenda: "Only the agenda" } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ agenda: "Only the agenda", notes: "Career guidance" });
  });

  it.each([
    { name: "a read-only field", body: { status: "scheduled" }, detail: "Only notes, mentee_notes and agenda can be updated; not status." },
    { name: "the time", body: { notes: "x", session_date: "2030-01-01T10:00:00Z" }, detail: "Only notes, mentee_notes and agenda can be updated; not session_date." },
    { name: "an empty body", body: {}, detail: "Send at least one of notes, mentee_notes, agenda." },
    { name: "a number as notes", body: { notes: 5 }, detail: "notes: Not a valid string." },
    { name: "null as agenda", body: { agenda: null }, detail: "agenda: Not a valid string." },
    { name: "a list body", body: ["notes"], detail: "Invalid data. Expected a dictionary, but got list." },
    { name: "too long", body: { notes: "x".repeat(5001) }, detail: "notes: Ensure this field has no more than 5000 characters." },
  ])("400 for $name", async ({ body, detail }) => {
    const res = await patch(target.number, body);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ detail });
  });

  it("400 for malformed JSON", async () => {
    const res = await callRoute(detailPatch, { method: "PATCH", token: mentee.token, params: { id: String(target.number) }, rawBody: "{notes", headers: { "content-type": "application/json" } });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ detail: expect.any(String) });
  });

  it.each([
    { who: "otherMentee", status: 404 },
    { who: "mentor", status: 404 },
    { who: "otherMentor", status: 404 },
    { who: "admin", status: 404 },
    { who: "anonymous", status: 401 },
  ] as const)("as $who -> $status", async ({ who, status }) => {
    expect((await patch(target.number, { notes: "hijack" }, who)).status).toBe(status);
  });

  it("past and completed sessions cannot be modified (400)", async () => {
    const res = await patch(completed.number, { notes: "late" });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ detail: expect.stringMatching(/completed/) });
  });
});

describe("DELETE /api/mentors/bookings/{id}/ (cancel)", () => {
  it("cancels with 204 No Content; the session then reads cancelled", async () => {
    const b = await book(mentee, mentor, futureStart(31, 9));
    const res = await del(b.number);
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expect((await get(b.number)).body).toMatchObject({ status: "cancelled", status_display: "Cancelled", can_cancel: false, is_upcoming: false });
    const row = await getPrisma().booking.findUniqueOrThrow({ where: { id: b.id }, select: { status: true, cancelledBy: true } });
    expect(row).toEqual({ status: "cancelled", cancelledBy: "client" });
    // Already cancelled: 400.
    const again = await del(b.number);
    expect(again.status).toBe(400);
    expect(again.body).toEqual({ detail: expect.stringMatching(/cancel/i) });
  });

  it.each([
    { name: "completed", status: "completed" as const },
    { name: "no-show", status: "no_show" as const },
  ])("400 for a past $name session", async ({ status }) => {
    const b = await pastSession(mentee, mentor, 7, status);
    expect((await del(b.number)).status).toBe(400);
  });

  it("400 for a confirmed session inside the mentor's cancellation notice", async () => {
    const b = await book(mentee, mentor, startInHours(6), 30);
    await confirm(b, mentor);
    const res = await del(b.number);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ detail: expect.stringMatching(/24 hours/) });
  });

  it.each([
    { who: "otherMentee", status: 404 },
    { who: "mentor", status: 404 },
    { who: "otherMentor", status: 404 },
    { who: "admin", status: 404 },
    { who: "anonymous", status: 401 },
  ] as const)("as $who -> $status, nothing changes", async ({ who, status }) => {
    expect((await del(pending.number, who)).status).toBe(status);
    expect((await get(pending.number)).body).toMatchObject({ status: "requested" });
  });
});

describe("POST /api/mentors/bookings/{id}/reschedule/", () => {
  const date = (days: number) => futureStart(days).slice(0, 10);

  it("reads session_date/start_time in the mentee's time zone and keeps the booking's id", async () => {
    const b = await book(mentee, autoMentor, futureStart(40, 9));
    const res = await resched(b.number, { session_date: date(41), start_time: "14:30", duration: 30 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const expected = wallTimeToInstant(date(41), 14 * 60 + 30, "America/New_York");
    expect(res.body).toMatchObject({
      id: b.number,
      session_date: expected.toISOString().replace(".000Z", "Z"),
      session_end_date: new Date(expected.getTime() + 30 * 60_000).toISOString().replace(".000Z", "Z"),
      start_time: expected.toISOString().slice(11, 19),
      duration_minutes: 30,
      // A mentor who confirms at once: the moved session is scheduled.
      status: "scheduled",
    });
  });

  it("duration is optional (keeps the session's length); HH:MM:SS is accepted", async () => {
    const b = await book(mentee, autoMentor, futureStart(42, 9));
    const res = await resched(b.number, { session_date: date(43), start_time: "11:00:00" });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ duration_minutes: 60 });
  });

  it("a scheduled session of a mentor who reviews changes goes back to requested (documented deviation)", async () => {
    const b = await book(mentee, mentor, futureStart(44, 9));
    await confirm(b, mentor);
    const res = await resched(b.number, { session_date: date(45), start_time: "10:00", duration: 60 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: "requested", status_display: "Requested" });
  });

  it.each([
    { name: "bad date", body: { session_date: "2030-02-30", start_time: "10:00" }, detail: /session_date/ },
    { name: "date-time as date", body: { session_date: "2030-02-10T10:00:00Z", start_time: "10:00" }, detail: /session_date/ },
    { name: "bad time", body: { session_date: "2030-02-10", start_time: "25:00" }, detail: /start_time/ },
    { name: "12h time", body: { session_date: "2030-02-10", start_time: "2:30 PM" }, detail: /start_time/ },
    { name: "missing start_time", body: { session_date: "2030-02-10" }, detail: /start_time/ },
    { name: "missing session_date", body: { start_time: "10:00" }, detail: /session_date/ },
    { name: "negative duration", body: { session_date: "2030-02-10", start_time: "10:00", duration: -30 }, detail: /duration/ },
    { name: "unknown field", body: { session_date: "2030-02-10", start_time: "10:00", mentor_id: 3 }, detail: /mentor_id/ },
  ])("400 for $name", async ({ body, detail }) => {
    const res = await resched(pending.number, body);
    expect(res.status).toBe(400);
    expect((res.body as { detail: string }).detail).toMatch(detail);
  });

  it.each([
    { name: "a duration the mentor does not offer", body: () => ({ session_date: date(50), start_time: "10:00", duration: 45 }) },
    { name: "a start off the slot grid", body: () => ({ session_date: date(50), start_time: "10:10" }) },
    { name: "the past", body: () => ({ session_date: date(-3), start_time: "10:00" }) },
    // mineAsMentor holds the mentor at that hour (read on the mentee's clock).
    { name: "a taken time", body: () => ({ session_date: zonedDate(new Date(futureStart(22, 9)), NY), start_time: formatHHMM(zonedMinutes(new Date(futureStart(22, 9)), NY)) }) },
  ])("400 for $name", async ({ body }) => {
    const res = await resched(pending.number, body());
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body).toEqual({ detail: expect.any(String) });
  });

  it("400 for a completed or cancelled session", async () => {
    expect((await resched(completed.number, { session_date: date(50), start_time: "10:00" })).status).toBe(400);
  });

  it.each([
    { who: "otherMentee", status: 404 },
    { who: "mentor", status: 404 },
    { who: "otherMentor", status: 404 },
    { who: "admin", status: 404 },
    { who: "anonymous", status: 401 },
  ] as const)("as $who -> $status", async ({ who, status }) => {
    expect((await resched(pending.number, { session_date: date(50), start_time: "10:00" }, who)).status).toBe(status);
  });

  it("GET -> 405", async () => {
    const res = await callRoute(rescheduleGet, { token: mentee.token, params: { id: String(pending.number) } });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST, OPTIONS");
  });
});

describe("GET upcoming/, past/, statistics/", () => {
  it("upcoming: the next 10 future requested/scheduled sessions, soonest first, as a plain list", async () => {
    const res = await callRoute(upcomingGet, { token: mentee.token, path: `${BASE}upcoming/` });
    expect(res.status).toBe(200);
    const sessions = res.body as Session[];
    expect(Array.isArray(sessions)).toBe(true);
    expect(sessions.length).toBeLessThanOrEqual(10);
    expect(sessions.every((s) => s.is_upcoming === true && ["requested", "scheduled"].includes(s.status))).toBe(true);
    const dates = sessions.map((s) => s.session_date as string);
    expect([...dates].sort()).toEqual(dates);
    expect(sessions.map((s) => s.id)).toContain(pending.number);
    expect(sessions.map((s) => s.id)).not.toContain(completed.number);
  });

  it("upcoming holds at most 10", async () => {
    const busy = await makeUser();
    for (let i = 0; i < 12; i += 1) await book(busy, autoMentor, futureStart(60 + i, 9), 30);
    const res = await callRoute(upcomingGet, { token: busy.token });
    expect((res.body as Session[]).length).toBe(10);
  });

  it("past: started sessions, latest first, paginated (20 by default)", async () => {
    const res = await callRoute(pastGet, { token: mentee.token, path: `${BASE}past/` });
    expect(res.status).toBe(200);
    const body = res.body as { count: number; next: null; results: Session[] };
    expect(body.results.map((s) => s.id)).toContain(completed.number);
    expect(body.results.every((s) => (s.session_date as string) < new Date().toISOString())).toBe(true);
    const many = await makeUser();
    for (let i = 0; i < 21; i += 1) await pastSession(many, otherMentor, i + 1, "completed");
    const first = (await callRoute(pastGet, { token: many.token, path: `${BASE}past/` })).body as { count: number; next: string; results: Session[] };
    expect(first.count).toBe(21);
    expect(first.results).toHaveLength(20);
    expect(first.next).toBe("http://localhost/api/mentors/bookings/past/?page=2");
    const second = (await callRoute(pastGet, { token: many.token, path: `${BASE}past/?page=2` })).body as { previous: string; results: Session[] };
    expect(second.results).toHaveLength(1);
    expect(second.previous).toBe("http://localhost/api/mentors/bookings/past/");
  });

  it("statistics count the mentee's sessions", async () => {
    const someone = await makeUser();
    await pastSession(someone, mentor, 3, "completed");
    await pastSession(someone, mentor, 4, "completed", "chat");
    await pastSession(someone, mentor, 6, "cancelled");
    await book(someone, autoMentor, futureStart(80, 9), 30);
    const res = await callRoute(statisticsGet, { token: someone.token, path: `${BASE}statistics/` });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      total_sessions: 4,
      completed_sessions: 2,
      upcoming_sessions: 1,
      cancelled_sessions: 1,
      total_hours: 2,
      favorite_session_types: ["video", "chat"],
    });
  });

  it.each([
    { handler: upcomingGet, name: "upcoming" },
    { handler: pastGet, name: "past" },
    { handler: statisticsGet, name: "statistics" },
  ])("$name: anonymous -> 401", async ({ handler }) => {
    const res = await callRoute(handler, {});
    expect(res.status).toBe(401);
    expect(res.body).toEqual(NO_CREDENTIALS);
  });

  it("statistics: POST -> 405", async () => {
    expect((await callRoute(statisticsPost, { method: "POST", token: mentee.token, body: {} })).status).toBe(405);
  });
});
