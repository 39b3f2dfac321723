// With no provider configured: nothing touches the network, bookings behave
// as they always did (Jitsi link on confirm, priced sessions settled outside
// Slotbook), notifications are kept in the mail outbox instead of being sent,
// and the status says off.
import net from "node:net";
import tls from "node:tls";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as createRoute } from "@/app/api/v1/bookings/route";
import { POST as actionRoute } from "@/app/api/v1/bookings/[id]/[action]/route";
import { GET as integrationsRoute } from "@/app/api/v1/integrations/route";
import { POST as webhookRoute } from "@/app/api/v1/payments/stripe/webhook/route";
import { getPrisma } from "@/lib/db";
import { planJobs, type PlanBooking } from "@/lib/integrations/jobs/plan";
import { startIntegrationRunner } from "@/lib/integrations/jobs/runner";
import { integrationStatus } from "@/lib/integrations/jobs/status";
import { callRoute } from "../support/call-route";
import { futureStart, makeHost, makeUser, type TestUser } from "../support/fixtures";
import { ALL_INTEGRATION_VARS_OFF, setEnv } from "./integrations-fakes/http-server";

const prisma = getPrisma();
let restoreEnv: () => void;
let host: TestUser;
let client: TestUser;
let serviceId: string;
const fetchSpy = vi.spyOn(globalThis, "fetch");
const netSpy = vi.spyOn(net, "connect");
const tlsSpy = vi.spyOn(tls, "connect");

const act = (id: string, action: string, by: TestUser, body: unknown = {}) => callRoute(actionRoute, { method: "POST", token: by.token, params: { id, action }, body });

beforeAll(async () => {
  restoreEnv = setEnv(ALL_INTEGRATION_VARS_OFF);
  host = await makeHost({ requiresConfirmation: true });
  client = await makeUser();
  serviceId = (await prisma.service.create({ data: { hostId: host.id, name: "Paid hour", durationMinutes: 60, priceCents: 9000 }, select: { id: true } })).id;
});

afterAll(() => {
  restoreEnv();
  vi.restoreAllMocks();
});

