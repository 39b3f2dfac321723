// Seed 004 (Zoom meeting booking): /api/bookings/... as the document
// describes, on the shared core. Errors are {"error": ...}.
import { beforeAll, describe, expect, it } from "vitest";
import { DELETE as availDelete } from "@/app/api/compat/zoom/availability/[id]/route";
import { GET as availGet, POST as availPost } from "@/app/api/compat/zoom/availability/route";
import { GET as slotsRoute } from "@/app/api/compat/zoom/slots/available/route";
import { GET as scheduleRoute } from "@/app/api/compat/zoom/schedule/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/compat/zoom/bookings/route";
import { GET as myRoute } from "@/app/api/compat/zoom/bookings/my/route";
import { GET as getRoute, PATCH as patchRoute } from "@/app/api/compat/zoom/bookings/[id]/route";
import { GET as confirmGet, POST as confirmRoute } from "@/app/api/compat/zoom/bookings/[id]/confirm/route";
import { POST as cancelRoute } from "@/app/api/compat/zoom/bookings/[id]/cancel/route";
import { POST as rescheduleRoute } from "@/app/api/compat/zoom/bookings/[id]/reschedule/route";
import { POST as feedbackRoute } from "@/app/api/compat/zoom/feedback/route";
import { getPrisma } from "@/lib/db";
import { wallTimeToInstant } from "@/lib/domain";
import { callRoute } from "../support/call-route";
import { futureStart, makeAdmin, makeHost, makeUser, type TestUser } from "../support/fixtures";

let teacher: TestUser;
let otherTeacher: TestUser;
let student: TestUser;
let otherStudent: TestUser;
let admin: TestUser;

const actors = () => ({ student, otherStudent, teacher, otherTeacher, admin });
type ActorName = keyof ReturnType<typeof actors> | "anonymous";
const tokenOf = (name: ActorName) => (name === "anonymous" ? undefined : actors()[name].token);
const NO_SUCH = "00000000-0000-4000-8000-000000000000";
const noMs = (iso: string) => iso.replace(/\.\d{3}Z$/, "Z");
const UNAUTH = { error: "Authentication credentials were not provided." };

interface ZoomBooking {
  id: string;
  status: string;
  start_time: string;
  zoom_info: { has_meeting: boolean; join_url: string | null };
}

const create = (as: ActorName, body: Record<string, unknown>) =>
  callRoute(createRoute, { method: "POST", token: tokenOf(as), path: "/api/bookings/bookings/", body: { teacher_id: teacher.id, duration: 60, ...body } });
async function newBooking(days: number, hh: number, as: ActorName = "student", extra: Record<string, unknown> = {}): Promise<ZoomBooking> {
  const res = await create(as, { start_time: futureStart(days, hh), ...extra });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as ZoomBooking;
}
const action = (route: typeof confirmRoute, id: string, as: ActorName, body: unknown = {}) => callRoute(route, { method: "POST", token: tokenOf(as), params: { id }, body });

function expectError(res: { status: number; body: unknown }, status: number, error?: string | RegExp) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  const actual = (res.body as { error?: unknown }).error;
  expect(typeof actual).toBe("string");
  if (typeof error === "string") expect(actual).toBe(error);
  else if (error) expect(actual).toMatch(error);
}

beforeAll(async () => {
  teacher = await makeHost({ requiresConfirmation: true, minCancelNoticeHours: 24 });
  otherTeacher = await makeHost({ requiresConfirmation: false });
  student = await makeUser({ name: "John Doe" });
  otherStudent = await makeUser({ name: "Ana Lopez" });
  admin = await makeAdmin();
  await getPrisma().user.update({ where: { id: teacher.id }, data: { name: "Maria Garcia" } });
});

