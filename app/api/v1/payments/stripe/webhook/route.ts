// POST /api/v1/payments/stripe/webhook: Stripe's events about our checkouts
// and refunds. The signature is checked on the exact bytes received, before
// parsing. 2xx tells Stripe to stop retrying, so it is only sent once the
// event's effect is committed (or was already, for a replay).
import { getPrisma } from "@/lib/db";
import { errorResponse } from "@/lib/http/problem";
import { kickIntegrationRunner } from "@/lib/integrations/jobs/kick";
import { stripeConfig } from "@/lib/integrations/payments/stripe-config";
import { verifyStripeSignature } from "@/lib/integrations/payments/stripe-signature";
import { AppError } from "@/lib/server/errors";
import { handleStripeEvent } from "@/lib/server/payments/stripe-events";

const MAX_EVENT_BYTES = 512 * 1024;

export async function POST(request: Request): Promise<Response> {
  try {
    const secret = stripeConfig()?.webhookSecret;
    if (!secret) throw new AppError("feature_disabled", "Stripe payments are off: set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET.");
    if (Number(request.headers.get("content-length") ?? 0) > MAX_EVENT_BYTES) throw new AppError("payload_too_large", "Event too large.");
    const body = await request.text();
    if (Buffer.byteLength(body) > MAX_EVENT_BYTES) throw new AppError("payload_too_large", "Event too large.");
    const verified = verifyStripeSignature(secret, request.headers.get("stripe-signature"), body);
    if (!verified.ok) throw new AppError("validation_failed", `Invalid Stripe-Signature: ${verified.reason}.`);
    let event: unknown;
    try {
      event = JSON.parse(body);
    } catch {
      throw new AppError("invalid_json", "The event is not valid JSON.");
    }
    const result = await handleStripeEvent(getPrisma(), event, new Date());
    kickIntegrationRunner();
    return Response.json({ received: true, ...result });
  } catch (error) {
    return errorResponse(error);
  }
}
