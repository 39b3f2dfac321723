// iCalendar end to end: the per-booking .ics (who may fetch it, REQUEST vs
// CANCEL, stable UID and growing SEQUENCE across a reschedule), the per-user
// feed (what it holds and leaves out) and feed-token rotation.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/v1/bookings/route";
import { GET as getRoute } from "@/app/api/v1/bookings/[id]/route";
import { POST as actionRoute } from "@/app/api/v1/bookings/[id]/[action]/route";
import { GET as icsRoute } from "@/app/api/v1/bookings/[id]/ics/route";
import { GET as feedRoute } from "@/app/api/v1/calendar/[feed]/route";
import { GET as feedUrlGet, POST as feedUrlRotate } from "@/app/api/v1/me/calendar-feed/route";
import { getPrisma } from "@/lib/db";
import { unescapeText, unfoldLines } from "@/lib/integrations/calendar/ics/build";
import { newBookingCode } from "@/lib/server/booking-code";
import { callRoute, type CallResult } from "../support/call-route";
import { futureStart, makeHost, makeUser, type TestUser } from "../support/fixtures";

let host: TestUser;
let client: TestUser;
let otherClient: TestUser;

beforeAll(async () => {
  host = await makeHost({ requiresConfirmation: true, minCancelNoticeHours: 0 });
  client = await makeUser({ name: "Casey Client" });
  otherClient = await makeUser({ name: "Other" });
});