describe("POST /api/bookings/availability/ (0 = Monday, HH:MM:SS)", () => {
  let t: TestUser;
  beforeAll(async () => {
    t = await makeUser({ roles: ["host"], timeZone: "Europe/Madrid" });
  });
  const post = (body: unknown, as: TestUser | null = t) => callRoute(availPost, { method: "POST", token: as?.token, path: "/api/bookings/availability/", body });

  it("a recurring slot is a weekly rule, Monday = 0 here and 1 in the core", async () => {
    const res = await post({ day_of_week: 0, start_time: "09:00:00", end_time: "17:00:00", is_recurring: true, date: null });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toEqual({ id: expect.any(String), teacher: t.id, day_of_week: 0, start_time: "09:00:00", end_time: "17:00:00", is_recurring: true, date: null, is_available: true });
    const rule = await getPrisma().availabilityRule.findUniqueOrThrow({ where: { id: (res.body as { id: string }).id } });
    expect(rule).toMatchObject({ dayOfWeek: 1, startTime: "09:00", endTime: "17:00" });
  });

  it("day 6 is Sunday (core 0); HH:MM is accepted too", async () => {
    const res = await post({ day_of_week: 6, start_time: "10:00", end_time: "12:30:00" });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ day_of_week: 6, start_time: "10:00:00", end_time: "12:30:00", is_recurring: true });
    expect((await getPrisma().availabilityRule.findUniqueOrThrow({ where: { id: (res.body as { id: string }).id } })).dayOfWeek).toBe(0);
  });

  it("a non-recurring slot with a date is a dated override", async () => {
    const res = await post({ day_of_week: 3, start_time: "18:00:00", end_time: "20:00:00", is_recurring: false, date: "2030-01-07" });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    // 2030-01-07 is a Monday: day_of_week follows the date.
    expect(res.body).toMatchObject({ is_recurring: false, date: "2030-01-07", day_of_week: 0, start_time: "18:00:00", end_time: "20:00:00" });
    const override = await getPrisma().availabilityOverride.findUniqueOrThrow({ where: { id: (res.body as { id: string }).id } });
    expect(override).toMatchObject({ startTime: "18:00", endTime: "20:00" });
  });

  it.each([
    { name: "non-recurring without date", body: { start_time: "09:00:00", end_time: "10:00:00", is_recurring: false }, status: 400, error: /date is required/ },
    { name: "recurring without day", body: { start_time: "09:00:00", end_time: "10:00:00" }, status: 400, error: /day_of_week is required/ },
    { name: "bad time", body: { day_of_week: 1, start_time: "9am", end_time: "10:00:00" }, status: 400, error: /start_time/ },
    { name: "seconds", body: { day_of_week: 1, start_time: "09:00:30", end_time: "10:00:00" }, status: 400, error: /start_time/ },
    { name: "day 7", body: { day_of_week: 7, start_time: "09:00:00", end_time: "10:00:00" }, status: 400 },
    { name: "overlap", body: { day_of_week: 0, start_time: "16:00:00", end_time: "18:00:00" }, status: 400, error: /overlaps/ },
    { name: "end before start", body: { day_of_week: 1, start_time: "17:00:00", end_time: "09:00:00" }, status: 400 },
    { name: "bad date", body: { start_time: "09:00:00", end_time: "10:00:00", is_recurring: false, date: "2030-02-30" }, status: 400 },
  ])("$name -> $status", async ({ body, status, error }) => {
    expectError(await post(body), status, error);
  });

  it("teachers only (403); anonymous 401", async () => {
    expectError(await post({ day_of_week: 0, start_time: "09:00:00", end_time: "10:00:00" }, student), 403, "Only teachers can manage availability");
    const anon = await post({ day_of_week: 0, start_time: "09:00:00", end_time: "10:00:00" }, null);
    expect(anon.status).toBe(401);
    expect(anon.body).toEqual(UNAUTH);
  });

  it("GET lists the teacher's slots; DELETE removes one of them", async () => {
    const list = (await callRoute(availGet, { token: t.token })).body as Array<{ id: string; is_recurring: boolean }>;
    expect(list).toHaveLength(3);
    const first = list[0]!;
    expect((await callRoute(availDelete, { method: "DELETE", token: otherTeacher.token, params: { id: first.id } })).status).toBe(404);
    expect((await callRoute(availDelete, { method: "DELETE", token: t.token, params: { id: first.id } })).status).toBe(204);
    expect((await callRoute(availDelete, { method: "DELETE", token: t.token, params: { id: first.id } })).status).toBe(404);
    expectError(await callRoute(availGet, { token: student.token }), 403);
  });
});

