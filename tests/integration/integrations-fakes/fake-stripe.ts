// Stripe's Checkout Sessions, Refunds and event payloads as far as Slotbook
// uses them: form-encoded bodies, Bearer secret key, Idempotency-Key replays,
// and the validation Stripe applies to expires_at.
import { stripeSignatureHeader } from "@/lib/integrations/payments/stripe-signature";
import { startServer, type Recorded } from "./http-server";

export interface FakeSession {
  id: string;
  object: "checkout.session";
  url: string;
  status: "open" | "complete" | "expired";
  payment_status: "unpaid" | "paid";
  mode: string;
  client_reference_id: string | null;
  metadata: Record<string, string>;
  amount_total: number;
  currency: string;
  expires_at: number;
  payment_intent: string | null;
  success_url: string;
  cancel_url: string;
}

/** Nested form keys back into a flat map: "line_items[0][quantity]" -> "1". */
export const formOf = (body: string) => Object.fromEntries(new URLSearchParams(body));

export async function startFakeStripe(options: { secretKey: string }) {
  const sessions = new Map<string, FakeSession>();
  const refunds: Array<{ id: string; payment_intent: string; amount: number; metadata: Record<string, string> }> = [];
  const calls: Recorded[] = [];
  const idempotent = new Map<string, { status: number; json: unknown }>();
  let failures = { count: 0, status: 500 };
  let seq = 0;

  const server = await startServer((req) => {
    calls.push(req);
    if (req.headers.authorization !== `Bearer ${options.secretKey}`) {
      return { status: 401, json: { error: { type: "invalid_request_error", message: "Invalid API Key provided." } } };
    }
    if (failures.count > 0) {
      failures.count -= 1;
      return { status: failures.status, json: { error: { type: "api_error", message: "Stripe is having a bad day." } } };
    }
    const key = req.headers["idempotency-key"];
    const replay = typeof key === "string" ? idempotent.get(key) : undefined;
    if (replay) return replay;
    const reply = handle(req);
    if (typeof key === "string" && reply.status < 500) idempotent.set(key, reply as { status: number; json: unknown });
    return reply;
  });

  function error(message: string) {
    return { status: 400, json: { error: { type: "invalid_request_error", message } } };
  }

  function handle(req: Recorded) {
    const form = formOf(req.body);
    if (req.method === "POST" && req.path === "/v1/checkout/sessions") {
      for (const field of ["mode", "line_items[0][price_data][currency]", "line_items[0][price_data][unit_amount]", "line_items[0][price_data][product_data][name]", "line_items[0][quantity]", "success_url", "cancel_url"]) {
        if (!form[field]) return error(`Missing required param: ${field}.`);
      }
      const now = Math.floor(Date.now() / 1000);
      const expiresAt = Number(form.expires_at ?? now + 86_400);
      if (expiresAt < now + 30 * 60 || expiresAt > now + 24 * 3600) return error("expires_at must be between 30 minutes and 24 hours from now.");
      const id = `cs_test_${++seq}`;
      const metadata: Record<string, string> = {};
      for (const [k, v] of Object.entries(form)) {
        const m = /^metadata\[(.+)\]$/.exec(k);
        if (m) metadata[m[1]!] = v;
      }
      const session: FakeSession = {
        id,
        object: "checkout.session",
        url: `https://checkout.stripe.com/c/pay/${id}`,
        status: "open",
        payment_status: "unpaid",
        mode: form.mode!,
        client_reference_id: form.client_reference_id ?? null,
        metadata,
        amount_total: Number(form["line_items[0][price_data][unit_amount]"]) * Number(form["line_items[0][quantity]"]),
        currency: form["line_items[0][price_data][currency]"]!,
        expires_at: expiresAt,
        payment_intent: null,
        success_url: form.success_url!,
        cancel_url: form.cancel_url!,
      };
      sessions.set(id, session);
      return { status: 200, json: session };
    }
    const expire = /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/.exec(req.path);
    if (req.method === "POST" && expire) {
      const session = sessions.get(expire[1]!);
      if (!session) return { status: 404, json: { error: { type: "invalid_request_error", message: "No such checkout.session" } } };
      if (session.status !== "open") return error(`Only Checkout Sessions with a status in ["open"] can be expired.`);
      session.status = "expired";
      return { status: 200, json: session };
    }
    if (req.method === "POST" && req.path === "/v1/refunds") {
      if (!form.payment_intent) return error("Missing required param: payment_intent.");
      const intent = [...sessions.values()].find((s) => s.payment_intent === form.payment_intent);
      if (!intent) return error(`No such payment_intent: '${form.payment_intent}'`);
      const amount = Number(form.amount ?? intent.amount_total);
      const already = refunds.filter((r) => r.payment_intent === form.payment_intent).reduce((sum, r) => sum + r.amount, 0);
      if (amount + already > intent.amount_total) return error("Refund amount is greater than the unrefunded amount on the charge.");
      const refund = { id: `re_test_${++seq}`, payment_intent: form.payment_intent, amount, metadata: { booking_id: form["metadata[booking_id]"] ?? "" } };
      refunds.push(refund);
      return { status: 200, json: { ...refund, object: "refund", status: "succeeded", currency: intent.currency } };
    }
    return { status: 404, json: { error: { type: "invalid_request_error", message: `Unrecognized request URL (${req.method}: ${req.path}).` } } };
  }

  let eventSeq = 0;
  const event = (type: string, object: unknown) => ({ id: `evt_test_${++eventSeq}`, object: "event", type, created: Math.floor(Date.now() / 1000), livemode: false, data: { object } });

  return {
    apiUrl: server.url,
    sessions,
    refunds,
    calls,
    failNext(count: number, status = 500) {
      failures = { count, status };
    },
    /** The customer paid: the session completes and its event is returned. */
    complete(sessionId: string) {
      const session = sessions.get(sessionId);
      if (!session) throw new Error(`no session ${sessionId}`);
      session.status = "complete";
      session.payment_status = "paid";
      session.payment_intent = `pi_test_${sessionId.slice(8)}`;
      return event("checkout.session.completed", { ...session });
    },
    expire(sessionId: string) {
      const session = sessions.get(sessionId);
      if (!session) throw new Error(`no session ${sessionId}`);
      session.status = "expired";
      return event("checkout.session.expired", { ...session });
    },
    chargeRefunded(paymentIntent: string, amount: number, amountRefunded: number) {
      return event("charge.refunded", { id: `ch_${paymentIntent}`, object: "charge", payment_intent: paymentIntent, amount, amount_refunded: amountRefunded, refunded: amountRefunded >= amount });
    },
    event,
    /** The Stripe-Signature header Stripe would send for this body. */
    sign(secret: string, body: string, at = new Date()) {
      return stripeSignatureHeader(secret, Math.floor(at.getTime() / 1000), body);
    },
    close: server.close,
  };
}

export type FakeStripe = Awaited<ReturnType<typeof startFakeStripe>>;
