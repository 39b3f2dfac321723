// A new priced booking's client needs the checkout URL in the create
// response, so its payment.checkout job runs at once, in the request, after
// the booking's transaction committed. If Stripe fails the booking stands
// (pending_payment, slot held) and the runner retries; the URL then appears
// in GET /api/v1/integrations?bookingId=.
import type { Db } from "@/lib/db";
import { runBookingJobsNow } from "@/lib/integrations/jobs/runner";
import { paymentSummary, type PaymentSummary } from "./payment-summary";

export async function startCheckout(db: Db, bookingId: string, now = new Date()): Promise<PaymentSummary | null> {
  try {
    await runBookingJobsNow(db, { bookingId, kinds: ["payment.checkout"] }, { now: () => now });
  } catch (error) {
    // The job row survives a crash here; the runner picks it up.
    console.error("[slotbook] checkout could not start inline", error);
  }
  return paymentSummary(db, bookingId, now);
}
