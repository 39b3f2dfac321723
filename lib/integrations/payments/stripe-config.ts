// Stripe is on when STRIPE_SECRET_KEY is set. Without STRIPE_WEBHOOK_SECRET
// payments could start but never be confirmed, so that is reported too.
export interface StripeConfig {
  secretKey: string;
  webhookSecret: string | null;
  apiUrl: string;
  /** Origin for success_url and cancel_url. */
  appUrl: string;
  /** Share of the price refunded on a late client cancellation (0 to 100). */
  lateRefundPercent: number;
}

export function appUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.APP_URL?.trim() || env.NEXTAUTH_URL?.trim() || "http://localhost:3000";
  try {
    return new URL(raw).origin;
  } catch {
    return "http://localhost:3000";
  }
}

export function lateRefundPercent(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.REFUND_LATE_PERCENT ?? 0);
  return Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : 0;
}

export function stripeConfig(env: NodeJS.ProcessEnv = process.env): StripeConfig | null {
  const secretKey = env.STRIPE_SECRET_KEY?.trim();
  if (!secretKey) return null;
  return {
    secretKey,
    webhookSecret: env.STRIPE_WEBHOOK_SECRET?.trim() || null,
    apiUrl: (env.STRIPE_API_URL?.trim() || "https://api.stripe.com").replace(/\/+$/, ""),
    appUrl: appUrl(env),
    lateRefundPercent: lateRefundPercent(env),
  };
}

export const STRIPE_CHECKOUT_MINUTES = 31;
