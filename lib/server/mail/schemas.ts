// The mail outbox query, shared by GET /api/v1/admin/mail and /admin/mail.
import { z } from "zod";

export const MAIL_KINDS = [
  "request",
  "booked",
  "confirmed",
  "declined",
  "cancelled",
  "rescheduled",
  "reminder_24h",
  "reminder_1h",
  "feedback_request",
] as const;

export const MAIL_STATUSES = ["stored", "sent", "failed"] as const;

export const listMailQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  kind: z.enum(MAIL_KINDS).optional(),
  /** Part of the recipient's address, any case. */
  recipient: z.string().trim().max(320).optional(),
});
export type ListMailQuery = z.output<typeof listMailQuerySchema>;
