// Input schemas for the webhook API. The URL rule is the SSRF policy of
// lib/integrations/webhooks/url-policy.ts, evaluated per call because it
// depends on the environment (tests and dev deliver to 127.0.0.1).
import { z } from "zod";
import { WEBHOOK_EVENT_TYPES } from "@/lib/integrations/webhooks/event-types";
import { allowPrivateTargets, MAX_URL_LENGTH, webhookUrlProblem } from "@/lib/integrations/webhooks/url-policy";

export const webhookUrlSchema = z
  .string()
  .trim()
  .min(1, "Enter the URL that should receive the events.")
  .max(MAX_URL_LENGTH)
  .superRefine((url, ctx) => {
    const problem = webhookUrlProblem(url, { allowPrivate: allowPrivateTargets() });
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

export const createWebhookSchema = z.strictObject({
  url: webhookUrlSchema,
  // Omitted or empty: every event type, including ones added later.
  events: z
    .array(z.enum(WEBHOOK_EVENT_TYPES))
    .max(WEBHOOK_EVENT_TYPES.length)
    .optional()
    .transform((events) => [...new Set(events ?? [])]),
});
export type CreateWebhookInput = z.output<typeof createWebhookSchema>;

export const pageQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type PageQuery = z.output<typeof pageQuerySchema>;

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

/** Ids come from the path; a malformed one cannot name a row, so it is a 404, not a 400. */
export const isUuid = (value: string) => z.uuid().safeParse(value).success;
