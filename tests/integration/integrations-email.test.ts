// Notifications end to end against a local SMTP server: who gets which mail
// for each booking event, AUTH, the .ics attachment, retries after a
// temporary refusal without sending anyone a duplicate, and the confirmation
// mail waiting for the Zoom link.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/v1/bookings/route";
import { POST as actionRoute } from "@/app/api/v1/bookings/[id]/[action]/route";
import { getPrisma } from "@/lib/db";
import { retryDelays } from "@/lib/integrations/jobs/job-kinds";
import { startIntegrationRunner, type IntegrationRunner } from "@/lib/integrations/jobs/runner";
import { buildMessage, encodeHeader } from "@/lib/integrations/email/mime";
import { dotStuff } from "@/lib/integrations/email/smtp-client";
import { callRoute } from "../support/call-route";
import { futureStart, makeAdmin, makeHost, makeUser, type TestUser } from "../support/fixtures";
import { attachment, plainText, startFakeSmtp, type FakeSmtp } from "./integrations-fakes/fake-smtp";
import { startFakeZoom, type FakeZoom } from "./integrations-fakes/fake-zoom";
import { ALL_INTEGRATION_VARS_OFF, setEnv } from "./integrations-fakes/http-server";

const prisma = getPrisma();
let smtp: FakeSmtp;
let restoreEnv: () => void;
let runner: IntegrationRunner;
let clock = new Date();
let host: TestUser;
let client: TestUser;
let admin: TestUser;

function catchUp() {
  if (clock.getTime() < Date.now()) clock = new Date();
}
async function runOnce() {
  catchUp();
  return runner.runOnce();
}

const act = (id: string, action: string, by: TestUser, body: unknown = {}) => callRoute(actionRoute, { method: "POST", token: by.token, params: { id, action }, body });