describe("no provider configured", () => {
  it("the status says every provider is off", async () => {
    const res = await callRoute(integrationsRoute, { path: "/api/v1/integrations" });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      video: { provider: "jitsi", configured: false, missing: [], summary: expect.stringContaining("Jitsi") },
      payments: { provider: null, configured: false, webhookConfigured: false, summary: expect.stringContaining("off") },
      email: { provider: null, configured: false, summary: expect.stringContaining("off") },
      calendar: { configured: false, google: false, outlook: false, summary: expect.stringContaining("off") },
    });
  });

  it("a priced booking is unpaid and follows the host's confirmation policy, with no checkout", async () => {
    const res = await callRoute(createRoute, { method: "POST", token: client.token, body: { hostId: host.id, serviceId, start: futureStart(3, 9) } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ status: "pending", paymentStatus: "unpaid", priceCents: 9000 });
    expect(res.body).not.toHaveProperty("payment");
    const id = (res.body as { id: string }).id;
    expect(await prisma.booking.findUniqueOrThrow({ where: { id }, select: { paymentProvider: true } })).toEqual({ paymentProvider: null });

    const confirmed = await act(id, "confirm", host);
    expect(confirmed.body).toMatchObject({ status: "confirmed", meeting: { provider: "jitsi", url: expect.stringMatching(/^https:\/\/meet\.jit\.si\//) } });
    expect((await act(id, "cancel", host, { reason: "x" })).status).toBe(200);

    const jobs = await prisma.integrationJob.findMany({ where: { bookingId: id }, select: { kind: true, status: true, lastError: true } });
    // Only notifications and the reminders the cancellation retired: no refund, no meeting job.
    expect(jobs.filter((j) => j.kind === "email.notify")).toHaveLength(3);
    expect(jobs.filter((j) => j.kind !== "email.notify").sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: "reminder.day_before", status: "skipped", lastError: "Superseded by booking.cancelled." },
      { kind: "reminder.hour_before", status: "skipped", lastError: "Superseded by booking.cancelled." },
    ].map((j) => expect.objectContaining(j)));

    const runner = startIntegrationRunner({ db: prisma, poll: false });
    const summary = await runner.runOnce();
    await runner.stop();
    // Each mail is stored in the outbox, none sent.
    expect(summary).toMatchObject({ retrying: 0, dead: 0 });
    const mail = await prisma.mailMessage.findMany({ where: { bookingId: id }, select: { kind: true, status: true, to: true }, orderBy: { createdAt: "asc" } });
    expect(mail.map((m) => [m.kind, m.status]).sort()).toEqual([["cancelled", "stored"], ["confirmed", "stored"], ["request", "stored"]]);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(netSpy).not.toHaveBeenCalled();
    expect(tlsSpy).not.toHaveBeenCalled();
  });

  it("the Stripe webhook answers 501 feature_disabled", async () => {
    const res = await callRoute(webhookRoute, { method: "POST", rawBody: "{}", headers: { "stripe-signature": "t=1,v1=00" } });
    expect(res.status).toBe(501);
    expect(res.body).toMatchObject({ code: "feature_disabled" });
  });

  it("a half-configured Zoom is reported with what is missing and stays off", async () => {
    const restore = setEnv({ ZOOM_ACCOUNT_ID: "acc" });
    try {
      expect(integrationStatus().video).toMatchObject({ provider: "jitsi", configured: false, missing: ["ZOOM_CLIENT_ID", "ZOOM_CLIENT_SECRET"] });
      const res = await callRoute(createRoute, { method: "POST", token: client.token, body: { hostId: host.id, start: futureStart(4, 9), duration: 60 } });
      const confirmed = await act((res.body as { id: string }).id, "confirm", host);
      expect(confirmed.body).toMatchObject({ meeting: { provider: "jitsi" } });
    } finally {
      restore();
    }
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("Stripe without a webhook secret is on but says payments cannot be confirmed", () => {
    const restore = setEnv({ STRIPE_SECRET_KEY: "sk_test_x" });
    try {
      expect(integrationStatus().payments).toMatchObject({ provider: "stripe", configured: true, webhookConfigured: false, summary: expect.stringContaining("STRIPE_WEBHOOK_SECRET") });
    } finally {
      restore();
    }
  });
});

describe("the plan of side effects", () => {
  const booking: PlanBooking = {
    status: "confirmed",
    sessionType: "video",
    meetingProvider: "zoom",
    meetingId: "123",
    meetingUrl: "https://zoom.us/j/123",
    paymentProvider: "stripe",
    paymentStatus: "paid",
    priceCents: 4000,
    refundedCents: 0,
    clientId: "c",
    refundFullNoticeHours: 24,
  };
  const kinds = (type: string, payload: Record<string, unknown>, b: Partial<PlanBooking> = {}) =>
    planJobs(type, payload, { ...booking, ...b }, { smtp: true, lateRefundPercent: 0 }).map((j) => [j.kind, j.payload]);

  it.each([
    { type: "booking.created", payload: { status: "pending_payment" }, b: { status: "pending_payment", paymentStatus: "pending", meetingProvider: null }, want: [["payment.checkout", { amountCents: 4000 }]] },
    { type: "booking.confirmed", payload: {}, b: { meetingUrl: null, meetingId: null }, want: [["video.create", {}], ["email.notify", { to: ["client"] }]] },
    { type: "booking.rescheduled", payload: { by: "client" }, want: [["video.update", {}], ["email.notify", { to: ["host"] }]] },
    {
      type: "booking.cancelled",
      payload: { cancelledBy: "client", noticeHours: 30 },
      want: [["video.delete", { meetingId: "123" }], ["payment.refund", { amountCents: 4000, refundedBefore: 0, currency: null, reason: "timely_cancellation" }], ["email.notify", { to: ["host"] }]],
    },
    { type: "booking.cancelled", payload: { cancelledBy: "client", noticeHours: 3 }, want: [["video.delete", { meetingId: "123" }], ["email.notify", { to: ["host"] }]] },
    { type: "booking.cancelled", payload: { cancelledBy: "system" }, b: { paymentStatus: "pending", meetingProvider: null, status: "cancelled" }, want: [["payment.expire_checkout", {}], ["email.notify", { to: ["client"] }]] },
    { type: "booking.cancelled", payload: { cancelledBy: "client" }, b: { paymentStatus: "pending", meetingProvider: null, status: "cancelled" }, want: [["payment.expire_checkout", {}]] },
    { type: "booking.rescheduled", payload: { by: "admin" }, b: { paymentStatus: "pending", meetingProvider: null, status: "pending_payment" }, want: [["email.notify", { to: ["client"] }]] },
    { type: "booking.declined", payload: {}, b: { meetingProvider: null }, want: [["payment.refund", { amountCents: 4000, refundedBefore: 0, currency: null, reason: "declined" }], ["email.notify", { to: ["client"] }]] },
    { type: "booking.started", payload: {}, want: [] },
  ])("$type $payload", ({ type, payload, b, want }) => {
    expect(kinds(type, payload, b)).toEqual(want);
  });

  it("a group occurrence has no client to mail", () => {
    expect(kinds("booking.confirmed", {}, { clientId: null, meetingProvider: "jitsi" })).toEqual([]);
  });
});
