// The event vocabulary shared by the outbox writers, the subscription schema
// and the API docs. A subscription may only name types from this list, so a
// typo fails at creation instead of silently never firing. Keep in step with
// EventType in lib/server/outbox.ts.
export const WEBHOOK_EVENT_TYPES = [
  "booking.created",
  "booking.confirmed",
  "booking.declined",
  "booking.cancelled",
  "booking.rescheduled",
  "booking.started",
  "booking.completed",
  "booking.no_show",
  "booking.updated",
  "booking.paid",
  "feedback.created",
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}
