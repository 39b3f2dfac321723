// Zoom end to end against a local fake of its OAuth and meetings API:
// confirm -> video.create after commit, reschedule -> PATCH, cancel -> DELETE,
// one cached token for many calls, retries with backoff while the booking
// stays confirmed, and the Jitsi fallback once Zoom gives up.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as createRoute } from "@/app/api/v1/bookings/route";
import { POST as actionRoute } from "@/app/api/v1/bookings/[id]/[action]/route";
import { GET as integrationsRoute } from "@/app/api/v1/integrations/route";
import { getPrisma } from "@/lib/db";
import { maxAttempts, retryDelays } from "@/lib/integrations/jobs/job-kinds";
import { startIntegrationRunner, type IntegrationRunner } from "@/lib/integrations/jobs/runner";
import { meetingTopic } from "@/lib/integrations/video/provider";
import { zoomTime } from "@/lib/integrations/video/zoom";
import { callRoute } from "../support/call-route";
import { futureStart, makeHost, makeUser, type TestUser } from "../support/fixtures";
import { startFakeZoom, type FakeZoom } from "./integrations-fakes/fake-zoom";
import { ALL_INTEGRATION_VARS_OFF, setEnv } from "./integrations-fakes/http-server";

const prisma = getPrisma();
let zoom: FakeZoom;
let restoreEnv: () => void;
let host: TestUser;
let client: TestUser;
let runner: IntegrationRunner;
let clock = new Date();

const credentials = { accountId: "acc_123", clientId: "client_abc", clientSecret: "s3cret" };

/** The runner's clock never runs behind the wall clock the use-cases stamp jobs with. */
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

