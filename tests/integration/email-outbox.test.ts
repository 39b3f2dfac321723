// The mail outbox and reminders: every notification is stored (and sent when
// SMTP is configured), each lifecycle step produces its message for the right
// party in that party's own zone, reminders fire at start-24h and start-1h on
// the runner's clock (never after a cancel or a move, never for someone who
// turned them off), and only admins can read the outbox.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/v1/bookings/route";
import { POST as actionRoute } from "@/app/api/v1/bookings/[id]/[action]/route";
import { GET as mailListRoute } from "@/app/api/v1/admin/mail/route";
import { GET as mailRoute } from "@/app/api/v1/admin/mail/[id]/route";
import { GET as prefsGet, PATCH as prefsPatch } from "@/app/api/v1/me/notifications/route";
import { getPrisma } from "@/lib/db";
import { retryDelays } from "@/lib/integrations/jobs/job-kinds";
import { claimDueJobs, recordDoneBatch, type ClaimedJob } from "@/lib/integrations/jobs/job-repository";
import { startIntegrationRunner, type IntegrationRunner } from "@/lib/integrations/jobs/runner";
import { callRoute } from "../support/call-route";
import { futureStart, makeAdmin, makeHost, makeUser, type TestUser } from "../support/fixtures";
import { plainText, startFakeSmtp, type FakeSmtp } from "./integrations-fakes/fake-smtp";
import { ALL_INTEGRATION_VARS_OFF, setEnv } from "./integrations-fakes/http-server";

const prisma = getPrisma();
const HOUR = 3_600_000;
let restoreEnv: () => void;
let runner: IntegrationRunner;
let clock = new Date();
let host: TestUser;
let client: TestUser;
let admin: TestUser;

const act = (id: string, action: string, by: TestUser, body: unknown = {}) => callRoute(actionRoute, { method: "POST", token: by.token, params: { id, action }, body });

