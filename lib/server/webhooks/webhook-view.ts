// What the API shows of a subscription. The secret is returned once, by
// createWebhook; afterwards only a hint to tell secrets apart.
import { maskSecret } from "@/lib/integrations/webhooks/secret";

export const webhookSelect = {
  id: true,
  url: true,
  events: true,
  active: true,
  disabledAt: true,
  disabledReason: true,
  createdAt: true,
  secret: true,
} as const;

export function webhookView<T extends { secret: string }>(row: T) {
  const { secret, ...rest } = row;
  return { ...rest, secretHint: maskSecret(secret) };
}
