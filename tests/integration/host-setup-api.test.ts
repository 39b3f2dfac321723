// Host setup: availability, host settings, services and group occurrences, with
// the slots endpoint showing changes at once.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as availGet, POST as availPost } from "@/app/api/v1/availability/route";
import { DELETE as availDelete, PATCH as availPatch } from "@/app/api/v1/availability/[id]/route";
import { PUT as weeklyPut } from "@/app/api/v1/availability/weekly/route";
import { GET as settingsGet, PATCH as settingsPatch } from "@/app/api/v1/me/host-settings/route";
import { GET as servicesGet, POST as servicesPost } from "@/app/api/v1/services/route";
import { DELETE as serviceDelete, PATCH as servicePatch } from "@/app/api/v1/services/[id]/route";
import { POST as occurrencePost } from "@/app/api/v1/services/[id]/occurrences/route";
import { GET as slotsGet } from "@/app/api/v1/hosts/[id]/slots/route";
import { POST as createBookingRoute } from "@/app/api/v1/bookings/route";
import { callRoute } from "../support/call-route";
import { futureStart, makeHost, makeUser, type TestUser } from "../support/fixtures";
import { getPrisma } from "@/lib/db";

let host: TestUser;
let otherHost: TestUser;
let client: TestUser;

beforeAll(async () => {
  host = await makeUser({ roles: ["host"], timeZone: "America/New_York" });
  otherHost = await makeHost();
  client = await makeUser();
});

const post = (body: unknown, as = host) => callRoute(availPost, { method: "POST", token: as.token, body });

