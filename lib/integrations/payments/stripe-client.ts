// The slice of Stripe's REST API Slotbook uses: Checkout Sessions and Refunds.
// Form-encoded requests, Bearer secret key, and an Idempotency-Key on every
// POST so a retried request cannot create a second object.
import { ProviderError } from "../jobs/provider-error";
import { isOk, providerRequest, statusError, type HttpOptions, type ProviderResponse } from "../jobs/provider-http";
import { formEncode, type FormValue } from "./form-encode";
import type { StripeConfig } from "./stripe-config";

export interface CheckoutSession {
  id: string;
  url: string;
  status: string;
  paymentStatus: string;
  paymentIntent: string | null;
  expiresAt: Date;
}

export interface CheckoutRequest {
  bookingId: string;
  bookingCode: string;
  productName: string;
  amountCents: number;
  currency: string;
  customerEmail?: string | null;
  expiresAt: Date;
}

function stripeMessage(response: ProviderResponse): string | undefined {
  const error = (response.body as { error?: { message?: unknown } } | null)?.error;
  return typeof error?.message === "string" ? error.message : undefined;
}

export function toCheckoutSession(raw: unknown): CheckoutSession {
  const s = raw as Record<string, unknown> | null;
  if (!s || typeof s.id !== "string") throw new ProviderError("stripe", "checkout session without id", { retryable: false });
  const intent = s.payment_intent;
  return {
    id: s.id,
    url: typeof s.url === "string" ? s.url : "",
    status: typeof s.status === "string" ? s.status : "open",
    paymentStatus: typeof s.payment_status === "string" ? s.payment_status : "unpaid",
    paymentIntent: typeof intent === "string" ? intent : intent && typeof (intent as { id?: unknown }).id === "string" ? (intent as { id: string }).id : null,
    expiresAt: new Date((typeof s.expires_at === "number" ? s.expires_at : 0) * 1000),
  };
}

export function stripeClient(config: StripeConfig, options: HttpOptions = {}) {
  async function post(path: string, form: Record<string, FormValue>, idempotencyKey: string): Promise<ProviderResponse> {
    return providerRequest(
      "stripe",
      `${config.apiUrl}${path}`,
      {
        method: "POST",
        headers: {
          authorization: `Bearer ${config.secretKey}`,
          "content-type": "application/x-www-form-urlencoded",
          "idempotency-key": idempotencyKey,
        },
        body: formEncode(form),
      },
      options,
    );
  }

  return {
    async createCheckoutSession(request: CheckoutRequest, idempotencyKey: string): Promise<CheckoutSession> {
      const bookingPage = `${config.appUrl}/bookings/${request.bookingId}`;
      const response = await post(
        "/v1/checkout/sessions",
        {
          mode: "payment",
          line_items: [
            {
              price_data: { currency: request.currency.toLowerCase(), unit_amount: request.amountCents, product_data: { name: request.productName.slice(0, 250) } },
              quantity: 1,
            },
          ],
          success_url: `${bookingPage}?payment=success`,
          cancel_url: `${bookingPage}?payment=cancelled`,
          client_reference_id: request.bookingId,
          metadata: { booking_id: request.bookingId, booking_code: request.bookingCode },
          payment_intent_data: { metadata: { booking_id: request.bookingId } },
          customer_email: request.customerEmail ?? undefined,
          expires_at: Math.floor(request.expiresAt.getTime() / 1000),
        },
        idempotencyKey,
      );
      if (!isOk(response)) throw statusError("stripe", "creating the checkout session", response, stripeMessage(response));
      const session = toCheckoutSession(response.body);
      if (!session.url) throw new ProviderError("stripe", "checkout session without url", { status: response.status, retryable: false });
      return session;
    },

    /** false when the session was no longer open (paid or expired already). */
    async expireCheckoutSession(sessionId: string, idempotencyKey: string): Promise<boolean> {
      const response = await post(`/v1/checkout/sessions/${encodeURIComponent(sessionId)}/expire`, {}, idempotencyKey);
      if (isOk(response)) return true;
      if (response.status === 400 || response.status === 404) return false;
      throw statusError("stripe", "expiring the checkout session", response, stripeMessage(response));
    },

    async createRefund(
      input: { paymentIntent: string; amountCents: number; bookingId: string },
      idempotencyKey: string,
    ): Promise<{ id: string; amountCents: number; status: string }> {
      const response = await post(
        "/v1/refunds",
        { payment_intent: input.paymentIntent, amount: input.amountCents, reason: "requested_by_customer", metadata: { booking_id: input.bookingId } },
        idempotencyKey,
      );
      if (!isOk(response)) throw statusError("stripe", "creating the refund", response, stripeMessage(response));
      const refund = response.body as { id?: unknown; amount?: unknown; status?: unknown } | null;
      if (typeof refund?.id !== "string") throw new ProviderError("stripe", "refund without id", { status: response.status, retryable: false });
      return { id: refund.id, amountCents: typeof refund.amount === "number" ? refund.amount : input.amountCents, status: typeof refund.status === "string" ? refund.status : "pending" };
    },
  };
}

export type StripeClient = ReturnType<typeof stripeClient>;
