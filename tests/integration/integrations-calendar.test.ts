// Calendar sync end to end against local fakes of Google (OAuth + Calendar
// API v3) and Microsoft (identity platform + Graph): connecting through the
// real OAuth flow, events following the booking in every connected calendar
// (confirm -> POST, reschedule and edit -> PATCH, cancel -> DELETE), retries,
// token refresh, reconnection, Google Meet through conferenceData, and
// free/busy feeding slots and the conflict check, cached and failing open.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/v1/bookings/route";
import { PATCH as updateRoute } from "@/app/api/v1/bookings/[id]/route";
import { POST as actionRoute } from "@/app/api/v1/bookings/[id]/[action]/route";
import { GET as slotsRoute } from "@/app/api/v1/hosts/[id]/slots/route";
import { GET as integrationsRoute } from "@/app/api/v1/integrations/route";
import { GET as calendarsRoute } from "@/app/api/v1/me/calendars/route";
import { DELETE as disconnectRoute } from "@/app/api/v1/me/calendars/[provider]/route";
import { POST as connectRoute } from "@/app/api/v1/me/calendars/[provider]/connect/route";
import { PATCH as hostSettingsRoute } from "@/app/api/v1/me/host-settings/route";
import { GET as callbackRoute } from "@/app/settings/calendars/[provider]/callback/route";
import { getPrisma } from "@/lib/db";
import { CACHE_TTL_MS, clearFreeBusyCache, hostCalendarBusy } from "@/lib/integrations/calendar/sync/free-busy";
import { planJobs, type PlanBooking } from "@/lib/integrations/jobs/plan";
import { retryDelays } from "@/lib/integrations/jobs/job-kinds";
import { startIntegrationRunner, type IntegrationRunner } from "@/lib/integrations/jobs/runner";
import { callRoute } from "../support/call-route";
import { futureStart, makeHost, makeUser, type TestUser } from "../support/fixtures";
import { startFakeCalendar, type FakeCalendar } from "./integrations-fakes/fake-calendars";
import { plainText, startFakeSmtp } from "./integrations-fakes/fake-smtp";
import { ALL_INTEGRATION_VARS_OFF, setEnv } from "./integrations-fakes/http-server";

const prisma = getPrisma();
let google: FakeCalendar;
let graph: FakeCalendar;
let restoreEnv: () => void;
let runner: IntegrationRunner;
let clock = new Date();

function catchUp() {
  if (clock.getTime() < Date.now()) clock = new Date();
}
async function runOnce() {
  catchUp();
  return runner.runOnce();
}
function advance(ms: number) {
  catchUp();
  clock = new Date(clock.getTime() + ms);
}

const act = (id: string, action: string, by: TestUser, body: unknown = {}) => callRoute(actionRoute, { method: "POST", token: by.token, params: { id, action }, body });

