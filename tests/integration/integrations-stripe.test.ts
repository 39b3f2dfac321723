// Stripe end to end against a local fake: a priced booking holds its slot in
// pending_payment with a Checkout Session; the signed webhook marks it paid
// and applies the host's policy, or cancels it when the checkout expires;
// cancellations refund by the policy of docs/decisions/009. Priced purchases
// (course, package, bundle) are paid the same way.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/v1/bookings/route";
import { POST as purchaseRoute } from "@/app/api/v1/bookings/purchases/route";
import { POST as actionRoute } from "@/app/api/v1/bookings/[id]/[action]/route";
import { GET as integrationsRoute } from "@/app/api/v1/integrations/route";
import { POST as webhookRoute } from "@/app/api/v1/payments/stripe/webhook/route";
import { getPrisma } from "@/lib/db";
import { retryDelays } from "@/lib/integrations/jobs/job-kinds";
import { startIntegrationRunner, type IntegrationRunner } from "@/lib/integrations/jobs/runner";
import { formEncode } from "@/lib/integrations/payments/form-encode";
import { refundOnCancel } from "@/lib/integrations/payments/refund-policy";
import { stripeSignature, verifyStripeSignature } from "@/lib/integrations/payments/stripe-signature";
import { newBookingCode } from "@/lib/server/booking-code";
import { EXPIRED_HOLD_GRACE_MS } from "@/lib/server/payments/cancel-unpaid";
import { callRoute } from "../support/call-route";
import { futureStart, makeHost, makeUser, startInHours, type TestUser } from "../support/fixtures";
import { formOf, startFakeStripe, type FakeStripe } from "./integrations-fakes/fake-stripe";
import { ALL_INTEGRATION_VARS_OFF, setEnv } from "./integrations-fakes/http-server";

const prisma = getPrisma();
const SECRET_KEY = "sk_test_slotbook";
const WEBHOOK_SECRET = "whsec_test_slotbook";
const PRICE = 5000;
let stripe: FakeStripe;
let restoreEnv: () => void;
let runner: IntegrationRunner;
let clock = new Date();
let reviewer: TestUser; // requires confirmation
let instant: TestUser; // confirms at once
let client: TestUser;
let other: TestUser;
const services: Record<string, string> = {};

function catchUp() {
  if (clock.getTime() < Date.now()) clock = new Date();
}
async function runOnce() {
  catchUp();
  return runner.runOnce();
}

async function pricedService(host: TestUser) {
  const service = await prisma.service.create({ data: { hostId: host.id, name: "Portfolio review", durationMinutes: 60, priceCents: PRICE, currency: "EUR" }, select: { id: true } });
  services[host.id] = service.id;
}

type Created = { id: string; status: string; paymentStatus: string; payment?: { provider: string; status: string; checkoutUrl: string | null } };

