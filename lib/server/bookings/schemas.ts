// One zod schema per booking operation, shared by forms, server actions and the
// /api/v1 route handlers. Strict objects: an unknown field (status, hostId on
// update, price...) is a 400, never mass-assigned.
import { z } from "zod";
import { timeZoneSchema } from "../auth/schemas";

export const idSchema = z.uuid({ message: "Must be an id (UUID)." });

/** ISO-8601 instant with Z or an explicit offset. */
export const instantSchema = z
  .string()
  .max(40)
  .pipe(z.iso.datetime({ offset: true, message: "Use an ISO-8601 date-time with Z or an offset, e.g. 2026-03-08T17:00:00Z." }))
  .transform((value) => new Date(value));

export const dateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date as YYYY-MM-DD.")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), "Not a calendar date.");

export const durationSchema = z.coerce.number().int("Whole minutes only.").min(5, "At least 5 minutes.").max(480, "At most 480 minutes.");

const text = (max: number) => z.string().max(max, `At most ${max} characters.`);
const sessionType = z.enum(["video", "audio", "chat", "email", "in_person"]);

export const createBookingSchema = z
  .strictObject({
    hostId: idSchema,
    start: instantSchema,
    duration: z.number().int("Whole minutes only.").min(5).max(480).optional(),
    end: instantSchema.optional(),
    serviceId: idSchema.optional(),
    occurrenceId: idSchema.optional(),
    sessionType: sessionType.optional(),
    title: text(200).optional(),
    description: text(5000).optional(),
    notes: text(5000).optional(),
    clientNotes: text(5000).optional(),
    agenda: text(5000).optional(),
    timeZone: timeZoneSchema.optional(),
    useCredit: z.boolean().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.end && value.end.getTime() <= value.start.getTime()) {
      ctx.addIssue({ code: "custom", path: ["end"], message: "end must be after start." });
    }
  });
export type CreateBookingInput = z.output<typeof createBookingSchema>;

export const createPurchaseSchema = z.strictObject({
  serviceId: idSchema,
  notes: text(5000).optional(),
  timeZone: timeZoneSchema.optional(),
});
export type CreatePurchaseInput = z.output<typeof createPurchaseSchema>;

export const cancelBookingSchema = z.strictObject({
  reason: text(1000).optional(),
});
export type CancelBookingInput = z.output<typeof cancelBookingSchema>;

export const declineBookingSchema = cancelBookingSchema;

export const rescheduleBookingSchema = z
  .strictObject({
    start: instantSchema,
    duration: z.number().int().min(5).max(480).optional(),
    end: instantSchema.optional(),
    reason: text(1000).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.end && value.end.getTime() <= value.start.getTime()) {
      ctx.addIssue({ code: "custom", path: ["end"], message: "end must be after start." });
    }
  });
export type RescheduleBookingInput = z.output<typeof rescheduleBookingSchema>;

export const updateBookingSchema = z
  .strictObject({
    title: text(200).optional(),
    description: text(5000).optional(),
    notes: text(5000).optional(),
    clientNotes: text(5000).optional(),
    agenda: text(5000).optional(),
    location: text(500).optional(),
    meetingUrl: z.union([z.url({ protocol: /^https?$/, message: "Use an http(s) URL." }).max(2000), z.literal("")]).optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: "Send at least one field to change." });
export type UpdateBookingInput = z.output<typeof updateBookingSchema>;

export const addNoteSchema = z.strictObject({
  content: z.string().trim().min(1, "Write something.").max(10_000),
  isPrivate: z.boolean().optional(),
});
export type AddNoteInput = z.output<typeof addNoteSchema>;

export const feedbackSchema = z.strictObject({
  rating: z.number().int("Use a whole number from 1 to 5.").min(1, "Use 1 to 5.").max(5, "Use 1 to 5."),
  comment: text(5000).optional(),
});
export type FeedbackInput = z.output<typeof feedbackSchema>;

const statusEnum = z.enum(["draft", "pending_payment", "pending", "confirmed", "in_progress", "completed", "cancelled", "declined", "no_show"]);

export const listBookingsQuerySchema = z.strictObject({
  role: z.enum(["client", "host"]).optional(),
  status: z.union([statusEnum, z.array(statusEnum).max(9)]).optional().transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v])),
  from: instantSchema.optional(),
  to: instantSchema.optional(),
  q: z.string().trim().max(200).optional(),
  sort: z.enum(["start", "-start", "createdAt", "-createdAt", "price", "-price"]).default("start"),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100, "At most 100 per page.").default(20),
});
export type ListBookingsQuery = z.output<typeof listBookingsQuerySchema>;

export const slotsQuerySchema = z.strictObject({
  start: dateSchema,
  end: dateSchema,
  timeZone: timeZoneSchema.default("UTC"),
  duration: z.union([durationSchema, z.array(durationSchema).max(12)]).optional().transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v])),
  serviceId: idSchema.optional(),
});
export type SlotsQuery = z.output<typeof slotsQuerySchema>;