async function book(client: TestUser, host: TestUser, start: string, extra: Record<string, unknown> = {}) {
  const res = await callRoute(createRoute, { method: "POST", token: client.token, body: { hostId: host.id, start, duration: 60, ...extra } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; status: string; meeting: { provider: string; url: string } | null };
}

async function confirmed(client: TestUser, host: TestUser, start: string, extra: Record<string, unknown> = {}) {
  const booking = await book(client, host, start, extra);
  if (booking.status === "confirmed") return booking;
  const res = await act(booking.id, "confirm", host);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { id: string; status: string; meeting: { provider: string; url: string } | null };
}

/** The real flow: our connect endpoint, the provider's consent (the fake approves), our callback. */
async function connect(user: TestUser, provider: "google" | "outlook", fakeUser: string, via: "approve" | "browser" = "approve") {
  const fake = provider === "google" ? google : graph;
  const started = await callRoute(connectRoute, { method: "POST", token: user.token, params: { provider }, body: {} });
  expect(started.status, started.text).toBe(200);
  const authUrl = (started.body as { authUrl: string }).authUrl;
  expect(authUrl.startsWith(fake.authUrl)).toBe(true);
  const url = new URL(authUrl);
  expect(url.searchParams.get("code_challenge_method")).toBe("S256");
  expect(url.searchParams.get("redirect_uri")).toBe(`http://localhost/settings/calendars/${provider}/callback`);
  let code: string;
  let state: string;
  if (via === "browser") {
    // What a browser does: open the consent page, follow its redirect back to us.
    url.searchParams.set("login_hint", fakeUser);
    const consent = await fetch(url, { redirect: "manual" });
    expect(consent.status).toBe(302);
    const back = new URL(consent.headers.get("location")!);
    expect(back.pathname).toBe(`/settings/calendars/${provider}/callback`);
    code = back.searchParams.get("code")!;
    state = back.searchParams.get("state")!;
  } else {
    ({ code, state } = fake.approve(authUrl, fakeUser));
  }
  const back = await callRoute(callbackRoute, { token: user.token, params: { provider }, path: `/settings/calendars/${provider}/callback?code=${code}&state=${encodeURIComponent(state)}` });
  expect(back.status).toBe(303);
  expect(back.headers.get("location")).toBe(`http://localhost/settings?calendar_connected=${provider}#integrations`);
}

const calendarsOf = async (user: TestUser) => ((await callRoute(calendarsRoute, { token: user.token })).body as { items: Array<{ provider: string; status: string; accountEmail: string | null }> }).items;
const jobsOf = (bookingId: string, kind?: string) => prisma.integrationJob.findMany({ where: { bookingId, ...(kind ? { kind } : {}) }, orderBy: { createdAt: "asc" } });
const rowsOf = (bookingId: string) => prisma.calendarEvent.findMany({ where: { bookingId }, select: { connectionId: true, externalId: true } });
const bodyOf = (call: { body: string }) => JSON.parse(call.body) as Record<string, unknown>;
/** Day `days` from now, as YYYY-MM-DD (UTC). */
const dayOf = (days: number) => futureStart(days, 0).slice(0, 10);

beforeAll(async () => {
  google = await startFakeCalendar("google", { clientId: "g-client", clientSecret: "g-secret", expiresIn: 3600 });
  graph = await startFakeCalendar("microsoft", { clientId: "m-client", clientSecret: "m-secret", expiresIn: 3600 });
  restoreEnv = setEnv({
    ...ALL_INTEGRATION_VARS_OFF,
    APP_URL: "https://slotbook.test",
    CALENDAR_TOKEN_KEY: Buffer.alloc(32, 9).toString("base64"),
    GOOGLE_CLIENT_ID: "g-client",
    GOOGLE_CLIENT_SECRET: "g-secret",
    GOOGLE_AUTH_URL: google.authUrl,
    GOOGLE_TOKEN_URL: google.tokenUrl,
    GOOGLE_CALENDAR_API_URL: google.apiUrl,
    MICROSOFT_CLIENT_ID: "m-client",
    MICROSOFT_CLIENT_SECRET: "m-secret",
    MICROSOFT_AUTH_URL: graph.authUrl,
    MICROSOFT_TOKEN_URL: graph.tokenUrl,
    MICROSOFT_GRAPH_URL: graph.apiUrl,
  });
  runner = startIntegrationRunner({ db: prisma, poll: false, now: () => clock, random: () => 0.5 });
});

afterAll(async () => {
  await runner.stop();
  restoreEnv();
  google.hang(0);
  await google.close();
  await graph.close();
});

describe("events follow the booking in every connected calendar", () => {
  let host: TestUser;
  let client: TestUser;
  let bookingId: string;

  beforeAll(async () => {
    host = await makeHost({ requiresConfirmation: true, minCancelNoticeHours: 0 }, { timeZone: "Europe/Berlin" });
    await prisma.user.update({ where: { id: host.id }, data: { name: "Hana Host" } });
    client = await makeUser({ name: "Chris Client" });
  });

  it("connecting: the status shows both providers, then the connected accounts", async () => {
    expect((await callRoute(integrationsRoute, {})).body).toMatchObject({ calendar: { configured: true, google: true, outlook: true } });
    expect(await calendarsOf(host)).toEqual([
      expect.objectContaining({ provider: "google", status: "not_connected", accountEmail: null }),
      expect.objectContaining({ provider: "outlook", status: "not_connected" }),
    ]);
    await connect(host, "google", "hana");
    await connect(host, "outlook", "hana-ms");
    await connect(client, "google", "chris");
    expect(await calendarsOf(host)).toEqual([
      expect.objectContaining({ provider: "google", status: "connected", accountEmail: "hana@example.com" }),
      expect.objectContaining({ provider: "outlook", status: "connected", accountEmail: "hana-ms@example.com" }),
    ]);
    // Tokens are stored sealed, never in clear.
    const row = await prisma.calendarConnection.findFirstOrThrow({ where: { userId: host.id, provider: "google" }, select: { accessTokenEnc: true } });
    expect(row.accessTokenEnc).not.toContain("google_access");
  });

  it("confirm: one job writes the event to the host's Google and Outlook and the client's Google, after commit", async () => {
    const booking = await confirmed(client, host, futureStart(5, 9), { title: "Career chat", agenda: "Portfolio review" });
    bookingId = booking.id;
    // Only the free/busy question of the conflict check went out so far.
    expect(google.apiCalls.filter((c) => c.method !== "POST" || c.path !== "/calendar/v3/freeBusy")).toHaveLength(0);
    expect((await jobsOf(bookingId, "calendar.create")).map((j) => j.status)).toEqual(["pending"]);
    await runOnce();
    expect((await jobsOf(bookingId, "calendar.create")).map((j) => j.status)).toEqual(["done"]);

    const [hostEvent] = google.eventsOf("hana");
    const [clientEvent] = google.eventsOf("chris");
    const [outlookEvent] = graph.eventsOf("hana-ms");
    expect(hostEvent && clientEvent && outlookEvent).toBeTruthy();
    const meetingUrl = (await prisma.booking.findUniqueOrThrow({ where: { id: bookingId }, select: { meetingUrl: true } })).meetingUrl!;
    const post = google.apiCalls.find((c) => c.method === "POST" && c.path === "/calendar/v3/calendars/primary/events")!;
    expect(post.query.get("sendUpdates")).toBe("none");
    expect(post.query.get("conferenceDataVersion")).toBeNull();
    expect(hostEvent!.body).toMatchObject({
      summary: "Chris Client & Hana Host: Career chat",
      location: meetingUrl,
      start: { dateTime: new Date(futureStart(5, 9)).toISOString(), timeZone: "Europe/Berlin" },
      end: { dateTime: new Date(futureStart(5, 10)).toISOString(), timeZone: "Europe/Berlin" },
    });
    expect(hostEvent!.body.description).toContain("Agenda:\nPortfolio review");
    expect(hostEvent!.body.description).toContain(`https://slotbook.test/bookings/${bookingId}`);
    expect(outlookEvent!.body).toMatchObject({
      subject: "Chris Client & Hana Host: Career chat",
      location: { displayName: meetingUrl },
      start: { dateTime: `${new Date(futureStart(5, 9)).toISOString().slice(0, 19)}.0000000`, timeZone: "UTC" },
    });
    expect(outlookEvent!.start).toBe(Date.parse(futureStart(5, 9)));
    expect((await rowsOf(bookingId)).map((r) => r.externalId).sort()).toEqual([hostEvent!.id, clientEvent!.id, outlookEvent!.id].sort());
  });

  it("reschedule PATCHes each event to the new time", async () => {
    const res = await act(bookingId, "reschedule", host, { start: futureStart(5, 14) });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    await runOnce();
    const patches = [...google.apiCalls, ...graph.apiCalls].filter((c) => c.method === "PATCH");
    expect(patches).toHaveLength(3);
    for (const event of [...google.eventsOf("hana"), ...google.eventsOf("chris"), ...graph.eventsOf("hana-ms")]) {
      expect(event.start).toBe(Date.parse(futureStart(5, 14)));
      expect(event.end).toBe(Date.parse(futureStart(5, 15)));
    }
    expect(google.eventsOf("hana")).toHaveLength(1);
  });

  it("an edit of the title PATCHes the events", async () => {
    const res = await callRoute(updateRoute, { method: "PATCH", token: host.token, params: { id: bookingId }, body: { title: "Career deep dive" } });
    expect(res.status, res.text).toBe(200);
    expect((await jobsOf(bookingId, "calendar.update")).length).toBe(2);
    await runOnce();
    expect(google.eventsOf("hana")[0]!.body.summary).toBe("Chris Client & Hana Host: Career deep dive");
    expect(graph.eventsOf("hana-ms")[0]!.body.subject).toBe("Chris Client & Hana Host: Career deep dive");
  });

  it("cancel DELETEs every event and forgets the ids", async () => {
    expect((await act(bookingId, "cancel", client, { reason: "Ill" })).status).toBe(200);
    await runOnce();
    expect(google.eventsOf("hana")).toHaveLength(0);
    expect(google.eventsOf("chris")).toHaveLength(0);
    expect(graph.eventsOf("hana-ms")).toHaveLength(0);
    expect(await rowsOf(bookingId)).toEqual([]);
    expect((await jobsOf(bookingId)).filter((j) => j.kind.startsWith("calendar.")).map((j) => [j.kind, j.status])).toEqual([
      ["calendar.create", "done"],
      ["calendar.update", "done"],
      ["calendar.update", "done"],
      ["calendar.delete", "done"],
    ]);
  });

  it("a provider 500 is retried with backoff; the other calendars and the booking are unaffected", async () => {
    google.failNext(1, 500, /^POST .*\/events$/);
    const booking = await confirmed(client, host, futureStart(6, 9));
    const first = await runOnce();
    expect(first.retrying).toBe(1);
    const [job] = await jobsOf(booking.id, "calendar.create");
    expect(job).toMatchObject({ status: "failed", attempts: 1 });
    expect(job!.lastError).toContain("HTTP 500");
    expect(job!.nextAttemptAt.getTime() - clock.getTime()).toBe(retryDelays("calendar.create")[0]);
    expect((await prisma.booking.findUniqueOrThrow({ where: { id: booking.id }, select: { status: true } })).status).toBe("confirmed");
    // The host's Google failed; the rest were written and are not written twice.
    expect(google.eventsOf("hana")).toHaveLength(0);
    expect(google.eventsOf("chris")).toHaveLength(1);
    expect(graph.eventsOf("hana-ms")).toHaveLength(1);

    advance(retryDelays("calendar.create")[0]!);
    await runOnce();
    expect((await jobsOf(booking.id, "calendar.create"))[0]).toMatchObject({ status: "done", attempts: 2 });
    expect(google.eventsOf("hana")).toHaveLength(1);
    expect(google.eventsOf("chris")).toHaveLength(1);
    expect(graph.eventsOf("hana-ms")).toHaveLength(1);
    expect(await rowsOf(booking.id)).toHaveLength(3);
  });

  it("an expired access token is refreshed; a revoked one is refreshed after the 401", async () => {
    const refreshes = () => [...google.tokenCalls, ...graph.tokenCalls].filter((c) => new URLSearchParams(c.body).get("grant_type") === "refresh_token").length;
    const before = refreshes();
    advance(3600 * 1000);
    const late = await confirmed(client, host, futureStart(7, 9));
    await runOnce();
    expect(refreshes()).toBe(before + 3);
    expect(await rowsOf(late.id)).toHaveLength(3);

    google.revokeAccessTokens();
    const revoked = await confirmed(client, host, futureStart(7, 11));
    const unauthorized = google.apiCalls.length;
    await runOnce();
    expect(google.apiCalls.slice(unauthorized).filter((c) => c.method === "POST").length).toBe(4); // two 401s, two retries
    expect(refreshes()).toBe(before + 5);
    expect(await rowsOf(revoked.id)).toHaveLength(3);
  });

  it("a refused refresh token marks the connection for reconnection instead of retrying; connecting again repairs it", async () => {
    google.revokeAll();
    const booking = await confirmed(client, host, futureStart(8, 9));
    const summary = await runOnce();
    expect(summary.retrying).toBe(0);
    const [job] = await jobsOf(booking.id, "calendar.create");
    expect(job).toMatchObject({ status: "done", attempts: 1 });
    // The host's Google was already found out by the conflict check's free/busy question; the client's by the job.
    expect(Object.values(job!.result as Record<string, string>).filter((v) => v.startsWith("skipped"))).toEqual([expect.stringContaining("connect it again")]);
    expect(graph.eventsOf("hana-ms").length).toBeGreaterThan(0);
    expect(await rowsOf(booking.id)).toHaveLength(1);
    expect((await calendarsOf(client))[0]).toMatchObject({ provider: "google", status: "needs_reconnect" });
    expect(await calendarsOf(host)).toEqual([
      expect.objectContaining({ provider: "google", status: "needs_reconnect", summary: expect.stringContaining("connect it again") }),
      expect.objectContaining({ provider: "outlook", status: "connected" }),
    ]);

    await connect(host, "google", "hana");
    expect((await calendarsOf(host))[0]).toMatchObject({ provider: "google", status: "connected" });
    expect((await callRoute(disconnectRoute, { method: "DELETE", token: client.token, params: { provider: "google" } })).status).toBe(204);
    expect((await calendarsOf(client))[0]).toMatchObject({ status: "not_connected" });
  });
});

describe("Google Meet through Calendar conferenceData", () => {
  it("a host who chose Meet gets the link from the created event; the client's calendar shows it", async () => {
    const host = await makeHost({ requiresConfirmation: true }, { timeZone: "America/New_York" });
    const client = await makeUser({ name: "Mia" });
    const settings = await callRoute(hostSettingsRoute, { method: "PATCH", token: host.token, body: { videoProvider: "google_meet" } });
    expect(settings.status, settings.text).toBe(200);
    expect(settings.body).toMatchObject({ videoProvider: "google_meet" });
    await connect(host, "google", "meet-host");
    await connect(client, "outlook", "mia", "browser");

    const booking = await confirmed(client, host, futureStart(9, 15));
    expect(booking.meeting).toBeNull();
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: booking.id }, select: { meetingProvider: true, meetingUrl: true } })).toEqual({ meetingProvider: "google_meet", meetingUrl: null });
    await runOnce();

    const post = google.apiCalls.filter((c) => c.method === "POST" && c.path.endsWith("/events")).at(-1)!;
    expect(post.query.get("conferenceDataVersion")).toBe("1");
    expect(bodyOf(post).conferenceData).toEqual({ createRequest: { requestId: expect.stringContaining(booking.id), conferenceSolutionKey: { type: "hangoutsMeet" } } });
    const [event] = google.eventsOf("meet-host");
    const stored = await prisma.booking.findUniqueOrThrow({ where: { id: booking.id }, select: { meetingProvider: true, meetingUrl: true, meetingId: true } });
    expect(stored).toEqual({ meetingProvider: "google_meet", meetingUrl: event!.hangoutLink, meetingId: event!.id });
    expect(stored.meetingUrl).toMatch(/^https:\/\/meet\.google\.com\//);
    expect(graph.eventsOf("mia")[0]!.body).toMatchObject({ location: { displayName: stored.meetingUrl } });
    expect(await prisma.outboxEvent.count({ where: { bookingId: booking.id, type: "booking.updated" } })).toBe(1);
  });

  it("the confirmation mail waits for the Meet link, also while Google is failing", async () => {
    const smtp = await startFakeSmtp();
    const restore = setEnv({ SMTP_HOST: smtp.host, SMTP_PORT: String(smtp.port), SMTP_FROM: "Slotbook <bookings@slotbook.test>" });
    try {
      const host = await makeHost({ requiresConfirmation: true });
      const client = await makeUser({ name: "Noor" });
      await prisma.hostProfile.update({ where: { userId: host.id }, data: { videoProvider: "google_meet" } });
      await connect(host, "google", "meet-mailer");
      const booking = await book(client, host, futureStart(10, 15));
      await runOnce(); // the host's "new request" mail
      const before = smtp.messages.length;
      google.failNext(1, 503, /^POST .*\/events$/);
      expect((await act(booking.id, "confirm", host)).status).toBe(200);
      await runOnce();
      const waiting = await jobsOf(booking.id);
      expect(waiting.find((j) => j.kind === "calendar.create")).toMatchObject({ status: "failed", attempts: 1 });
      expect(waiting.filter((j) => j.kind === "email.notify").at(-1)).toMatchObject({ status: "pending", attempts: 0 });
      expect(smtp.messages.length).toBe(before);

      advance(retryDelays("calendar.create")[0]!);
      await runOnce();
      const { meetingUrl } = await prisma.booking.findUniqueOrThrow({ where: { id: booking.id }, select: { meetingUrl: true } });
      expect(meetingUrl).toMatch(/^https:\/\/meet\.google\.com\//);
      expect(smtp.messages.length).toBe(before + 1);
      expect(plainText(smtp.messages.at(-1)!.data)).toContain(meetingUrl!);
    } finally {
      restore();
      await smtp.close();
    }
  });

  it("without Google connected the host's Meet choice falls back to a Jitsi room at once", async () => {
    const host = await makeHost({ requiresConfirmation: true });
    const client = await makeUser();
    await prisma.hostProfile.update({ where: { userId: host.id }, data: { videoProvider: "google_meet" } });
    const booking = await confirmed(client, host, futureStart(9, 9));
    expect(booking.meeting).toMatchObject({ provider: "jitsi", url: expect.stringContaining("Slotbook-") });
    expect(await jobsOf(booking.id, "calendar.create")).toHaveLength(0);
  });
});