async function book(days: number, hh: number, body: Record<string, unknown> = {}) {
  const res = await callRoute(createRoute, { method: "POST", token: client.token, body: { hostId: host.id, start: futureStart(days, hh), duration: 60, ...body } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; code: string; start: string };
}

const ics = (id: string, token?: string) => callRoute(icsRoute, { token, params: { id } });
const act = (id: string, action: string, token: string, body: unknown = {}) => callRoute(actionRoute, { method: "POST", token, params: { id, action }, body });
const feed = (segment: string) => callRoute(feedRoute, { params: { feed: segment } });
const feedPath = async (user: TestUser) => ((await callRoute(feedUrlGet, { token: user.token })).body as { url: string }).url;
const segmentOf = (url: string) => url.split("/").at(-1) ?? "";

/** The logical lines of each VEVENT, keyed by UID. */
function events(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of unfoldLines(text)) {
    if (line === "BEGIN:VEVENT") current = [];
    else if (line === "END:VEVENT" && current) {
      const uid = current.find((l) => l.startsWith("UID:"))?.slice(4) ?? "";
      out.set(uid, current);
      current = null;
    } else current?.push(line);
  }
  return out;
}
const prop = (lines: string[] | undefined, name: string) => lines?.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`))?.replace(/^[^:]*:/, "");
const basic = (iso: string) => iso.replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");

function expectCalendar(res: CallResult) {
  expect(res.status, res.text).toBe(200);
  expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
  expect(res.text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
  expect(res.text.endsWith("END:VCALENDAR\r\n")).toBe(true);
  expect(res.text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  for (const line of res.text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
}

describe("GET /api/v1/bookings/{id}/ics", () => {
  let booking: { id: string; code: string; start: string };
  beforeAll(async () => {
    booking = await book(4, 10, { title: "Mock interview; round 2", agenda: "CV review, then questions" });
  });

  it.each([
    { as: "client", status: 200 },
    { as: "host", status: 200 },
    { as: "otherClient", status: 404 },
    { as: "anonymous", status: 401 },
  ] as const)("as $as -> $status", async ({ as, status }) => {
    const token = as === "anonymous" ? undefined : { client, host, otherClient }[as].token;
    const res = await ics(booking.id, token);
    expect(res.status).toBe(status);
    if (status !== 200) {
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      expect(res.text).not.toContain(client.email);
      return;
    }
    expectCalendar(res);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="slotbook-${booking.code}.ics"`);
    const lines = unfoldLines(res.text);
    expect(lines).toContain("METHOD:REQUEST");
    expect(lines).toContain("PRODID:-//Slotbook//Slotbook//EN");
    const event = events(res.text).get(`${booking.id}@slotbook`);
    expect(event).toBeDefined();
    expect(prop(event, "SEQUENCE")).toBe("0");
    expect(prop(event, "STATUS")).toBe("TENTATIVE");
    expect(prop(event, "DTSTART")).toBe(basic(booking.start));
    expect(unescapeText(prop(event, "SUMMARY") ?? "")).toBe("Mock interview; round 2");
    expect(unescapeText(prop(event, "DESCRIPTION") ?? "")).toContain("Agenda:\nCV review, then questions");
    expect(prop(event, "ORGANIZER")).toBe(`mailto:${host.email}`);
    expect(prop(event, "ATTENDEE")).toBe(`mailto:${client.email}`);
    expect(event?.find((l) => l.startsWith("ATTENDEE"))).toContain('CN="Casey Client"');
    expect(prop(event, "URL")).toBe(`http://localhost/bookings/${booking.id}`);
  });

  it("404 for a malformed id", async () => {
    expect((await ics("not-a-uuid", client.token)).status).toBe(404);
  });

  it("keeps the UID across a reschedule and a cancel, with a growing SEQUENCE and METHOD:CANCEL at the end", async () => {
    const b = await book(5, 10);
    const uid = `${b.id}@slotbook`;
    const confirm = await act(b.id, "confirm", host.token);
    expect(confirm.status, confirm.text).toBe(200);
    const confirmed = events((await ics(b.id, client.token)).text).get(uid);
    expect(prop(confirmed, "STATUS")).toBe("CONFIRMED");
    // The meeting link created on confirmation is where the session happens.
    expect(prop(confirmed, "LOCATION")).toMatch(/^https:\/\//);
    const before = Number(prop(confirmed, "SEQUENCE"));
    // TENTATIVE became CONFIRMED: calendar apps only apply a higher SEQUENCE.
    expect(before).toBeGreaterThan(0);

    const newStart = futureStart(5, 14);
    const moved = await act(b.id, "reschedule", client.token, { start: newStart });
    expect(moved.status, moved.text).toBe(200);
    const afterMove = await ics(b.id, client.token);
    expectCalendar(afterMove);
    expect(unfoldLines(afterMove.text)).toContain("METHOD:REQUEST");
    const movedEvent = events(afterMove.text).get(uid);
    expect(movedEvent, "same UID after the reschedule").toBeDefined();
    expect(prop(movedEvent, "DTSTART")).toBe(basic(newStart));
    const afterMoveSeq = Number(prop(movedEvent, "SEQUENCE"));
    expect(afterMoveSeq).toBeGreaterThan(before);

    const cancelled = await act(b.id, "cancel", client.token, { reason: "Sick" });
    expect(cancelled.status, cancelled.text).toBe(200);
    const afterCancel = await ics(b.id, host.token);
    expectCalendar(afterCancel);
    expect(unfoldLines(afterCancel.text)).toContain("METHOD:CANCEL");
    const cancelledEvent = events(afterCancel.text).get(uid);
    expect(prop(cancelledEvent, "STATUS")).toBe("CANCELLED");
    expect(Number(prop(cancelledEvent, "SEQUENCE"))).toBeGreaterThan(afterMoveSeq);
  });

  it("a declined request is a CANCEL too", async () => {
    const b = await book(6, 9);
    expect((await act(b.id, "decline", host.token, { reason: "Busy" })).status).toBe(200);
    const res = await ics(b.id, client.token);
    expect(unfoldLines(res.text)).toContain("METHOD:CANCEL");
    const event = events(res.text).get(`${b.id}@slotbook`);
    expect(prop(event, "STATUS")).toBe("CANCELLED");
    expect(Number(prop(event, "SEQUENCE"))).toBeGreaterThan(0);
  });
});