async function book(days: number, hh: number, title = "Mock interview") {
  const res = await callRoute(createRoute, { method: "POST", token: client.token, body: { hostId: host.id, start: futureStart(days, hh), duration: 60, title } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; code: string };
}

const subjectOf = (raw: string) => /^Subject: (.*)$/m.exec(raw)?.[1]?.trim() ?? "";

/** Messages sent since `from`, as [recipient, subject]. */
const sentSince = (from: number) => smtp.messages.slice(from).map((m) => [m.to.join(","), subjectOf(m.data)]);

beforeAll(async () => {
  smtp = await startFakeSmtp();
  restoreEnv = setEnv({
    ...ALL_INTEGRATION_VARS_OFF,
    SMTP_HOST: smtp.host,
    SMTP_PORT: String(smtp.port),
    SMTP_USER: "mailer",
    SMTP_PASSWORD: "mail-pass",
    SMTP_FROM: "Slotbook <bookings@slotbook.test>",
    APP_URL: "https://slotbook.test",
  });
  host = await makeHost({ requiresConfirmation: true, minCancelNoticeHours: 24 }, { timeZone: "America/New_York" });
  await prisma.user.update({ where: { id: host.id }, data: { name: "Hosta" } });
  client = await makeUser({ name: "Clio", timeZone: "Europe/Paris" });
  admin = await makeAdmin();
  runner = startIntegrationRunner({ db: prisma, poll: false, now: () => clock, random: () => 0.5 });
});

afterAll(async () => {
  await runner.stop();
  restoreEnv();
  await smtp.close();
});

describe("booking notifications", () => {
  let bookingId: string;

  it("a new request mails the host, authenticated, from SMTP_FROM, with an .ics", async () => {
    const from = smtp.messages.length;
    const booking = await book(5, 14);
    bookingId = booking.id;
    // Nothing is sent inside the request: the runner sends after commit.
    expect(smtp.messages.length).toBe(from);
    await runOnce();
    expect(sentSince(from)).toEqual([[host.email, "New booking request: Mock interview"]]);
    const mail = smtp.messages[from]!;
    expect(mail.from).toBe("bookings@slotbook.test");
    expect(mail.auth).toEqual({ user: "mailer", password: "mail-pass" });
    expect(mail.data).toMatch(/^From: Slotbook <bookings@slotbook\.test>$/m);
    expect(mail.data).toMatch(/^To: "Hosta" <.+>$/m);
    const text = plainText(mail.data);
    expect(text).toContain("Clio asks to book");
    expect(text).toContain("(America/New_York)");
    expect(text).toContain(`https://slotbook.test/bookings/${booking.id}`);
    expect(mail.data).toContain("Content-Type: text/html; charset=utf-8");
    const ics = attachment(mail.data, "text/calendar");
    expect(ics).toContain("METHOD:REQUEST");
    expect(ics).toContain(`UID:${booking.id}@slotbook`);
    expect(ics).toContain("STATUS:TENTATIVE");
  });

  it("confirmation mails the client with the meeting link, in the client's zone", async () => {
    const from = smtp.messages.length;
    const confirmed = await act(bookingId, "confirm", host);
    const url = (confirmed.body as { meeting: { url: string } }).meeting.url;
    await runOnce();
    expect(sentSince(from)).toEqual([[client.email, "Confirmed: Mock interview"]]);
    const text = plainText(smtp.messages[from]!.data);
    expect(text).toContain(`Join: ${url}`);
    expect(text).toContain("(Europe/Paris)");
  });

  it("a reschedule by the host mails the client; a cancellation by the client mails the host", async () => {
    let from = smtp.messages.length;
    expect((await act(bookingId, "reschedule", host, { start: futureStart(5, 16), reason: "Clash" })).status).toBe(200);
    await runOnce();
    expect(sentSince(from)).toEqual([[client.email, "Rescheduled: Mock interview"]]);
    expect(plainText(smtp.messages[from]!.data)).toContain("Reason: Clash");

    from = smtp.messages.length;
    expect((await act(bookingId, "cancel", client, { reason: "Got the job" })).status).toBe(200);
    await runOnce();
    expect(sentSince(from)).toEqual([[host.email, "Cancelled: Mock interview"]]);
    expect(plainText(smtp.messages[from]!.data)).toContain("Clio cancelled");
    expect(attachment(smtp.messages[from]!.data, "text/calendar")).toContain("METHOD:CANCEL");
  });

  it("a decline mails the client with the reason", async () => {
    const booking = await book(6, 10);
    await runOnce();
    const from = smtp.messages.length;
    await act(booking.id, "decline", host, { reason: "Fully booked" });
    await runOnce();
    expect(sentSince(from)).toEqual([[client.email, "Declined: Mock interview"]]);
    expect(plainText(smtp.messages[from]!.data)).toContain("Reason: Fully booked");
  });

  it("an admin's cancellation mails both; a temporary refusal is retried for the one still missing", async () => {
    const booking = await book(6, 14, "Café ☕ chat");
    await act(booking.id, "confirm", host);
    await runOnce();
    const from = smtp.messages.length;
    await act(booking.id, "cancel", admin, { reason: "Policy" });
    const job = async () => prisma.integrationJob.findFirstOrThrow({ where: { bookingId: booking.id, kind: "email.notify", event: { type: "booking.cancelled" } } });
    expect((await job()).payload).toEqual({ to: ["client", "host"] });
    // The client's mail goes through, the host's RCPT is greylisted once.
    smtp.refuseRecipient(host.email, 1);
    await runOnce();
    expect(sentSince(from)).toEqual([[client.email, expect.stringContaining("=?UTF-8?B?")]]);
    expect(await job()).toMatchObject({ status: "failed", attempts: 1, result: { sent: ["client"] }, lastError: expect.stringContaining("451") });

    clock = new Date(clock.getTime() + retryDelays("email.notify")[0]!);
    await runOnce();
    expect(sentSince(from)).toEqual([
      [client.email, expect.any(String)],
      [host.email, expect.any(String)],
    ]);
    expect(await job()).toMatchObject({ status: "done", attempts: 2, result: { sent: ["client", "host"] } });
    expect(plainText(smtp.messages.at(-1)!.data)).toContain("An administrator cancelled");
  });
});

describe("SMTP client details", () => {
  it("authenticates with AUTH LOGIN when PLAIN is not offered", async () => {
    const loginOnly = await startFakeSmtp({ authMechanisms: ["LOGIN"] });
    const restore = setEnv({ SMTP_PORT: String(loginOnly.port) });
    try {
      await book(7, 9);
      await runOnce();
      expect(loginOnly.messages).toHaveLength(1);
      expect(loginOnly.messages[0]!.auth).toEqual({ user: "mailer", password: "mail-pass" });
      expect(loginOnly.transcript).toContain("AUTH LOGIN");
    } finally {
      restore();
      await loginOnly.close();
    }
  });

  it("dot-stuffs, encodes headers and keeps lines short", () => {
    expect(dotStuff(".hidden\n..two\nplain")).toBe("..hidden\r\n...two\r\nplain");
    expect(encodeHeader("Plain")).toBe("Plain");
    expect(encodeHeader("Café")).toBe(`=?UTF-8?B?${Buffer.from("Café").toString("base64")}?=`);
    const raw = buildMessage({ from: "a@b.c", to: ["d@e.f"], subject: "S", text: "x".repeat(500), html: "<p>y</p>", date: new Date(0) });
    expect(raw.split("\r\n").every((line) => line.length <= 998)).toBe(true);
    expect(raw).toContain("Date: Thu, 01 Jan 1970 00:00:00 +0000");
  });
});

describe("with Zoom on, the confirmation mail waits for the meeting link", () => {
  let zoom: FakeZoom;
  let restore: () => void;
  beforeAll(async () => {
    zoom = await startFakeZoom({ accountId: "a", clientId: "b", clientSecret: "c" });
    restore = setEnv({ ZOOM_ACCOUNT_ID: "a", ZOOM_CLIENT_ID: "b", ZOOM_CLIENT_SECRET: "c", ZOOM_OAUTH_URL: zoom.oauthUrl, ZOOM_API_URL: zoom.apiUrl });
  });
  afterAll(async () => {
    restore();
    await zoom.close();
  });

  it("holds the mail while Zoom fails and sends it with the Zoom link once the meeting exists", async () => {
    let from = smtp.messages.length;
    const booking = await book(8, 9);
    await runOnce();
    expect(sentSince(from)).toEqual([[host.email, "New booking request: Mock interview"]]);
    zoom.failNext(1, 503);
    await act(booking.id, "confirm", host);
    from = smtp.messages.length;
    await runOnce();
    expect(sentSince(from)).toEqual([]);
    clock = new Date(clock.getTime() + retryDelays("video.create")[0]!);
    await runOnce();
    await runOnce();
    expect(sentSince(from)).toEqual([[client.email, "Confirmed: Mock interview"]]);
    const [meeting] = [...zoom.meetings.values()];
    expect(plainText(smtp.messages[from]!.data)).toContain(`Join: ${meeting!.join_url}\nPasscode: ${meeting!.password}`);
  });
});