describe("GET /api/bookings/slots/available/ (teacher's local time)", () => {
  let ny: TestUser;
  let monday: string;
  beforeAll(async () => {
    ny = await makeUser({ roles: ["host"], timeZone: "America/New_York", name: "Nia York" });
    const prisma = getPrisma();
    await prisma.hostProfile.create({ data: { userId: ny.id, minNoticeMinutes: 0, horizonDays: 365, durationsMinutes: [30, 60], slotIntervalMinutes: 60 } });
    await prisma.availabilityRule.create({ data: { hostId: ny.id, dayOfWeek: 1, startTime: "09:00", endTime: "12:00" } });
    const d = new Date(Date.now() + 10 * 86_400_000);
    while (d.getUTCDay() !== 1) d.setUTCDate(d.getUTCDate() + 1);
    monday = d.toISOString().slice(0, 10);
  });
  const slots = (query: string, as: ActorName = "student") => callRoute(slotsRoute, { token: tokenOf(as), path: `/api/bookings/slots/available/?${query}` });

  it("HH:MM times and zone-less datetimes in the teacher's zone", async () => {
    const res = await slots(`teacher_id=${ny.id}&date=${monday}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({
      date: monday,
      teacher_id: ny.id,
      timezone: "America/New_York",
      available_slots: [
        { start_time: "09:00", end_time: "10:00", datetime_start: `${monday}T09:00:00`, datetime_end: `${monday}T10:00:00` },
        { start_time: "10:00", end_time: "11:00", datetime_start: `${monday}T10:00:00`, datetime_end: `${monday}T11:00:00` },
        { start_time: "11:00", end_time: "12:00", datetime_start: `${monday}T11:00:00`, datetime_end: `${monday}T12:00:00` },
      ],
    });
    const thirty = (await slots(`teacher_id=${ny.id}&date=${monday}&duration=30`)).body as { available_slots: Array<{ end_time: string }> };
    expect(thirty.available_slots.map((s) => s.end_time)).toEqual(["09:30", "10:30", "11:30"]);
  });

  it("a slot's datetime_start can be sent back as start_time (zone-less = teacher's wall time)", async () => {
    const res = await callRoute(createRoute, { method: "POST", token: student.token, body: { teacher_id: ny.id, start_time: `${monday}T10:00:00`, duration: 60 } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect((res.body as { start_time: string }).start_time).toBe(noMs(wallTimeToInstant(monday, 600, "America/New_York").toISOString()));
    const after = (await slots(`teacher_id=${ny.id}&date=${monday}`, "otherStudent")).body as { available_slots: Array<{ start_time: string }> };
    expect(after.available_slots.map((s) => s.start_time)).toEqual(["09:00", "11:00"]);
  });

  it.each([
    { q: () => `teacher_id=${ny.id}&date=${monday}&duration=45`, status: 200, empty: true },
    { q: () => `teacher_id=${ny.id}&date=${monday}&duration=0`, status: 400 },
    { q: () => `teacher_id=${ny.id}`, status: 400 },
    { q: () => `teacher_id=${ny.id}&date=2030-13-01`, status: 400 },
    { q: () => `date=${monday}`, status: 400 },
    { q: () => `teacher_id=teacher-uuid&date=${monday}`, status: 400 },
    { q: () => `teacher_id=${NO_SUCH}&date=${monday}`, status: 404, error: "Teacher not found" },
  ])("validation -> $status", async ({ q, status, empty, error }) => {
    const res = await slots(q());
    if (status === 200) {
      expect(res.status).toBe(200);
      if (empty) expect((res.body as { available_slots: unknown[] }).available_slots).toEqual([]);
    } else expectError(res, status, error);
  });

  it("anonymous -> 401", async () => {
    const res = await slots(`teacher_id=${ny.id}&date=${monday}`, "anonymous");
    expect(res.status).toBe(401);
    expect(res.body).toEqual(UNAUTH);
  });
});

describe("POST /api/bookings/bookings/", () => {
  it("creates a PENDING booking in the document's shape", async () => {
    const start = futureStart(3, 9);
    const res = await create("student", { start_time: start, notes: "Spanish conversation" });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      student: student.id,
      teacher: teacher.id,
      student_name: "John Doe",
      teacher_name: "Maria Garcia",
      start_time: noMs(start),
      end_time: noMs(futureStart(3, 10)),
      duration_minutes: 60,
      status: "PENDING",
      zoom_meeting_id: null,
      zoom_join_url: null,
      notes: "Spanish conversation",
      can_cancel: true,
      can_reschedule: true,
      zoom_info: { meeting_id: null, join_url: null, has_meeting: false },
      cancellation_reason: null,
      created_at: expect.stringMatching(/:\d{2}Z$/),
      updated_at: expect.stringMatching(/Z$/),
    });
  });

  it.each([
    { name: "anonymous", as: "anonymous", body: { start_time: futureStart(3, 11) }, status: 401 },
    { name: "missing teacher_id", body: { teacher_id: undefined, start_time: futureStart(3, 11) }, status: 400, error: /teacher_id/ },
    { name: "teacher_id not a UUID", body: { teacher_id: "uuid-string", start_time: futureStart(3, 11) }, status: 400, error: /teacher_id/ },
    { name: "unknown teacher", body: { teacher_id: NO_SUCH, start_time: futureStart(3, 11) }, status: 404, error: "Teacher not found" },
    { name: "missing start_time", body: {}, status: 400, error: /start_time/ },
    { name: "bad start_time", body: { start_time: "15/01/2025 09:00" }, status: 400, error: /start_time/ },
    { name: "duration 0", body: { start_time: futureStart(3, 11), duration: 0 }, status: 400, error: /duration/ },
    { name: "duration not offered", body: { start_time: futureStart(3, 11), duration: 45 }, status: 400, error: /30, 60/ },
    { name: "in the past", body: { start_time: futureStart(-1, 11) }, status: 400, error: "Time slot is not available" },
    { name: "off the grid", body: { start_time: futureStart(3, 11, 10) }, status: 400, error: "Time slot is not available" },
    { name: "with yourself", as: "teacher", body: { start_time: futureStart(3, 11) }, status: 400 },
  ] as const)("$name -> $status", async (row) => {
    const as: ActorName = ("as" in row ? row.as : undefined) ?? "student";
    const res = await create(as, row.body);
    if (row.status === 401) {
      expect(res.status).toBe(401);
      expect(res.body).toEqual(UNAUTH);
    } else expectError(res, row.status, "error" in row ? row.error : undefined);
  });

  it("a taken slot is 400 'Time slot is not available' with the reason", async () => {
    await newBooking(4, 9);
    const res = await create("otherStudent", { start_time: futureStart(4, 9, 30), duration: 30 });
    expectError(res, 400, "Time slot is not available");
    expect(res.body).toMatchObject({ reason: "host_conflict" });
  });
});

describe("confirm, cancel, reschedule", () => {
  it.each([
    { as: "anonymous", status: 401 },
    { as: "student", status: 403, error: "Only teachers can confirm bookings" },
    { as: "otherStudent", status: 404, error: "Booking not found" },
    { as: "otherTeacher", status: 404, error: "Booking not found" },
    { as: "teacher", status: 200 },
    { as: "admin", status: 200 },
  ] as const)("confirm as $as -> $status", async ({ as, status, error }) => {
    const b = await newBooking(5, 8 + ["anonymous", "student", "otherStudent", "otherTeacher", "teacher", "admin"].indexOf(as) * 2);
    const res = await action(confirmRoute, b.id, as);
    if (status === 200) {
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const body = res.body as { message: string; booking: ZoomBooking & { zoom_join_url: string; zoom_meeting_id: string }; zoom_info: { join_url: string; meeting_id: string; password: null } };
      expect(body.message).toBe("Booking confirmed and Zoom meeting created");
      expect(body.booking).toMatchObject({ id: b.id, status: "CONFIRMED", zoom_info: { has_meeting: true } });
      expect(body.zoom_info).toEqual({ join_url: body.booking.zoom_join_url, meeting_id: body.booking.zoom_meeting_id, password: null });
      expect(body.zoom_info.join_url).toMatch(/^https:\/\//);
      expectError(await action(confirmRoute, b.id, "teacher"), 400, "Cannot confirm a booking that is CONFIRMED");
    } else if (status === 401) expect(res.body).toEqual(UNAUTH);
    else expectError(res, status, error);
  });

  it("GET on confirm/ is a 405 in the dialect's shape", async () => {
    const res = await callRoute(confirmGet, { method: "GET", token: teacher.token, params: { id: NO_SUCH } });
    expect(res.status).toBe(405);
    expect(res.body).toEqual({ error: 'Method "GET" not allowed.' });
    expect(res.headers.get("allow")).toBe("POST, OPTIONS");
  });

  it("an inactive teacher takes no bookings", async () => {
    const sleepy = await makeHost({ active: false });
    expectError(await create("student", { teacher_id: sleepy.id, start_time: futureStart(5, 9) }), 400, "Teacher is not accepting bookings");
  });

  it("cancel with a reason; only the parties; not twice", async () => {
    const b = await newBooking(6, 9);
    expectError(await action(cancelRoute, b.id, "otherStudent", { reason: "x" }), 404);
    expect((await action(cancelRoute, b.id, "anonymous")).status).toBe(401);
    const res = await action(cancelRoute, b.id, "student", { reason: "Schedule conflict" });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ message: "Booking cancelled successfully", booking: { id: b.id, status: "CANCELLED", cancellation_reason: "Schedule conflict" } });
    expectError(await action(cancelRoute, b.id, "student", {}), 400, "Cannot cancel a booking that is CANCELLED");
    const t = await newBooking(6, 11);
    expect(await action(cancelRoute, t.id, "teacher")).toMatchObject({ status: 200, body: { booking: { status: "CANCELLED" } } });
  });

  it("reschedule revalidates the new time through the core", async () => {
    const b = await newBooking(7, 9);
    await newBooking(7, 14, "otherStudent");
    expectError(await action(rescheduleRoute, b.id, "student", { start_time: futureStart(7, 14), duration: 60 }), 400, "Time slot is not available");
    expectError(await action(rescheduleRoute, b.id, "otherStudent", { start_time: futureStart(7, 16) }), 404);
    expectError(await action(rescheduleRoute, b.id, "student", { duration: 60 }), 400, /start_time/);
    const res = await action(rescheduleRoute, b.id, "student", { start_time: futureStart(7, 16), duration: 30 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ message: "Booking rescheduled successfully", booking: { id: b.id, start_time: noMs(futureStart(7, 16)), end_time: noMs(futureStart(7, 16, 30)), duration_minutes: 30, status: "PENDING" } });
    await newBooking(7, 9, "otherStudent");
  });
});

describe("reading bookings", () => {
  let mine: ZoomBooking;
  beforeAll(async () => {
    mine = await newBooking(8, 9);
    await action(confirmRoute, mine.id, "teacher");
    await newBooking(8, 11);
  });

  it.each([
    { as: "student", status: 200 },
    { as: "teacher", status: 200 },
    { as: "admin", status: 200 },
    { as: "otherStudent", status: 404 },
    { as: "otherTeacher", status: 404 },
    { as: "anonymous", status: 401 },
  ] as const)("GET one as $as -> $status", async ({ as, status }) => {
    const res = await callRoute(getRoute, { token: tokenOf(as), params: { id: mine.id } });
    expect(res.status).toBe(status);
    if (status === 200) expect(res.body).toMatchObject({ id: mine.id, status: "CONFIRMED" });
    else expect(res.body).toHaveProperty("error");
  });

  it.each([
    { as: "student", query: "?role=student", check: (b: Array<{ student: string; teacher: string }>) => b.every((x) => x.student === student.id) },
    { as: "teacher", query: "?role=teacher", check: (b: Array<{ student: string; teacher: string }>) => b.every((x) => x.teacher === teacher.id) && b.length >= 2 },
    { as: "teacher", query: "?role=student", check: (b: unknown[]) => b.length === 0 },
    { as: "student", query: "?status=CONFIRMED", check: (b: Array<{ status: string }>) => b.length >= 1 && b.every((x) => x.status === "CONFIRMED") },
    { as: "otherStudent", query: "", check: (b: Array<{ id: string }>) => !b.some((x) => x.id === mine.id) },
  ] as const)("my/$query as $as", async ({ as, query, check }) => {
    const res = await callRoute(myRoute, { token: tokenOf(as), path: `/api/bookings/bookings/my/${query}` });
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body)).toBe(true);
    expect((check as (b: unknown) => boolean)(res.body)).toBe(true);
  });

  it.each(["?role=parent", "?status=pending", "?status=NO_SHOW"])("my/%s -> 400", async (query) => {
    expectError(await callRoute(myRoute, { token: student.token, path: `/api/bookings/bookings/my/${query}` }), 400);
  });

  it("GET /api/bookings/bookings/ lists the same; anonymous 401", async () => {
    const res = await callRoute(listRoute, { token: student.token, path: "/api/bookings/bookings/" });
    expect((res.body as Array<{ id: string }>).some((b) => b.id === mine.id)).toBe(true);
    expect((await callRoute(myRoute, { path: "/api/bookings/bookings/my/" })).body).toEqual(UNAUTH);
  });
});

describe("GET /api/bookings/schedule/", () => {
  const day = () => futureStart(9).slice(0, 10);
  beforeAll(async () => {
    await newBooking(9, 9);
    await newBooking(9, 12, "otherStudent");
    const c = await newBooking(9, 15);
    await action(cancelRoute, c.id, "student");
  });
  const schedule = (as: ActorName, query = `teacher_id=${teacher.id}&start_date=${day()}&end_date=${day()}`) =>
    callRoute(scheduleRoute, { token: tokenOf(as), path: `/api/bookings/schedule/?${query}` });
  type Row = { start_time: string; end_time: string; status: string; student__first_name: string; student__last_name: string };

  it.each([
    { as: "teacher", names: [["John", "Doe"], ["Ana", "Lopez"]] },
    { as: "admin", names: [["John", "Doe"], ["Ana", "Lopez"]] },
    { as: "student", names: [["John", "Doe"], ["", ""]] },
    { as: "otherTeacher", names: [["", ""], ["", ""]] },
  ] as const)("as $as: busy times, names only for those who may see them", async ({ as, names }) => {
    const res = await schedule(as);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const body = res.body as { teacher_id: string; start_date: string; end_date: string; bookings: Row[] };
    expect(body).toMatchObject({ teacher_id: teacher.id, start_date: day(), end_date: day() });
    // The cancelled booking is not on the schedule.
    expect(body.bookings.map((b) => [b.start_time, b.status])).toEqual([
      [noMs(futureStart(9, 9)), "PENDING"],
      [noMs(futureStart(9, 12)), "PENDING"],
    ]);
    expect(body.bookings.map((b) => [b.student__first_name, b.student__last_name])).toEqual(names);
  });

  it.each([
    { q: () => `teacher_id=${teacher.id}&start_date=${day()}`, status: 400 },
    { q: () => `teacher_id=${teacher.id}&start_date=${day()}&end_date=2020-01-01`, status: 400 },
    { q: () => `teacher_id=${teacher.id}&start_date=2030-01-01&end_date=2030-12-31`, status: 400 },
    { q: () => `teacher_id=${NO_SUCH}&start_date=${day()}&end_date=${day()}`, status: 404 },
  ])("validation -> $status", async ({ q, status }) => {
    expectError(await schedule("student", q()), status);
  });

  it("anonymous -> 401", async () => {
    expect((await schedule("anonymous")).body).toEqual(UNAUTH);
  });
});

describe("completion and feedback", () => {
  it("teacher marks complete once it ran; the student leaves feedback once", async () => {
    const b = await newBooking(10, 9);
    await action(confirmRoute, b.id, "teacher");
    const fb = (as: ActorName, body: Record<string, unknown>) =>
      callRoute(feedbackRoute, { method: "POST", token: tokenOf(as), path: "/api/bookings/feedback/", body: { booking_id: b.id, ...body } });
    expectError(await fb("student", { rating: 5 }), 400, /completed/);
    expectError(await callRoute(patchRoute, { method: "PATCH", token: teacher.token, params: { id: b.id }, body: { status: "COMPLETED" } }), 400);
    const past = new Date(Date.now() - 2 * 3_600_000);
    await getPrisma().booking.update({ where: { id: b.id }, data: { startAt: past, endAt: new Date(past.getTime() + 3_600_000) } });
    expectError(await callRoute(patchRoute, { method: "PATCH", token: student.token, params: { id: b.id }, body: { status: "COMPLETED" } }), 403);
    expectError(await callRoute(patchRoute, { method: "PATCH", token: teacher.token, params: { id: b.id }, body: { status: "PENDING" } }), 400);
    const done = await callRoute(patchRoute, { method: "PATCH", token: teacher.token, params: { id: b.id }, body: { status: "COMPLETED" } });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({ status: "COMPLETED", can_cancel: false });

    expectError(await fb("teacher", { rating: 5 }), 403);
    expectError(await fb("otherStudent", { rating: 5 }), 404);
    expectError(await fb("student", { rating: 6 }), 400, /rating/);
    expectError(await fb("student", { booking_id: "booking-uuid", rating: 5 }), 400, /booking_id/);
    expect((await fb("anonymous", { rating: 5 })).body).toEqual(UNAUTH);
    const ok = await fb("student", { rating: 5, comment: "Excellent session! Very helpful teacher." });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body).toEqual({ id: expect.any(String), booking: b.id, rating: 5, comment: "Excellent session! Very helpful teacher.", created_at: expect.any(String) });
    expectError(await fb("student", { rating: 4 }), 400);
  });

  it("the outbox records the state changes made through this API", async () => {
    const types = new Set((await getPrisma().outboxEvent.findMany({ select: { type: true } })).map((e) => e.type));
    for (const type of ["booking.created", "booking.confirmed", "booking.cancelled", "booking.rescheduled", "booking.completed", "feedback.created"]) expect(types).toContain(type);
  });
});