describe("availability", () => {
  it.each([
    { name: "weekly range", body: { type: "weekly", dayOfWeek: 1, start: "09:00", end: "12:00" }, status: 201 },
    { name: "second range the same day", body: { type: "weekly", dayOfWeek: 1, start: "13:00", end: "17:00" }, status: 201 },
    { name: "overlapping range", body: { type: "weekly", dayOfWeek: 1, start: "11:00", end: "14:00" }, status: 400, message: /Monday: .*overlaps/ },
    { name: "crossing midnight", body: { type: "weekly", dayOfWeek: 2, start: "22:00", end: "02:00" }, status: 400, message: /split a range that crosses midnight/ },
    { name: "until end of day", body: { type: "weekly", dayOfWeek: 2, start: "22:00", end: "24:00" }, status: 201 },
    { name: "bad time", body: { type: "weekly", dayOfWeek: 2, start: "9am", end: "10:00" }, status: 400 },
    { name: "bad day", body: { type: "weekly", dayOfWeek: 7, start: "09:00", end: "10:00" }, status: 400 },
    { name: "closed date", body: { type: "override", date: "2030-12-25" }, status: 201 },
    { name: "special hours", body: { type: "override", date: "2030-12-24", start: "09:00", end: "12:00" }, status: 201 },
    { name: "override half given", body: { type: "override", date: "2030-12-23", start: "09:00" }, status: 400 },
    { name: "holiday dates", body: { type: "time_off", startDate: "2030-08-01", endDate: "2030-08-14", reason: "Summer" }, status: 201 },
    { name: "inverted holiday", body: { type: "time_off", startDate: "2030-08-14", endDate: "2030-08-01" }, status: 400 },
    { name: "afternoon off", body: { type: "time_off", start: "2030-09-01T17:00:00Z", end: "2030-09-01T21:00:00Z" }, status: 201 },
    { name: "dates and instants at once", body: { type: "time_off", startDate: "2030-08-01", endDate: "2030-08-02", start: "2030-09-01T17:00:00Z", end: "2030-09-01T21:00:00Z" }, status: 400 },
    { name: "unknown type", body: { type: "vacation" }, status: 400 },
    { name: "hostId cannot be set", body: { type: "weekly", dayOfWeek: 3, start: "09:00", end: "10:00", hostId: otherHostId() }, status: 400 },
  ])("$name -> $status", async ({ body, status, message }) => {
    const res = await post(body);
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    if (message) expect((res.body as { detail: string }).detail).toMatch(message);
  });

  it("is host-only, and lists everything for the host", async () => {
    expect((await post({ type: "weekly", dayOfWeek: 1, start: "09:00", end: "10:00" }, client)).status).toBe(403);
    expect((await callRoute(availGet, {})).status).toBe(401);
    const res = await callRoute(availGet, { token: host.token });
    const body = res.body as { timeZone: string; weekly: unknown[]; overrides: unknown[]; timeOff: unknown[] };
    expect(body.timeZone).toBe("America/New_York");
    expect(body.weekly).toHaveLength(3);
    expect(body.overrides).toHaveLength(2);
    expect(body.timeOff).toHaveLength(2);
  });

  it("PATCH and DELETE by owner only; others get 404", async () => {
    const list = (await callRoute(availGet, { token: host.token })).body as { weekly: Array<{ id: string; start: string; dayOfWeek: number }> };
    const monday = list.weekly.find((r) => r.dayOfWeek === 1 && r.start === "09:00");
    if (!monday) throw new Error("fixture missing");
    const patch = (as: TestUser, body: unknown) => callRoute(availPatch, { method: "PATCH", token: as.token, params: { id: monday.id }, body });
    expect((await patch(otherHost, { end: "11:00" })).status).toBe(404);
    expect((await patch(host, { end: "14:00" })).status).toBe(400);
    expect((await patch(host, { end: "11:30" })).status).toBe(200);
    expect((await callRoute(availDelete, { method: "DELETE", token: otherHost.token, params: { id: monday.id } })).status).toBe(404);
    expect((await callRoute(availDelete, { method: "DELETE", token: host.token, params: { id: monday.id } })).status).toBe(204);
    expect((await callRoute(availDelete, { method: "DELETE", token: host.token, params: { id: monday.id } })).status).toBe(404);
  });

  it("replaces the whole week at once and the public slots change at once", async () => {
    const week = [1, 2, 3, 4, 5].map((dayOfWeek) => ({ dayOfWeek, start: "09:00", end: "17:00" }));
    expect((await callRoute(weeklyPut, { method: "PUT", token: host.token, body: { rules: [...week, { dayOfWeek: 1, start: "16:00", end: "18:00" }] } })).status).toBe(400);
    expect((await callRoute(weeklyPut, { method: "PUT", token: host.token, body: { rules: week } })).status).toBe(200);
    await callRoute(settingsPatch, { method: "PATCH", token: host.token, body: { minNoticeMinutes: 0, durationsMinutes: [60] } });
    const day = futureStart(7).slice(0, 10);
    const slots = await callRoute(slotsGet, { params: { id: host.id }, path: `/api/v1/hosts/${host.id}/slots?start=${day}&end=${day}&timeZone=America/New_York` });
    expect(slots.status).toBe(200);
    const body = slots.body as { slots: Array<{ start: string; durations: number[] }> };
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    if (weekday >= 1 && weekday <= 5) {
      expect(body.slots.length).toBe(15); // 09:00..16:00 every 30 minutes for 60-minute sessions
      expect(body.slots.every((s) => s.durations.includes(60))).toBe(true);
    } else expect(body.slots).toEqual([]);
  });
});

describe("slots endpoint validation", () => {
  it.each([
    { q: "start=2030-01-01&end=2030-03-15", status: 400 },
    { q: "start=2030-01-05&end=2030-01-01", status: 400 },
    { q: "start=2030-02-30&end=2030-03-01", status: 400 },
    { q: "start=2030-01-01&end=2030-01-07&timeZone=Mars/Base", status: 400 },
    { q: "start=2030-01-01&end=2030-01-07&timeZone=US/Eastern&duration=60", status: 200 },
    { q: "start=2030-01-01&end=2030-01-07&duration=-5", status: 400 },
    { q: "start=2030-01-01", status: 400 },
  ])("$q -> $status", async ({ q, status }) => {
    const res = await callRoute(slotsGet, { params: { id: otherHost.id }, path: `/api/v1/hosts/${otherHost.id}/slots?${q}` });
    expect(res.status, JSON.stringify(res.body)).toBe(status);
  });

  it("404 for an unknown host", async () => {
    const id = "00000000-0000-4000-8000-000000000000";
    expect((await callRoute(slotsGet, { params: { id }, path: `/api/v1/hosts/${id}/slots?start=2030-01-01&end=2030-01-02` })).status).toBe(404);
  });
});