async function book(days: number, hh: number, title = "Mock interview") {
  const res = await callRoute(createRoute, { method: "POST", token: client.token, body: { hostId: host.id, start: futureStart(days, hh), duration: 60, title } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; code: string; start: string };
}

/** Runs the due jobs at `at` (default: now). */
async function runAt(at = new Date()) {
  clock = at;
  return runner.runOnce();
}

const mailOf = (bookingId: string) =>
  prisma.mailMessage.findMany({
    where: { bookingId },
    orderBy: [{ createdAt: "asc" }, { kind: "asc" }, { to: "asc" }],
    select: { id: true, kind: true, to: true, subject: true, text: true, html: true, ics: true, status: true, sentAt: true, userId: true },
  });

/** [kind, recipient address] of a booking's stored mail. */
const sentList = async (bookingId: string) => (await mailOf(bookingId)).map((m) => [m.kind, m.to]);

const seq = (ics: string | null) => Number(/^SEQUENCE:(\d+)/m.exec(ics ?? "")?.[1]);

beforeAll(async () => {
  restoreEnv = setEnv({ ...ALL_INTEGRATION_VARS_OFF, APP_URL: "https://slotbook.test" });
  host = await makeHost({ requiresConfirmation: true, minCancelNoticeHours: 0 }, { timeZone: "Asia/Kolkata" });
  await prisma.user.update({ where: { id: host.id }, data: { name: "Hosta" } });
  client = await makeUser({ name: "Clio", timeZone: "America/New_York" });
  admin = await makeAdmin();
  runner = startIntegrationRunner({ db: prisma, poll: false, now: () => clock, random: () => 0.5 });
});

afterAll(async () => {
  await runner.stop();
  restoreEnv();
});

describe("without SMTP, every message is stored in the outbox", () => {
  it("request -> confirm -> reschedule -> reminders -> complete: each step's mail, to the right party, in their zone", async () => {
    const booking = await book(3, 10);
    await runAt();
    expect(await sentList(booking.id)).toEqual([["request", host.email]]);
    const [request] = await mailOf(booking.id);
    expect(request).toMatchObject({ status: "stored", sentAt: null, userId: host.id, subject: "New booking request: Mock interview" });
    // 10:00 UTC is 15:30 in Kolkata (no DST there).
    expect(request!.text).toContain("3:30 PM (Asia/Kolkata)");
    expect(request!.text).toContain(`https://slotbook.test/bookings/${booking.id}`);

    const confirmed = await act(booking.id, "confirm", host);
    const meetingUrl = (confirmed.body as { meeting: { url: string } }).meeting.url;
    await runAt();
    const confirmation = (await mailOf(booking.id)).find((m) => m.kind === "confirmed")!;
    expect(confirmation).toMatchObject({ to: client.email, userId: client.id, subject: "Confirmed: Mock interview", status: "stored" });
    expect(confirmation.text).toContain(`Join: ${meetingUrl}`);
    expect(confirmation.text).toMatch(/[56]:00 AM \(America\/New_York\)/);
    expect(confirmation.ics).toContain("METHOD:REQUEST");

    // Both reminders wait for their time on the runner's clock.
    const start = new Date(booking.start);
    const reminders = async () =>
      prisma.integrationJob.findMany({ where: { bookingId: booking.id, kind: { startsWith: "reminder." } }, orderBy: { createdAt: "asc" }, select: { kind: true, status: true, nextAttemptAt: true, payload: true, lastError: true } });
    expect(await reminders()).toEqual([
      { kind: "reminder.day_before", status: "pending", nextAttemptAt: new Date(start.getTime() - 24 * HOUR), payload: { to: ["client", "host"], start: booking.start }, lastError: null },
      { kind: "reminder.hour_before", status: "pending", nextAttemptAt: new Date(start.getTime() - HOUR), payload: { to: ["client", "host"], start: booking.start }, lastError: null },
    ]);

    // The host moves it by two hours: the client hears of it with an updated invitation.
    const moved = await act(booking.id, "reschedule", host, { start: futureStart(3, 12), reason: "Clash <b>at</b> work" });
    expect(moved.body).toMatchObject({ status: "confirmed" });
    await runAt();
    const rescheduled = (await mailOf(booking.id)).find((m) => m.kind === "rescheduled")!;
    expect(rescheduled).toMatchObject({ to: client.email, subject: "Rescheduled: Mock interview" });
    expect(rescheduled.text).toContain("Reason: Clash <b>at</b> work");
    expect(rescheduled.html).toContain("Reason: Clash &lt;b&gt;at&lt;/b&gt; work");
    expect(rescheduled.ics).toContain("METHOD:REQUEST");
    expect(rescheduled.ics).toContain(`UID:${booking.id}@slotbook`);
    expect(seq(rescheduled.ics)).toBeGreaterThan(seq(confirmation.ics));
    const jobs = await reminders();
    expect(jobs.filter((j) => j.status === "skipped").map((j) => j.lastError)).toEqual(["Superseded by booking.rescheduled.", "Superseded by booking.rescheduled."]);
    const newStart = new Date(futureStart(3, 12));
    expect(jobs.filter((j) => j.status === "pending").map((j) => j.nextAttemptAt)).toEqual([new Date(newStart.getTime() - 24 * HOUR), new Date(newStart.getTime() - HOUR)]);

    // At the old reminder time nothing goes out.
    const before = (await mailOf(booking.id)).length;
    await runAt(new Date(start.getTime() - 24 * HOUR + 60_000));
    expect(await mailOf(booking.id)).toHaveLength(before);

    // At the new one, both parties get it, each in their own zone.
    await runAt(new Date(newStart.getTime() - 24 * HOUR + 60_000));
    const day = (await mailOf(booking.id)).filter((m) => m.kind === "reminder_24h");
    expect(day.map((m) => m.to).sort()).toEqual([client.email, host.email].sort());
    expect(day.find((m) => m.to === host.email)!.text).toContain("5:30 PM (Asia/Kolkata)");
    expect(day.find((m) => m.to === client.email)!.text).toMatch(/[78]:00 AM \(America\/New_York\)/);
    expect(day[0]!.subject).toBe("Reminder: Mock interview starts in 24 hours");
    expect(day.find((m) => m.to === client.email)!.text).toContain(`Join: ${meetingUrl}`);

    // Not again on the next poll; the hour reminder only at its time.
    await runAt(new Date(newStart.getTime() - 2 * HOUR));
    expect((await mailOf(booking.id)).filter((m) => m.kind.startsWith("reminder_"))).toHaveLength(2);
    await runAt(new Date(newStart.getTime() - HOUR + 60_000));
    const hour = (await mailOf(booking.id)).filter((m) => m.kind === "reminder_1h");
    expect(hour.map((m) => m.to).sort()).toEqual([client.email, host.email].sort());
    expect(hour[0]!.subject).toBe("Reminder: Mock interview starts in 1 hour");

    // After the session: the client is asked for feedback.
    await prisma.booking.update({ where: { id: booking.id }, data: { startAt: new Date(Date.now() - 2 * HOUR), endAt: new Date(Date.now() - HOUR) }, select: { id: true } });
    expect((await act(booking.id, "complete", host)).status).toBe(200);
    await runAt();
    const feedback = (await mailOf(booking.id)).filter((m) => m.kind === "feedback_request");
    expect(feedback).toEqual([expect.objectContaining({ to: client.email, subject: 'How was "Mock interview"?', ics: null })]);
    expect(feedback[0]!.text).toContain(`https://slotbook.test/bookings/${booking.id}`);
  });

  it("an instant booking: the host hears it is booked, the client gets the confirmation, reminders are planned", async () => {
    const instant = await makeHost({ requiresConfirmation: false }, { timeZone: "Europe/Berlin" });
    const res = await callRoute(createRoute, { method: "POST", token: client.token, body: { hostId: instant.id, start: futureStart(9, 9), duration: 60, title: "Quick chat" } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const id = (res.body as { id: string }).id;
    await runAt();
    const mail = await mailOf(id);
    expect(mail.map((m) => [m.kind, m.to, m.subject])).toEqual([
      ["booked", instant.email, "New booking: Quick chat"],
      ["confirmed", client.email, "Confirmed: Quick chat"],
    ]);
    expect(mail[0]!.text).toContain("(Europe/Berlin)");
    expect(await prisma.integrationJob.count({ where: { bookingId: id, kind: { startsWith: "reminder." }, status: "pending" } })).toBe(2);
    await act(id, "cancel", client, { reason: "Changed my mind" });
  });

  it("a finished batch's mails are stored with its outcome, and never by a runner whose lease ran out", async () => {
    const first = await book(11, 9, "Batch one");
    const second = await book(11, 11, "Batch two");
    const now = new Date();
    const claim = (at: Date) => claimDueJobs(prisma, at, new Date(at.getTime() + 60_000), 10, { kinds: ["email.notify"] });
    const mine = (jobs: ClaimedJob[]) => jobs.filter((job) => job.bookingId === first.id || job.bookingId === second.id);
    const stale = mine(await claim(now));
    expect(stale.map((job) => job.bookingId).sort()).toEqual([first.id, second.id].sort());
    // The lease runs out and another runner takes both jobs over (attempt 2).
    const current = mine(await claim(new Date(now.getTime() + 120_000)));
    expect(current.map((job) => job.attempts)).toEqual([2, 2]);
    const record = (job: ClaimedJob) => ({
      job,
      result: { stored: ["host"] },
      mails: [{ jobId: job.id, party: "host", userId: host.id, bookingId: job.bookingId, kind: "requested", to: host.email, toName: "Hosta", subject: `S ${job.attempts}`, text: "t", html: null, ics: null }],
    });

    expect(await recordDoneBatch(prisma, stale.map(record), now)).toEqual(new Set());
    expect(await mailOf(first.id)).toEqual([]);
    expect(await recordDoneBatch(prisma, current.map(record), now)).toEqual(new Set(current.map((job) => job.id)));
    // Recorded once: a second record of the same attempt finds the job done.
    expect(await recordDoneBatch(prisma, current.map(record), now)).toEqual(new Set());
    for (const booking of [first, second]) {
      expect((await mailOf(booking.id)).map((m) => [m.to, m.subject])).toEqual([[host.email, "S 2"]]);
      const job = await prisma.integrationJob.findFirstOrThrow({ where: { bookingId: booking.id, kind: "email.notify" }, select: { status: true, result: true } });
      expect(job).toEqual({ status: "done", result: { stored: ["host"] } });
    }
  });

  it("a cancellation carries the reason, and the reminders never go out", async () => {
    const booking = await book(4, 9);
    await act(booking.id, "confirm", host);
    await runAt();
    expect((await act(booking.id, "cancel", client, { reason: "Got the job" })).status).toBe(200);
    await runAt();
    const cancelled = (await mailOf(booking.id)).filter((m) => m.kind === "cancelled");
    expect(cancelled).toEqual([expect.objectContaining({ to: host.email, subject: "Cancelled: Mock interview" })]);
    expect(cancelled[0]!.text).toContain("Clio cancelled");
    expect(cancelled[0]!.text).toContain("Reason: Got the job");
    expect(cancelled[0]!.ics).toContain("METHOD:CANCEL");

    const start = new Date(booking.start);
    await runAt(new Date(start.getTime() - 24 * HOUR + 60_000));
    await runAt(new Date(start.getTime() - HOUR + 60_000));
    expect((await mailOf(booking.id)).filter((m) => m.kind.startsWith("reminder_"))).toEqual([]);
  });

  it("a decline mails the client with the reason", async () => {
    const booking = await book(4, 14);
    await runAt();
    await act(booking.id, "decline", host, { reason: "Fully booked" });
    await runAt();
    const declined = (await mailOf(booking.id)).filter((m) => m.kind === "declined");
    expect(declined).toEqual([expect.objectContaining({ to: client.email, subject: "Declined: Mock interview" })]);
    expect(declined[0]!.text).toContain("Reason: Fully booked");
  });

  it("a reminder whose time passed long ago is skipped, not sent late", async () => {
    const booking = await book(5, 9);
    await act(booking.id, "confirm", host);
    await runAt();
    const start = new Date(booking.start);
    // Seven hours after the 24-hour reminder was due (its margin is six).
    await runAt(new Date(start.getTime() - 17 * HOUR));
    const job = await prisma.integrationJob.findFirstOrThrow({ where: { bookingId: booking.id, kind: "reminder.day_before" }, select: { status: true, lastError: true } });
    expect(job).toEqual({ status: "skipped", lastError: "Too late: the reminder time has passed." });
    expect((await mailOf(booking.id)).filter((m) => m.kind.startsWith("reminder_"))).toEqual([]);
  });

  it("a booking confirmed less than a day ahead gets only the one-hour reminder", async () => {
    const res = await callRoute(createRoute, { method: "POST", token: client.token, body: { hostId: host.id, start: new Date(Math.ceil((Date.now() + 5 * HOUR) / HOUR) * HOUR).toISOString(), duration: 60 } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const id = (res.body as { id: string }).id;
    await act(id, "confirm", host);
    const jobs = await prisma.integrationJob.findMany({ where: { bookingId: id, kind: { startsWith: "reminder." } }, orderBy: { kind: "asc" }, select: { kind: true, status: true, lastError: true } });
    expect(jobs).toEqual([
      { kind: "reminder.day_before", status: "skipped", lastError: "Confirmed less than 24 hours ahead: no reminder." },
      { kind: "reminder.hour_before", status: "pending", lastError: null },
    ]);
    await act(id, "cancel", host, { reason: "Tidy up" });
  });

  it("someone who turned reminders off gets none; the other party still does", async () => {
    expect((await callRoute(prefsGet, { token: client.token })).body).toEqual({ emailReminders: true });
    const off = await callRoute(prefsPatch, { method: "PATCH", token: client.token, body: { emailReminders: false } });
    expect(off).toMatchObject({ status: 200, body: { emailReminders: false } });
    expect((await callRoute(prefsPatch, { method: "PATCH", token: client.token, body: { emailReminders: false, extra: 1 } })).status).toBe(400);
    try {
      const booking = await book(6, 9);
      await act(booking.id, "confirm", host);
      await runAt();
      const start = new Date(booking.start);
      await runAt(new Date(start.getTime() - 24 * HOUR + 60_000));
      expect((await mailOf(booking.id)).filter((m) => m.kind === "reminder_24h").map((m) => m.to)).toEqual([host.email]);
      const job = await prisma.integrationJob.findFirstOrThrow({ where: { bookingId: booking.id, kind: "reminder.day_before" }, select: { status: true, result: true } });
      expect(job).toEqual({ status: "done", result: { stored: ["host"], optedOut: ["client"] } });

      // The host turns them off too: the hour reminder has nobody left to tell.
      await callRoute(prefsPatch, { method: "PATCH", token: host.token, body: { emailReminders: false } });
      await runAt(new Date(start.getTime() - HOUR + 60_000));
      expect(await prisma.integrationJob.findFirstOrThrow({ where: { bookingId: booking.id, kind: "reminder.hour_before" }, select: { status: true, lastError: true } })).toEqual({
        status: "skipped",
        lastError: "Reminders are turned off by every recipient.",
      });
      expect((await mailOf(booking.id)).filter((m) => m.kind === "reminder_1h")).toEqual([]);
    } finally {
      await callRoute(prefsPatch, { method: "PATCH", token: client.token, body: { emailReminders: true } });
      await callRoute(prefsPatch, { method: "PATCH", token: host.token, body: { emailReminders: true } });
    }
  });

  it("user text is escaped in the HTML body", async () => {
    const booking = await book(7, 9, `<script>alert("x")</script> & more`);
    await runAt();
    const [mail] = await mailOf(booking.id);
    expect(mail!.html).not.toContain("<script>");
    expect(mail!.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more");
  });
});

describe("the admin mail API", () => {
  const list = (by: TestUser | null, query = "") => callRoute(mailListRoute, { token: by?.token, path: `/api/v1/admin/mail${query}` });

  it.each([
    { who: "admin", status: 200 },
    { who: "host", status: 403 },
    { who: "client", status: 403 },
    { who: "anonymous", status: 401 },
  ])("$who -> $status", async ({ who, status }) => {
    const by = who === "admin" ? admin : who === "host" ? host : who === "client" ? client : null;
    expect((await list(by)).status).toBe(status);
    const any = await prisma.mailMessage.findFirstOrThrow({ select: { id: true } });
    expect((await callRoute(mailRoute, { token: by?.token, params: { id: any.id } })).status).toBe(status);
  });

  it("newest first, paginated, filtered by kind and recipient", async () => {
    const all = (await list(admin, "?pageSize=100")).body as { items: Array<{ createdAt: string; kind: string; to: string }>; total: number };
    expect(all.total).toBe(await prisma.mailMessage.count());
    const times = all.items.map((m) => m.createdAt);
    expect([...times].sort().reverse()).toEqual(times);

    const page2 = (await list(admin, "?pageSize=2&page=2")).body as { items: Array<{ id: string }>; page: number; pageSize: number };
    expect(page2).toMatchObject({ page: 2, pageSize: 2 });
    expect(page2.items.map((m) => m.id)).toEqual((all.items as unknown as Array<{ id: string }>).slice(2, 4).map((m) => m.id));

    const reminders = (await list(admin, "?kind=reminder_24h&pageSize=100")).body as { items: Array<{ kind: string }> };
    expect(reminders.items.length).toBeGreaterThan(0);
    expect(reminders.items.every((m) => m.kind === "reminder_24h")).toBe(true);

    const forHost = (await list(admin, `?recipient=${encodeURIComponent(host.email.toUpperCase())}&pageSize=100`)).body as { items: Array<{ to: string }>; total: number };
    expect(forHost.total).toBe(await prisma.mailMessage.count({ where: { to: host.email } }));
    expect(forHost.items.every((m) => m.to === host.email)).toBe(true);

    const one = await callRoute(mailRoute, { token: admin.token, params: { id: (all.items[0] as unknown as { id: string }).id } });
    expect(one.body).toMatchObject({ text: expect.any(String), html: expect.any(String) });
  });
});

describe("with SMTP configured, each stored message is also sent", () => {
  let smtp: FakeSmtp;
  let restore: () => void;
  beforeAll(async () => {
    smtp = await startFakeSmtp();
    restore = setEnv({ SMTP_HOST: smtp.host, SMTP_PORT: String(smtp.port), SMTP_FROM: "Slotbook <bookings@slotbook.test>" });
  });
  afterAll(async () => {
    restore();
    await smtp.close();
  });

  it("stored and sent, reminders too; a refused delivery is retried without a second copy", async () => {
    const booking = await book(8, 9);
    await runAt();
    const [request] = await mailOf(booking.id);
    expect(request).toMatchObject({ kind: "request", status: "sent", sentAt: clock });
    expect(smtp.messages.map((m) => m.to)).toEqual([[host.email]]);
    expect(smtp.messages[0]!.data).toMatch(new RegExp(`^Message-ID: <${request!.id}@slotbook\\.test>$`, "m"));

    await act(booking.id, "confirm", host);
    await runAt();
    const start = new Date(booking.start);
    smtp.refuseRecipient(client.email, 1);
    await runAt(new Date(start.getTime() - 24 * HOUR + 60_000));
    const failed = (await mailOf(booking.id)).filter((m) => m.kind === "reminder_24h");
    // Client first (payload order): refused, so the host's waits for the retry.
    expect(failed).toEqual([expect.objectContaining({ to: client.email, status: "failed" })]);
    expect(await prisma.mailMessage.findUniqueOrThrow({ where: { id: failed[0]!.id }, select: { error: true, attempts: true } })).toEqual({ error: expect.stringContaining("451"), attempts: 1 });

    await runAt(new Date(clock.getTime() + retryDelays("reminder.day_before")[0]!));
    const day = (await mailOf(booking.id)).filter((m) => m.kind === "reminder_24h");
    expect(day.map((m) => [m.to, m.status]).sort()).toEqual([[client.email, "sent"], [host.email, "sent"]].sort());
    const delivered = smtp.messages.filter((m) => /^Subject: Reminder: .* starts in 24 hours$/m.test(m.data) && plainText(m.data).includes(booking.id));
    expect(delivered.map((m) => m.to[0]).sort()).toEqual([client.email, host.email].sort());
  });
});