describe("free/busy feeds the engine", () => {
  let host: TestUser;
  let client: TestUser;
  const day = dayOf(12);
  const slotsOn = async (date: string) => {
    const res = await callRoute(slotsRoute, { token: client.token, params: { id: host.id }, path: `/api/v1/hosts/${host.id}/slots?start=${date}&end=${date}&timeZone=UTC&duration=60` });
    expect(res.status, res.text).toBe(200);
    const body = res.body as { slots: Array<{ start: string }>; calendarSync?: string };
    return { starts: body.slots.map((s) => s.start.slice(11, 16)), calendarSync: body.calendarSync };
  };
  const freeBusyCalls = () => google.apiCalls.filter((c) => c.path === "/calendar/v3/freeBusy").length;

  beforeAll(async () => {
    host = await makeHost({ requiresConfirmation: false, minCancelNoticeHours: 0 });
    client = await makeUser();
    await connect(host, "google", "busy-host");
    google.addBusy("busy-host", `${day}T10:00:00Z`, `${day}T12:00:00Z`);
  });

  it("a busy block removes the slots it overlaps, with one provider call for the whole window", async () => {
    const before = freeBusyCalls();
    const { starts, calendarSync } = await slotsOn(day);
    expect(calendarSync).toBeUndefined();
    expect(starts).toContain("09:00");
    expect(starts).not.toContain("09:30");
    expect(starts).not.toContain("10:00");
    expect(starts).not.toContain("11:30");
    expect(starts).toContain("12:00");
    expect(freeBusyCalls()).toBe(before + 1);
    const call = google.apiCalls.filter((c) => c.path === "/calendar/v3/freeBusy").at(-1)!;
    expect(bodyOf(call)).toMatchObject({ items: [{ id: "primary" }], timeMin: expect.stringMatching(/T00:00:00\.000Z$/) });
  });

  it("within the TTL the answer is cached; after it, asked again", async () => {
    const before = freeBusyCalls();
    await slotsOn(day);
    expect(freeBusyCalls()).toBe(before);
    const from = new Date(`${day}T00:00:00Z`);
    const to = new Date(`${day}T23:59:00Z`);
    const t0 = new Date(Date.now() + 86_400_000);
    await hostCalendarBusy(prisma, host.id, from, to, { now: t0 });
    expect(freeBusyCalls()).toBe(before + 1);
    await hostCalendarBusy(prisma, host.id, from, to, { now: new Date(t0.getTime() + CACHE_TTL_MS - 1_000) });
    expect(freeBusyCalls()).toBe(before + 1);
    const later = await hostCalendarBusy(prisma, host.id, from, to, { now: new Date(t0.getTime() + CACHE_TTL_MS + 1_000) });
    expect(freeBusyCalls()).toBe(before + 2);
    expect(later).toEqual({ sync: "ok", busy: [{ id: "calendar:google", start: new Date(`${day}T10:00:00Z`), end: new Date(`${day}T12:00:00Z`) }] });
  });

  it("booking into the busy time is refused with the calendar as the reason", async () => {
    const res = await callRoute(createRoute, { method: "POST", token: client.token, body: { hostId: host.id, start: `${day}T10:30:00.000Z`, duration: 60 } });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: "slot_unavailable", reason: "host_conflict", detail: expect.stringContaining("calendar is busy") });
  });

  it("the events Slotbook wrote are not busy times of their own: a booking moves within its old time", async () => {
    const booking = await confirmed(client, host, `${day}T14:00:00.000Z`);
    await runOnce();
    expect(google.eventsOf("busy-host")).toHaveLength(1);
    clearFreeBusyCache();
    // Google now reports 10-12 and 14-15 busy; 14-15 is our own booking.
    const res = await act(booking.id, "reschedule", client, { start: `${day}T14:30:00.000Z` });
    expect(res.status, res.text).toBe(200);
    const busy = await hostCalendarBusy(prisma, host.id, new Date(`${day}T00:00:00Z`), new Date(`${day}T23:00:00Z`));
    // Until calendar.update moves the event, Google still has it at 14:00-15:00: cut out as ours (the booking is 14:30-15:30).
    expect(busy.busy.map((b) => [b.start.toISOString().slice(11, 16), b.end.toISOString().slice(11, 16)])).toEqual([
      ["10:00", "12:00"],
      ["14:00", "14:30"],
    ]);
  });

  it("a provider that is down or slow never blocks slots: they load, marked stale", async () => {
    const other = dayOf(13);
    google.addBusy("busy-host", `${other}T10:00:00Z`, `${other}T12:00:00Z`);
    google.failNext(3, 503, /freeBusy/);
    const down = await slotsOn(other);
    expect(down.calendarSync).toBe("stale");
    expect(down.starts).toContain("10:00");

    const slow = dayOf(14);
    google.hang(2_500);
    try {
      const result = await slotsOn(slow);
      expect(result.calendarSync).toBe("stale");
      expect(result.starts.length).toBeGreaterThan(0);
    } finally {
      google.hang(0);
    }
  });
});

