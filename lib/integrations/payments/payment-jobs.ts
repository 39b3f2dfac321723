// Stripe calls that follow booking changes: open the checkout of a new priced
// booking, refund a paid one that was called off, close the checkout of one
// cancelled before payment.
import { cancelUnpaidBooking } from "@/lib/server/payments/cancel-unpaid";
import { raiseRefundedTotal } from "@/lib/server/payments/record-refund";
import type { JobContext, JobExecutor } from "../jobs/executor";
import { ProviderError } from "../jobs/provider-error";
import { stripeClient } from "./stripe-client";
import { STRIPE_CHECKOUT_MINUTES, stripeConfig } from "./stripe-config";

function stripeFor(ctx: JobContext, action: string) {
  const config = stripeConfig(ctx.env);
  if (!config) throw new ProviderError("stripe", `not configured (STRIPE_SECRET_KEY unset): ${action}`, { retryable: false });
  return stripeClient(config, ctx.fetch ? { fetch: ctx.fetch } : {});
}

export const checkoutJob: JobExecutor = {
  async run(job, ctx) {
    if (!job.bookingId) return { status: "skipped", reason: "No booking." };
    const booking = await ctx.db.booking.findUnique({
      where: { id: job.bookingId },
      select: { id: true, code: true, status: true, title: true, priceCents: true, currency: true, client: { select: { email: true } }, service: { select: { name: true } } },
    });
    if (!booking || booking.status !== "pending_payment") return { status: "skipped", reason: `The booking is ${booking?.status ?? "gone"}: nothing to pay.` };
    const now = ctx.now();
    const open = await ctx.db.paymentCheckout.findFirst({ where: { bookingId: booking.id, status: "open", expiresAt: { gt: now } }, select: { sessionId: true } });
    if (open) return { status: "skipped", reason: "A checkout is already open.", result: { sessionId: open.sessionId } };
    const stripe = stripeFor(ctx, "the booking cannot be paid");
    const session = await stripe.createCheckoutSession(
      {
        bookingId: booking.id,
        bookingCode: booking.code,
        productName: booking.service?.name ? `${booking.service.name} (${booking.code})` : `${booking.title || "Session"} (${booking.code})`,
        amountCents: booking.priceCents,
        currency: booking.currency,
        customerEmail: booking.client?.email ?? null,
        expiresAt: new Date(now.getTime() + STRIPE_CHECKOUT_MINUTES * 60_000),
      },
      // Covers a lost response within this attempt. Across attempts the
      // parameters differ (expires_at), which Stripe would refuse under one key.
      `slotbook_checkout_${job.id}_${job.attempts}`,
    );
    await ctx.db.paymentCheckout.create({
      data: {
        bookingId: booking.id,
        provider: "stripe",
        sessionId: session.id,
        url: session.url,
        amountCents: booking.priceCents,
        currency: booking.currency,
        expiresAt: session.expiresAt.getTime() > 0 ? session.expiresAt : new Date(now.getTime() + STRIPE_CHECKOUT_MINUTES * 60_000),
      },
      select: { id: true },
    });
    return { status: "done", result: { sessionId: session.id } };
  },
  // No checkout could be opened: release the slot instead of holding it unpaid.
  async onDead(job, ctx) {
    if (job.bookingId) await cancelUnpaidBooking(ctx.db, job.bookingId, { reason: "The payment could not be started.", paymentStatus: "failed", now: ctx.now() });
  },
};

export const refundJob: JobExecutor = {
  async run(job, ctx) {
    const amountCents = typeof job.payload.amountCents === "number" ? job.payload.amountCents : 0;
    const before = typeof job.payload.refundedBefore === "number" ? job.payload.refundedBefore : 0;
    if (!job.bookingId || amountCents <= 0) return { status: "skipped", reason: "Nothing to refund." };
    const booking = await ctx.db.booking.findUnique({ where: { id: job.bookingId }, select: { paymentRef: true, refundedCents: true } });
    if (!booking) return { status: "skipped", reason: "The booking no longer exists." };
    // Already refunded from the Stripe dashboard (charge.refunded got here first).
    if (booking.refundedCents >= before + amountCents) return { status: "skipped", reason: "Already refunded." };
    const paymentIntent =
      booking.paymentRef ??
      (await ctx.db.paymentCheckout.findFirst({ where: { bookingId: job.bookingId, paymentIntentId: { not: null } }, select: { paymentIntentId: true } }))?.paymentIntentId;
    if (!paymentIntent) throw new ProviderError("stripe", "no payment intent recorded for this booking: refund by hand", { retryable: false });
    const stripe = stripeFor(ctx, `refund ${amountCents} cents by hand`);
    const refund = await stripe.createRefund({ paymentIntent, amountCents, bookingId: job.bookingId }, `slotbook_refund_${job.id}`);
    await ctx.db.$transaction((tx) => raiseRefundedTotal(tx, job.bookingId!, before + refund.amountCents));
    return { status: "done", result: { refundId: refund.id, amountCents: refund.amountCents, status: refund.status } };
  },
};

export const expireCheckoutJob: JobExecutor = {
  async run(job, ctx) {
    if (!job.bookingId) return { status: "skipped", reason: "No booking." };
    const open = await ctx.db.paymentCheckout.findMany({ where: { bookingId: job.bookingId, status: "open" }, select: { id: true, sessionId: true } });
    if (open.length === 0) return { status: "skipped", reason: "No open checkout." };
    const config = stripeConfig(ctx.env);
    if (!config) return { status: "skipped", reason: "Stripe is not configured: the checkout expires on its own." };
    const stripe = stripeClient(config, ctx.fetch ? { fetch: ctx.fetch } : {});
    for (const checkout of open) {
      await stripe.expireCheckoutSession(checkout.sessionId, `slotbook_expire_${job.id}_${checkout.sessionId}`);
      await ctx.db.paymentCheckout.updateMany({ where: { id: checkout.id, status: "open" }, data: { status: "expired" } });
    }
    await ctx.db.booking.updateMany({ where: { id: job.bookingId, paymentStatus: "pending" }, data: { paymentStatus: "unpaid" } });
    return { status: "done", result: { expired: open.map((c) => c.sessionId) } };
  },
};