async function pendingBooking(days: number, hh: number) {
  const res = await callRoute(createRoute, { method: "POST", token: client.token, body: { hostId: host.id, start: futureStart(days, hh), duration: 60, title: "Career chat" } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; status: string };
}

async function confirmed(days: number, hh: number) {
  const booking = await pendingBooking(days, hh);
  const res = await act(booking.id, "confirm", host);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { id: string; status: string; meeting: unknown };
}

const jobsOf = (bookingId: string) => prisma.integrationJob.findMany({ where: { bookingId }, orderBy: { createdAt: "asc" } });
const meetingOf = (bookingId: string) =>
  prisma.booking.findUniqueOrThrow({ where: { id: bookingId }, select: { status: true, meetingProvider: true, meetingId: true, meetingUrl: true, meetingPassword: true } });

beforeAll(async () => {
  zoom = await startFakeZoom({ ...credentials, expiresIn: 3599 });
  restoreEnv = setEnv({
    ...ALL_INTEGRATION_VARS_OFF,
    ZOOM_ACCOUNT_ID: credentials.accountId,
    ZOOM_CLIENT_ID: credentials.clientId,
    ZOOM_CLIENT_SECRET: credentials.clientSecret,
    ZOOM_OAUTH_URL: zoom.oauthUrl,
    ZOOM_API_URL: zoom.apiUrl,
  });
  host = await makeHost({ requiresConfirmation: true, minCancelNoticeHours: 24 }, { timeZone: "Europe/Berlin" });
  await prisma.user.update({ where: { id: host.id }, data: { name: "Hana Host" } });
  client = await makeUser({ name: "Chris Client" });
  runner = startIntegrationRunner({ db: prisma, poll: false, now: () => clock, random: () => 0.5 });
});

afterAll(async () => {
  await runner.stop();
  restoreEnv();
  await zoom.close();
});

describe("Zoom meetings follow the booking", () => {
  let bookingId: string;

  it("reports Zoom as the video provider", async () => {
    const res = await callRoute(integrationsRoute, { path: "/api/v1/integrations" });
    expect(res.body).toMatchObject({ video: { provider: "zoom", configured: true, missing: [] } });
  });

  it("confirm commits without a network call and without the Jitsi fallback; the job creates the meeting after commit", async () => {
    const booking = await confirmed(5, 9);
    bookingId = booking.id;
    expect(booking).toMatchObject({ status: "confirmed", meeting: null });
    expect(zoom.apiCalls).toHaveLength(0);
    expect(await meetingOf(bookingId)).toMatchObject({ meetingProvider: "zoom", meetingUrl: null });
    expect((await jobsOf(bookingId)).map((j) => [j.kind, j.status])).toContainEqual(["video.create", "pending"]);

    const summary = await runOnce();
    expect(summary.done).toBeGreaterThanOrEqual(1);
    expect(zoom.tokenCalls).toHaveLength(1);
    const create = zoom.apiCalls.find((c) => c.method === "POST")!;
    expect(create.path).toBe("/v2/users/me/meetings");
    expect(create.headers.authorization).toBe("Bearer zoom_token_1");
    expect(JSON.parse(create.body)).toMatchObject({
      topic: "Chris Client & Hana Host: Career chat",
      type: 2,
      start_time: zoomTime(new Date(futureStart(5, 9))),
      duration: 60,
      timezone: "Europe/Berlin",
      settings: { waiting_room: true, join_before_host: false },
    });
    const stored = await meetingOf(bookingId);
    const [meeting] = [...zoom.meetings.values()];
    expect(stored).toEqual({ status: "confirmed", meetingProvider: "zoom", meetingId: String(meeting!.id), meetingUrl: meeting!.join_url, meetingPassword: meeting!.password });
    // Subscribers learn the link like any other edit.
    expect(await prisma.outboxEvent.count({ where: { bookingId, type: "booking.updated" } })).toBe(1);
  });

  it("reschedule PATCHes the meeting to the new time, with the cached token", async () => {
    const res = await act(bookingId, "reschedule", host, { start: futureStart(5, 14) });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    await runOnce();
    const patch = zoom.apiCalls.find((c) => c.method === "PATCH")!;
    const stored = await meetingOf(bookingId);
    expect(patch.path).toBe(`/v2/meetings/${stored.meetingId}`);
    expect(JSON.parse(patch.body)).toMatchObject({ start_time: zoomTime(new Date(futureStart(5, 14))), duration: 60, timezone: "Europe/Berlin" });
    expect(zoom.meetings.get(stored.meetingId!)!.start_time).toBe(zoomTime(new Date(futureStart(5, 14))));
  });

  it("cancel DELETEs the meeting; create, update and delete shared one token", async () => {
    const meetingId = (await meetingOf(bookingId)).meetingId!;
    expect((await act(bookingId, "cancel", host, { reason: "Ill" })).status).toBe(200);
    await runOnce();
    expect(zoom.apiCalls.find((c) => c.method === "DELETE")?.path).toBe(`/v2/meetings/${meetingId}`);
    expect(zoom.meetings.has(meetingId)).toBe(false);
    expect(zoom.tokenCalls).toHaveLength(1);
    const jobs = await jobsOf(bookingId);
    expect(jobs.filter((j) => j.kind.startsWith("video.")).map((j) => j.status)).toEqual(["done", "done", "done"]);
    // With SMTP off the notifications are kept in the mail outbox: done, not skipped.
    expect(jobs.filter((j) => j.kind === "email.notify").map((j) => j.status)).toEqual(["done", "done", "done", "done"]);
  });

  it("several meetings at once still take one token; an expired token is renewed, a revoked one replaced after 401", async () => {
    const ids = [(await confirmed(6, 9)).id, (await confirmed(6, 11)).id, (await confirmed(6, 13)).id];
    await runOnce();
    for (const id of ids) expect((await meetingOf(id)).meetingUrl).toMatch(/^https:\/\/us06web\.zoom\.us\/j\//);
    expect(zoom.tokenCalls).toHaveLength(1);

    advance(3600 * 1000);
    const late = await confirmed(6, 15);
    await runOnce();
    expect(zoom.tokenCalls).toHaveLength(2);
    expect((await meetingOf(late.id)).meetingUrl).toBeTruthy();

    zoom.revokeTokens();
    const revoked = await confirmed(6, 17);
    await runOnce();
    expect(zoom.tokenCalls).toHaveLength(3);
    expect((await meetingOf(revoked.id)).meetingUrl).toBeTruthy();
  });
});

describe("Zoom failures never touch the booking", () => {
  it("retries with backoff while the booking stays confirmed with its meeting pending, then recovers", async () => {
    zoom.failNext(2, 503);
    const booking = await confirmed(8, 9);
    const first = await runOnce();
    expect(first.retrying).toBe(1);
    let [job] = (await jobsOf(booking.id)).filter((j) => j.kind === "video.create");
    expect(job).toMatchObject({ status: "failed", attempts: 1 });
    expect(job!.lastError).toContain("HTTP 503");
    expect(job!.nextAttemptAt.getTime() - clock.getTime()).toBe(retryDelays("video.create")[0]);
    expect(await meetingOf(booking.id)).toMatchObject({ status: "confirmed", meetingProvider: "zoom", meetingUrl: null });

    const visible = await callRoute(integrationsRoute, { token: client.token, path: `/api/v1/integrations?bookingId=${booking.id}` });
    expect(visible.status).toBe(200);
    expect(visible.body).toMatchObject({
      booking: { meeting: { provider: "zoom", status: "pending" }, jobs: expect.arrayContaining([expect.objectContaining({ kind: "video.create", status: "failed", attempts: 1 })]) },
    });

    // Not due yet: nothing happens, however often the runner polls.
    await runOnce();
    expect((await jobsOf(booking.id)).find((j) => j.kind === "video.create")!.attempts).toBe(1);

    advance(retryDelays("video.create")[0]!);
    await runOnce();
    [job] = (await jobsOf(booking.id)).filter((j) => j.kind === "video.create");
    expect(job).toMatchObject({ status: "failed", attempts: 2 });

    advance(retryDelays("video.create")[1]!);
    await runOnce();
    [job] = (await jobsOf(booking.id)).filter((j) => j.kind === "video.create");
    expect(job).toMatchObject({ status: "done", attempts: 3, lastError: null });
    expect(await meetingOf(booking.id)).toMatchObject({ status: "confirmed", meetingProvider: "zoom", meetingUrl: expect.stringContaining("zoom.us") });
  });

  it("a cancellation while the meeting is still failing waits its turn and creates nothing", async () => {
    zoom.failNext(1, 500);
    const booking = await confirmed(9, 9);
    await runOnce();
    expect((await act(booking.id, "cancel", client, { reason: "Changed my mind" })).status).toBe(200);
    const before = zoom.meetings.size;
    // The delete is due now but waits for the earlier create of the same booking.
    await runOnce();
    expect((await jobsOf(booking.id)).find((j) => j.kind === "video.delete")!.status).toBe("pending");
    advance(retryDelays("video.create")[0]!);
    await runOnce();
    await runOnce();
    const jobs = await jobsOf(booking.id);
    expect(jobs.find((j) => j.kind === "video.create")).toMatchObject({ status: "skipped", lastError: expect.stringContaining("cancelled") });
    expect(jobs.find((j) => j.kind === "video.delete")).toMatchObject({ status: "skipped" });
    expect(zoom.meetings.size).toBe(before);
  });

  it("once Zoom gives up, the booking falls back to a Jitsi room", async () => {
    zoom.failNext(100, 500);
    const booking = await confirmed(10, 9);
    for (let attempt = 1; attempt <= maxAttempts("video.create"); attempt++) {
      await runOnce();
      advance(retryDelays("video.create")[attempt - 1] ?? 0);
    }
    zoom.failNext(0);
    const job = (await jobsOf(booking.id)).find((j) => j.kind === "video.create")!;
    expect(job).toMatchObject({ status: "dead", attempts: maxAttempts("video.create") });
    expect(await meetingOf(booking.id)).toMatchObject({ status: "confirmed", meetingProvider: "jitsi", meetingUrl: expect.stringMatching(/^https:\/\/meet\.jit\.si\//) });
  });
});

describe("the in-app runner", () => {
  it("is woken by the commit instead of waiting for its next poll", async () => {
    const live = startIntegrationRunner({ db: prisma, intervalMs: 10 * 60_000, random: () => 0.5 });
    try {
      const booking = await confirmed(11, 9);
      await vi.waitFor(async () => expect((await meetingOf(booking.id)).meetingUrl).toMatch(/zoom\.us/), { timeout: 10_000, interval: 50 });
    } finally {
      await live.stop();
    }
  });
});

describe("meeting topic", () => {
  it("names both people and stays within Zoom's limit", () => {
    expect(meetingTopic("Ana", "Bo", "Intro")).toBe("Ana & Bo: Intro");
    expect(meetingTopic(null, "Bo", "")).toBe("Bo: Session");
    expect(meetingTopic("A".repeat(150), "B".repeat(150), "T")).toHaveLength(200);
  });
});