describe("Outlook free/busy (calendarView)", () => {
  it("busy events remove slots; Slotbook's own events are recognised by id", async () => {
    const host = await makeHost({ requiresConfirmation: false, minCancelNoticeHours: 0 });
    const client = await makeUser();
    await connect(host, "outlook", "ms-busy");
    const day = dayOf(15);
    graph.addBusy("ms-busy", `${day}T08:00:00Z`, `${day}T09:00:00Z`);
    const booking = await confirmed(client, host, `${day}T13:00:00.000Z`);
    await runOnce();
    expect(graph.eventsOf("ms-busy")).toHaveLength(1);
    const busy = await hostCalendarBusy(prisma, host.id, new Date(`${day}T00:00:00Z`), new Date(`${day}T23:00:00Z`));
    expect(busy).toEqual({ sync: "ok", busy: [{ id: "calendar:outlook", start: new Date(`${day}T08:00:00Z`), end: new Date(`${day}T09:00:00Z`) }] });
    const view = graph.apiCalls.find((c) => c.path === "/v1.0/me/calendarView")!;
    expect(view.headers.prefer).toBe('outlook.timezone="UTC"');
    const refused = await callRoute(createRoute, { method: "POST", token: client.token, body: { hostId: host.id, start: `${day}T08:00:00.000Z`, duration: 60 } });
    expect(refused.status).toBe(409);
    expect(booking.status).toBe("confirmed");
  });
});