describe("the calendar feed", () => {
  let live: { id: string };
  let moved: { id: string; historyId: string };
  let cancelled: { id: string };
  let oldId: string;
  let draftId: string;
  let otherPeoplesId: string;

  beforeAll(async () => {
    live = await book(8, 10);
    const m = await book(8, 12);
    expect((await act(m.id, "reschedule", client.token, { start: futureStart(8, 15) })).status).toBe(200);
    const view = (await callRoute(getRoute, { token: client.token, params: { id: m.id } })).body as { rescheduledFromId: string };
    moved = { id: m.id, historyId: view.rescheduledFromId };
    expect(moved.historyId).toBeTruthy();
    cancelled = await book(9, 10);
    expect((await act(cancelled.id, "cancel", client.token)).status).toBe(200);

    const prisma = getPrisma();
    const row = (data: { startAt: Date; status: "completed" | "draft"; clientId: string }) =>
      prisma.booking.create({
        data: { code: newBookingCode(), hostId: host.id, durationMinutes: 60, endAt: new Date(data.startAt.getTime() + 3_600_000), ...data },
        select: { id: true },
      });
    oldId = (await row({ startAt: new Date(Date.now() - 40 * 86_400_000), status: "completed", clientId: client.id })).id;
    const recentId = (await row({ startAt: new Date(Date.now() - 10 * 86_400_000), status: "completed", clientId: client.id })).id;
    recent = recentId;
    draftId = (await row({ startAt: new Date(Date.now() + 12 * 86_400_000), status: "draft", clientId: client.id })).id;
    otherPeoplesId = (await row({ startAt: new Date(Date.now() + 13 * 86_400_000), status: "completed", clientId: otherClient.id })).id;
  });
  let recent: string;

  it("GET /api/v1/me/calendar-feed gives the owner their feed path; anonymous is 401", async () => {
    const res = await callRoute(feedUrlGet, { token: client.token });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect((res.body as { url: string }).url).toMatch(/^\/api\/v1\/calendar\/[0-9a-f-]{36}\.ics$/);
    expect((await callRoute(feedUrlGet, {})).status).toBe(401);
  });

  it("holds the client's sessions from 30 days ago on, cancelled ones as CANCELLED, without drafts or reschedule history", async () => {
    const res = await feed(segmentOf(await feedPath(client)));
    expectCalendar(res);
    const lines = unfoldLines(res.text);
    expect(lines).toContain("METHOD:PUBLISH");
    expect(lines).toContain("X-WR-CALNAME:Slotbook · Casey Client");
    expect(lines.some((l) => l.startsWith("ATTENDEE"))).toBe(false);
    const byUid = events(res.text);
    const uids = [...byUid.keys()];
    for (const id of [live.id, moved.id, cancelled.id, recent]) expect(uids).toContain(`${id}@slotbook`);
    for (const id of [moved.historyId, oldId, draftId, otherPeoplesId]) expect(uids).not.toContain(`${id}@slotbook`);
    expect(prop(byUid.get(`${cancelled.id}@slotbook`), "STATUS")).toBe("CANCELLED");
    expect(prop(byUid.get(`${live.id}@slotbook`), "STATUS")).toBe("TENTATIVE");
    expect(prop(byUid.get(`${moved.id}@slotbook`), "DTSTART")).toBe(basic(futureStart(8, 15)));
    expect(Number(prop(byUid.get(`${moved.id}@slotbook`), "SEQUENCE"))).toBeGreaterThan(0);
    expect(unescapeText(prop(byUid.get(`${live.id}@slotbook`), "SUMMARY") ?? "")).toMatch(/^Session with /);
  });

  it("holds the host's sessions too, named after the client", async () => {
    const res = await feed(segmentOf(await feedPath(host)));
    expectCalendar(res);
    const byUid = events(res.text);
    expect(unescapeText(prop(byUid.get(`${live.id}@slotbook`), "SUMMARY") ?? "")).toBe("Session with Casey Client");
    expect(byUid.has(`${otherPeoplesId}@slotbook`)).toBe(true);
    expect(byUid.has(`${moved.historyId}@slotbook`)).toBe(false);
  });

  it.each([
    { name: "unknown token", segment: "00000000-0000-4000-8000-000000000000.ics" },
    { name: "no .ics", segment: "SELF" },
    { name: "malformed token", segment: "nope.ics" },
    { name: "empty token", segment: ".ics" },
  ])("404 for $name", async ({ segment }) => {
    const real = segmentOf(await feedPath(client));
    const res = await feed(segment === "SELF" ? real.replace(/\.ics$/, "") : segment);
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
  });

  it("rotation gives a new URL and kills the old one", async () => {
    const old = await feedPath(client);
    expect((await feed(segmentOf(old))).status).toBe(200);
    const rotated = await callRoute(feedUrlRotate, { method: "POST", token: client.token });
    expect(rotated.status).toBe(200);
    const fresh = (rotated.body as { url: string }).url;
    expect(fresh).not.toBe(old);
    expect(await feedPath(client)).toBe(fresh);
    expect((await feed(segmentOf(old))).status).toBe(404);
    const res = await feed(segmentOf(fresh));
    expectCalendar(res);
    expect(events(res.text).has(`${live.id}@slotbook`)).toBe(true);
    expect((await callRoute(feedUrlRotate, { method: "POST" })).status).toBe(401);
    expect((await callRoute(feedUrlRotate, { method: "POST", token: client.token, body: { token: "mine" } })).status).toBe(400);
  });
});