async function book(host: TestUser, start: string, by = client) {
  const res = await callRoute(createRoute, { method: "POST", token: by.token, body: { hostId: host.id, serviceId: services[host.id], start } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as Created;
}

function sessionOf(bookingId: string) {
  return [...stripe.sessions.values()].find((s) => s.client_reference_id === bookingId)!;
}

async function deliver(event: unknown, options: { secret?: string; at?: Date; header?: string } = {}) {
  const body = JSON.stringify(event);
  const header = options.header ?? stripe.sign(options.secret ?? WEBHOOK_SECRET, body, options.at);
  return callRoute(webhookRoute, { method: "POST", rawBody: body, headers: { "content-type": "application/json", "stripe-signature": header } });
}

async function paid(host: TestUser, start: string, by = client) {
  const booking = await book(host, start, by);
  const res = await deliver(stripe.complete(sessionOf(booking.id).id));
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return booking;
}

const act = (id: string, action: string, by: TestUser, body: unknown = {}) => callRoute(actionRoute, { method: "POST", token: by.token, params: { id, action }, body });
const bookingRow = (id: string) =>
  prisma.booking.findUniqueOrThrow({
    where: { id },
    select: { status: true, paymentStatus: true, paymentProvider: true, paymentRef: true, paidAt: true, refundedCents: true, cancelledBy: true, confirmedAt: true },
  });

beforeAll(async () => {
  stripe = await startFakeStripe({ secretKey: SECRET_KEY });
  restoreEnv = setEnv({
    ...ALL_INTEGRATION_VARS_OFF,
    STRIPE_SECRET_KEY: SECRET_KEY,
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_URL: stripe.apiUrl,
    APP_URL: "https://slotbook.test",
  });
  reviewer = await makeHost({ requiresConfirmation: true, minCancelNoticeHours: 0 });
  instant = await makeHost({ requiresConfirmation: false, minCancelNoticeHours: 0 });
  await pricedService(reviewer);
  await pricedService(instant);
  client = await makeUser({ name: "Payer" });
  other = await makeUser({ name: "Next in line" });
  runner = startIntegrationRunner({ db: prisma, poll: false, now: () => clock, random: () => 0.5 });
});

afterAll(async () => {
  await runner.stop();
  restoreEnv();
  await stripe.close();
});

describe("checkout", () => {
  it("a priced booking waits in pending_payment and the create response carries the Checkout URL", async () => {
    const before = Date.now();
    const booking = await book(instant, futureStart(4, 9));
    expect(booking).toMatchObject({ status: "pending_payment", paymentStatus: "pending", payment: { provider: "stripe", status: "pending" } });
    const session = sessionOf(booking.id);
    expect(booking.payment!.checkoutUrl).toBe(session.url);

    const call = stripe.calls.find((c) => c.path === "/v1/checkout/sessions")!;
    expect(call.headers.authorization).toBe(`Bearer ${SECRET_KEY}`);
    expect(call.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(call.headers["idempotency-key"]).toMatch(/^slotbook_checkout_/);
    const form = formOf(call.body);
    expect(form).toMatchObject({
      mode: "payment",
      "line_items[0][price_data][currency]": "eur",
      "line_items[0][price_data][unit_amount]": String(PRICE),
      "line_items[0][quantity]": "1",
      client_reference_id: booking.id,
      "metadata[booking_id]": booking.id,
      success_url: `https://slotbook.test/bookings/${booking.id}?payment=success`,
      cancel_url: `https://slotbook.test/bookings/${booking.id}?payment=cancelled`,
    });
    expect(form["line_items[0][price_data][product_data][name]"]).toContain("Portfolio review");
    const expiresAt = Number(form.expires_at) * 1000;
    expect(expiresAt - before).toBeGreaterThanOrEqual(30 * 60_000);
    expect(expiresAt - before).toBeLessThan(35 * 60_000);

    const visible = await callRoute(integrationsRoute, { token: client.token, path: `/api/v1/integrations?bookingId=${booking.id}` });
    expect(visible.body).toMatchObject({ payments: { provider: "stripe", configured: true, webhookConfigured: true }, booking: { payment: { checkoutUrl: session.url } } });
  });

  it("a Stripe outage keeps the booking; the checkout is retried and its URL appears", async () => {
    stripe.failNext(1, 500);
    const before = Date.now();
    const booking = await book(instant, futureStart(4, 11));
    const after = Date.now();
    expect(booking).toMatchObject({ status: "pending_payment", payment: { checkoutUrl: null } });
    const job = await prisma.integrationJob.findFirstOrThrow({ where: { bookingId: booking.id, kind: "payment.checkout" } });
    expect(job).toMatchObject({ status: "failed", attempts: 1 });
    // The first try ran inside the create request, on the real clock and with
    // real jitter (±10 %), so the retry is due at whatever time it recorded.
    const base = retryDelays("payment.checkout")[0]!;
    expect(job.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + base * 0.9);
    expect(job.nextAttemptAt.getTime()).toBeLessThanOrEqual(after + base * 1.1);
    clock = new Date(job.nextAttemptAt.getTime() - 1);
    expect((await runner.runOnce()).done).toBe(0);
    clock = job.nextAttemptAt;
    await runner.runOnce();
    const visible = await callRoute(integrationsRoute, { token: client.token, path: `/api/v1/integrations?bookingId=${booking.id}` });
    expect(visible.body).toMatchObject({ booking: { payment: { checkoutUrl: sessionOf(booking.id).url } } });
  });
});

describe("webhook signature (Stripe-Signature)", () => {
  const event = () => stripe.event("customer.created", { id: "cus_1", object: "customer" });

  it("accepts a valid signature, and any one of several v1 values", async () => {
    expect((await deliver(event())).status).toBe(200);
    const body = JSON.stringify(event());
    const t = Math.floor(Date.now() / 1000);
    const header = `t=${t},v1=${stripeSignature("whsec_old", t, body)},v1=${stripeSignature(WEBHOOK_SECRET, t, body)}`;
    const res = await callRoute(webhookRoute, { method: "POST", rawBody: body, headers: { "stripe-signature": header } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ received: true, outcome: "ignored" });
  });

  it.each([
    { name: "wrong secret", options: { secret: "whsec_wrong" } },
    { name: "stale timestamp (6 minutes)", options: { at: new Date(Date.now() - 6 * 60_000) } },
    { name: "missing header", options: { header: "" } },
    { name: "no v1", options: { header: `t=${Math.floor(Date.now() / 1000)},v0=abc` } },
  ])("400 for $name", async ({ options }) => {
    const res = await deliver(event(), options);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: "validation_failed" });
  });

  it("a tampered body fails", async () => {
    const body = JSON.stringify(event());
    const header = stripe.sign(WEBHOOK_SECRET, body);
    const res = await callRoute(webhookRoute, { method: "POST", rawBody: body.replace("cus_1", "cus_2"), headers: { "stripe-signature": header } });
    expect(res.status).toBe(400);
  });

  it("verifies within five minutes either way", () => {
    const t = 1_700_000_000;
    const header = `t=${t},v1=${stripeSignature("k", t, "{}")}`;
    expect(verifyStripeSignature("k", header, "{}", { now: new Date((t + 299) * 1000) }).ok).toBe(true);
    expect(verifyStripeSignature("k", header, "{}", { now: new Date((t + 301) * 1000) }).ok).toBe(false);
    expect(verifyStripeSignature("k", header, "{}", { now: new Date((t - 301) * 1000) }).ok).toBe(false);
  });
});

describe("checkout outcomes", () => {
  it("completed -> paid and confirmed (host confirms at once); a replay changes nothing", async () => {
    const booking = await book(instant, futureStart(5, 9));
    const completed = stripe.complete(sessionOf(booking.id).id);
    const res = await deliver(completed);
    expect(res.body).toMatchObject({ received: true, duplicate: false, outcome: "paid", bookingId: booking.id });
    const row = await bookingRow(booking.id);
    expect(row).toMatchObject({ status: "confirmed", paymentStatus: "paid", paymentProvider: "stripe", paymentRef: sessionOf(booking.id).payment_intent, refundedCents: 0 });
    expect(row.paidAt).toBeInstanceOf(Date);

    const replay = await deliver(completed);
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({ duplicate: true });
    const types = (await prisma.outboxEvent.findMany({ where: { bookingId: booking.id }, select: { type: true } })).map((e) => e.type).sort();
    expect(types).toEqual(["booking.confirmed", "booking.created", "booking.paid"]);
  });

  it("completed -> paid and pending when the host reviews requests", async () => {
    const booking = await paid(reviewer, futureStart(5, 11));
    expect(await bookingRow(booking.id)).toMatchObject({ status: "pending", paymentStatus: "paid", confirmedAt: null });
  });

  it("expired -> cancelled by the system, and the slot is free again", async () => {
    const start = futureStart(5, 13);
    const booking = await book(instant, start);
    const blocked = await callRoute(createRoute, { method: "POST", token: other.token, body: { hostId: instant.id, serviceId: services[instant.id], start } });
    expect(blocked.status).toBe(409);
    const res = await deliver(stripe.expire(sessionOf(booking.id).id));
    expect(res.body).toMatchObject({ outcome: "expired" });
    expect(await bookingRow(booking.id)).toMatchObject({ status: "cancelled", cancelledBy: "system", paymentStatus: "unpaid" });
    await book(instant, start, other);
  });

  it("a payment that lands after the booking was cancelled is refunded in full", async () => {
    const booking = await book(instant, futureStart(5, 17));
    expect((await act(booking.id, "cancel", client)).status).toBe(200);
    await runOnce();
    expect(sessionOf(booking.id).status).toBe("expired");
    // Stripe had already taken the money before the expiry went through.
    const session = sessionOf(booking.id);
    session.status = "open";
    const res = await deliver(stripe.complete(session.id));
    expect(res.body).toMatchObject({ outcome: "paid_late" });
    await runOnce();
    expect(stripe.refunds.filter((r) => r.payment_intent === session.payment_intent)).toEqual([expect.objectContaining({ amount: PRICE })]);
    expect(await bookingRow(booking.id)).toMatchObject({ status: "cancelled", paymentStatus: "refunded", refundedCents: PRICE });
  });

  it("a hold whose expiry webhook never came is released by the runner after the grace period", async () => {
    const booking = await book(instant, futureStart(5, 19));
    const checkout = await prisma.paymentCheckout.findFirstOrThrow({ where: { bookingId: booking.id } });
    clock = new Date(checkout.expiresAt.getTime() + EXPIRED_HOLD_GRACE_MS - 1000);
    await runner.runOnce();
    expect(await bookingRow(booking.id)).toMatchObject({ status: "pending_payment" });
    clock = new Date(checkout.expiresAt.getTime() + EXPIRED_HOLD_GRACE_MS + 1000);
    expect((await runner.runOnce()).releasedHolds).toBeGreaterThanOrEqual(1);
    expect(await bookingRow(booking.id)).toMatchObject({ status: "cancelled", cancelledBy: "system", paymentStatus: "unpaid" });
  });
});

describe("refunds on cancellation", () => {
  it("a timely client cancellation refunds the full amount against the payment intent", async () => {
    const booking = await paid(instant, futureStart(7, 9));
    const intent = sessionOf(booking.id).payment_intent!;
    expect((await act(booking.id, "cancel", client, { reason: "Can't make it" })).status).toBe(200);
    // Nothing is refunded before commit, in the request: the runner does it.
    expect(stripe.refunds.filter((r) => r.payment_intent === intent)).toHaveLength(0);
    await runOnce();
    const refund = stripe.calls.filter((c) => c.path === "/v1/refunds").map((c) => ({ form: formOf(c.body), key: c.headers["idempotency-key"] })).find((r) => r.form.payment_intent === intent)!;
    expect(refund.form).toMatchObject({ payment_intent: intent, amount: String(PRICE), "metadata[booking_id]": booking.id });
    expect(refund.key).toMatch(/^slotbook_refund_/);
    expect(await bookingRow(booking.id)).toMatchObject({ status: "cancelled", paymentStatus: "refunded", refundedCents: PRICE });

    // Stripe's own report of the same refund changes nothing.
    const res = await deliver(stripe.chargeRefunded(intent, PRICE, PRICE));
    expect(res.body).toMatchObject({ outcome: "refund_already_recorded" });
    expect(await bookingRow(booking.id)).toMatchObject({ refundedCents: PRICE });
  });

  it("a late client cancellation refunds nothing", async () => {
    await prisma.hostProfile.update({ where: { userId: instant.id }, data: { refundFullNoticeHours: 48 } });
    try {
      const booking = await paid(instant, startInHours(30));
      expect((await act(booking.id, "cancel", client)).status).toBe(200);
      await runOnce();
      const intent = sessionOf(booking.id).payment_intent!;
      expect(stripe.refunds.filter((r) => r.payment_intent === intent)).toHaveLength(0);
      expect(await prisma.integrationJob.count({ where: { bookingId: booking.id, kind: "payment.refund" } })).toBe(0);
      expect(await bookingRow(booking.id)).toMatchObject({ status: "cancelled", paymentStatus: "paid", refundedCents: 0 });
    } finally {
      await prisma.hostProfile.update({ where: { userId: instant.id }, data: { refundFullNoticeHours: 24 } });
    }
  });

  it("a host cancellation refunds in full however late, and so does a decline", async () => {
    const late = await paid(instant, startInHours(3));
    expect((await act(late.id, "cancel", instant, { reason: "Emergency" })).status).toBe(200);
    const declined = await paid(reviewer, futureStart(8, 9));
    expect((await act(declined.id, "decline", reviewer, { reason: "Not my field" })).status).toBe(200);
    await runOnce();
    for (const b of [late, declined]) {
      expect(stripe.refunds.filter((r) => r.payment_intent === sessionOf(b.id).payment_intent)).toEqual([expect.objectContaining({ amount: PRICE })]);
      expect(await bookingRow(b.id)).toMatchObject({ paymentStatus: "refunded", refundedCents: PRICE });
    }
  });

  it("a refund made in the Stripe dashboard is recorded from charge.refunded", async () => {
    const booking = await paid(instant, futureStart(9, 9));
    const res = await deliver(stripe.chargeRefunded(sessionOf(booking.id).payment_intent!, PRICE, 2000));
    expect(res.body).toMatchObject({ outcome: "refund_recorded", bookingId: booking.id });
    expect(await bookingRow(booking.id)).toMatchObject({ status: "confirmed", paymentStatus: "partially_refunded", refundedCents: 2000 });
  });

  it("cancelling before payment closes the open checkout", async () => {
    const booking = await book(instant, futureStart(9, 13));
    expect((await act(booking.id, "cancel", client)).status).toBe(200);
    await runOnce();
    expect(sessionOf(booking.id).status).toBe("expired");
    expect(await bookingRow(booking.id)).toMatchObject({ status: "cancelled", paymentStatus: "unpaid" });
  });
});

describe("refund policy and form encoding", () => {
  const base = { priceCents: 10_000, refundedCents: 0, fullNoticeHours: 24, lateRefundPercent: 0 };
  it.each([
    { cancelledBy: "client", noticeHours: 24, amount: 10_000 },
    { cancelledBy: "client", noticeHours: 23.99, amount: 0 },
    { cancelledBy: "client", noticeHours: null, amount: 0 },
    { cancelledBy: "host", noticeHours: 1, amount: 10_000 },
    { cancelledBy: "admin", noticeHours: 1, amount: 10_000 },
  ])("$cancelledBy with $noticeHours h notice -> $amount", ({ cancelledBy, noticeHours, amount }) => {
    expect(refundOnCancel({ ...base, cancelledBy, noticeHours }).amountCents).toBe(amount);
  });

  it("a late share is configurable and never refunds twice", () => {
    expect(refundOnCancel({ ...base, cancelledBy: "client", noticeHours: 2, lateRefundPercent: 50 }).amountCents).toBe(5000);
    expect(refundOnCancel({ ...base, refundedCents: 5000, cancelledBy: "host", noticeHours: 2 }).amountCents).toBe(5000);
  });

  it("encodes nested params the way Stripe reads them", () => {
    expect(decodeURIComponent(formEncode({ a: 1, line_items: [{ price_data: { currency: "usd" }, quantity: 1 }], skip: undefined }))).toBe(
      "a=1&line_items[0][price_data][currency]=usd&line_items[0][quantity]=1",
    );
  });
});

describe("priced purchases (course, package, bundle) go through Checkout too", () => {
  const buy = (serviceId: string, by = client) => callRoute(purchaseRoute, { method: "POST", token: by.token, body: { serviceId } });
  const credits = async (clientId: string, hostId: string) =>
    (await prisma.creditLedger.aggregate({ where: { clientId, hostId }, _sum: { delta: true } }))._sum.delta ?? 0;
  let bundle: string;
  let course: string;

  beforeAll(async () => {
    // The reviewer confirms requests by hand: a purchase is bought, not requested, so payment settles it anyway.
    bundle = (await prisma.service.create({ data: { hostId: reviewer.id, kind: "bundle", name: "Five sessions", durationMinutes: 60, priceCents: 9000, currency: "EUR", bundleCredits: 5 }, select: { id: true } })).id;
    course = (await prisma.service.create({ data: { hostId: reviewer.id, kind: "course", name: "Interview course", durationMinutes: 60, priceCents: 12000, currency: "EUR", capacity: 2 }, select: { id: true } })).id;
    for (const days of [20, 21]) {
      const start = new Date(futureStart(days, 9));
      await prisma.booking.create({
        data: { code: newBookingCode(), kind: "group_session", hostId: reviewer.id, serviceId: course, startAt: start, endAt: new Date(start.getTime() + 3_600_000), durationMinutes: 60, capacity: 2, status: "confirmed", title: `Course day ${days}` },
        select: { id: true },
      });
    }
  });

  it("a bundle waits in pending_payment with a Checkout URL; its credits exist only once paid", async () => {
    const res = await buy(bundle);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const purchase = res.body as Created;
    expect(purchase).toMatchObject({ status: "pending_payment", paymentStatus: "pending", payment: { provider: "stripe", checkoutUrl: sessionOf(purchase.id).url } });
    expect(formOf(stripe.calls.filter((c) => c.path === "/v1/checkout/sessions").at(-1)!.body)).toMatchObject({ "line_items[0][price_data][unit_amount]": "9000", client_reference_id: purchase.id });
    expect(await credits(client.id, reviewer.id)).toBe(0);

    const paidRes = await deliver(stripe.complete(sessionOf(purchase.id).id));
    expect(paidRes.body).toMatchObject({ outcome: "paid", bookingId: purchase.id });
    expect(await bookingRow(purchase.id)).toMatchObject({ status: "confirmed", paymentStatus: "paid" });
    expect(await credits(client.id, reviewer.id)).toBe(5);
    // A replayed webhook grants nothing twice.
    await deliver(stripe.complete(sessionOf(purchase.id).id));
    expect(await credits(client.id, reviewer.id)).toBe(5);
  });

  it("a course holds its seats while unpaid, confirms them on payment, and an expired checkout frees them", async () => {
    const held = await buy(course, other);
    expect(held.status, JSON.stringify(held.body)).toBe(201);
    const first = held.body as Created & { children: Array<{ id: string; status: string }> };
    expect(first.status).toBe("pending_payment");
    expect(first.children.map((c) => c.status)).toEqual(["pending_payment", "pending_payment"]);

    const expired = await deliver(stripe.expire(sessionOf(first.id).id));
    expect(expired.body).toMatchObject({ outcome: "expired" });
    const seats = await prisma.booking.findMany({ where: { parentId: first.id }, select: { status: true } });
    expect(seats.map((s) => s.status)).toEqual(["cancelled", "cancelled"]);

    // The seats were released: the same client buys again, pays, and every seat is confirmed.
    const again = await buy(course, other);
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    const second = again.body as Created;
    await deliver(stripe.complete(sessionOf(second.id).id));
    expect(await bookingRow(second.id)).toMatchObject({ status: "confirmed", paymentStatus: "paid" });
    const confirmed = await prisma.booking.findMany({ where: { parentId: second.id }, select: { status: true } });
    expect(confirmed.map((s) => s.status)).toEqual(["confirmed", "confirmed"]);
  });
});