describe("host settings", () => {
  it.each([
    { body: { slotIntervalMinutes: 15, durationsMinutes: [30, 45, 60], headline: "Career coach", topics: ["Career", "career"] }, status: 200 },
    { body: { slotIntervalMinutes: 3 }, status: 400 },
    { body: { durationsMinutes: [] }, status: 400 },
    { body: { timeZone: "Asia/Calcutta" }, status: 200, zone: "Asia/Kolkata" },
    { body: { timeZone: "Nowhere/Land" }, status: 400 },
    { body: { userId: "x" }, status: 400 },
    { body: {}, status: 400 },
  ])("PATCH $body -> $status", async ({ body, status, zone }) => {
    const res = await callRoute(settingsPatch, { method: "PATCH", token: host.token, body });
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    if (zone) expect(res.body).toMatchObject({ timeZone: zone });
  });

  it("is for hosts only", async () => {
    expect((await callRoute(settingsGet, { token: client.token })).status).toBe(403);
    const res = await callRoute(settingsGet, { token: host.token });
    expect(res.body).toMatchObject({ slotIntervalMinutes: 15, durationsMinutes: [30, 45, 60], topics: ["career"] });
  });
});

describe("services and group sessions", () => {
  it("CRUD with ownership", async () => {
    const created = await callRoute(servicesPost, { method: "POST", token: host.token, body: { name: "Mock interview", durationMinutes: 60, priceCents: 9000, currency: "USD" } });
    expect(created.status).toBe(201);
    const id = (created.body as { id: string }).id;
    expect((await callRoute(servicesPost, { method: "POST", token: host.token, body: { kind: "group", name: "Workshop", durationMinutes: 90, priceCents: 0 } })).status).toBe(400);
    expect((await callRoute(servicesPost, { method: "POST", token: client.token, body: { name: "x", durationMinutes: 30, priceCents: 0 } })).status).toBe(403);
    expect((await callRoute(servicePatch, { method: "PATCH", token: otherHost.token, params: { id }, body: { priceCents: 1 } })).status).toBe(404);
    expect((await callRoute(servicePatch, { method: "PATCH", token: host.token, params: { id }, body: { priceCents: 1, hostId: otherHost.id } })).status).toBe(400);
    expect((await callRoute(servicePatch, { method: "PATCH", token: host.token, params: { id }, body: { priceCents: 8000 } })).body).toMatchObject({ priceCents: 8000 });
    expect(((await callRoute(servicesGet, { token: host.token })).body as { items: unknown[] }).items).toHaveLength(1);
    expect((await callRoute(serviceDelete, { method: "DELETE", token: host.token, params: { id } })).body).toEqual({ archived: false });
  });

  it("a group occurrence stays open while seats remain, and never overbooks under a race", async () => {
    const group = await callRoute(servicesPost, { method: "POST", token: otherHost.token, body: { kind: "group", name: "Group coaching", durationMinutes: 60, priceCents: 0, capacity: 3 } });
    const serviceId = (group.body as { id: string }).id;
    const start = futureStart(9, 15);
    const occ = await callRoute(occurrencePost, { method: "POST", token: otherHost.token, params: { id: serviceId }, body: { start } });
    expect(occ.status, JSON.stringify(occ.body)).toBe(201);
    expect((await callRoute(occurrencePost, { method: "POST", token: otherHost.token, params: { id: serviceId }, body: { start } })).status).toBe(409);
    const clients = await Promise.all(Array.from({ length: 8 }, () => makeUser()));
    const results = await Promise.all(
      clients.map((c) => callRoute(createBookingRoute, { method: "POST", token: c.token, body: { hostId: otherHost.id, serviceId, start } })),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(statuses.filter((s) => s === 409)).toHaveLength(5);
    const seats = await getPrisma().booking.count({ where: { occurrenceId: (occ.body as { id: string }).id, kind: "seat" } });
    expect(seats).toBe(3);
  });
});

function otherHostId(): string {
  return "00000000-0000-4000-8000-000000000001";
}