describe("the plan of calendar jobs", () => {
  const base: PlanBooking = {
    status: "confirmed",
    sessionType: "video",
    meetingProvider: "jitsi",
    meetingId: "room",
    meetingUrl: "https://meet.jit.si/room",
    paymentProvider: null,
    paymentStatus: "not_required",
    priceCents: 0,
    refundedCents: 0,
    clientId: null,
    refundFullNoticeHours: 24,
  };
  const kinds = (type: string, payload: Record<string, unknown>, b: Partial<PlanBooking>) =>
    planJobs(type, payload, { ...base, ...b }, { smtp: false, lateRefundPercent: 0 }).map((j) => j.kind).filter((k) => k.startsWith("calendar."));

  it.each([
    { type: "booking.confirmed", payload: {}, b: { calendarConnections: 2 }, want: ["calendar.create"] },
    { type: "booking.confirmed", payload: {}, b: { calendarConnections: 0 }, want: [] },
    { type: "booking.rescheduled", payload: { by: "client" }, b: { calendarConnections: 1, calendarEvents: 1 }, want: ["calendar.update"] },
    { type: "booking.updated", payload: { fields: ["title"] }, b: { calendarConnections: 1, calendarEvents: 1 }, want: ["calendar.update"] },
    { type: "booking.updated", payload: { fields: ["title"] }, b: { calendarConnections: 1, calendarEvents: 0 }, want: [] },
    { type: "booking.updated", payload: { fields: ["paymentStatus"] }, b: { calendarConnections: 1, calendarEvents: 1 }, want: [] },
    { type: "booking.cancelled", payload: { cancelledBy: "host" }, b: { calendarConnections: 0, calendarEvents: 2 }, want: ["calendar.delete"] },
    { type: "booking.declined", payload: {}, b: { calendarConnections: 1 }, want: ["calendar.delete"] },
    { type: "booking.cancelled", payload: {}, b: {}, want: [] },
  ])("$type $payload $b", ({ type, payload, b, want }) => {
    expect(kinds(type, payload, b)).toEqual(want);
  });
});
