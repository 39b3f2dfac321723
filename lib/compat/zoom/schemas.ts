// Seed 004 request shapes (DRF serializers). Unknown fields are ignored.
import { z } from "zod";
import { DIALECT_WORDS, parseHHMM, parseHHMMSS } from "@/lib/domain";
import { dateSchema } from "@/lib/server/bookings/schemas";

/** "HH:MM:SS" as the document writes times ("HH:MM" accepted too, as DRF's TimeField does); minutes since midnight. */
const timeOfDay = (field: string) =>
  z.string({ message: `${field} is required` }).transform((value, ctx) => {
    const minutes = /^\d{2}:\d{2}:\d{2}$/.test(value) ? parseHHMMSS(value) : parseHHMM(value);
    if (minutes === null) {
      ctx.addIssue({ code: "custom", message: `${field}: Time has wrong format. Use HH:MM:SS with :00 seconds, e.g. 09:00:00` });
      return z.NEVER;
    }
    return minutes;
  });

const date = z.string().pipe(dateSchema);

export const createAvailabilitySchema = z.object({
  day_of_week: z.number({ message: "day_of_week: A valid integer 0 (Monday) to 6 (Sunday) is required" }).int().min(0).max(6).nullish(),
  start_time: timeOfDay("start_time"),
  end_time: timeOfDay("end_time"),
  is_recurring: z.boolean({ message: "is_recurring: Must be a valid boolean" }).default(true),
  date: date.nullish(),
});

export const slotsQuerySchema = z.object({
  teacher_id: z.uuid({ message: "teacher_id: Must be a valid UUID" }),
  date,
  duration: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === "") return 60;
      const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
      if (!Number.isInteger(n) || n < 5 || n > 480) {
        ctx.addIssue({ code: "custom", message: "duration: A whole number of minutes from 5 to 480" });
        return z.NEVER;
      }
      return n;
    }),
});

export const scheduleQuerySchema = z.object({
  teacher_id: z.uuid({ message: "teacher_id: Must be a valid UUID" }),
  start_date: date,
  end_date: date,
});

const duration = z.number({ message: "duration: A valid integer is required" }).int("duration: A valid integer is required").min(5, "duration: At least 5 minutes").max(480, "duration: At most 480 minutes");

export const createBookingSchema = z.object({
  teacher_id: z.uuid({ message: "teacher_id: Must be a valid UUID" }),
  start_time: z.string({ message: "start_time is required" }).max(40),
  duration: duration.default(60),
  notes: z.string().max(5000, "notes: At most 5000 characters").nullish(),
});

export const cancelSchema = z.object({ reason: z.string().max(1000, "reason: At most 1000 characters").nullish() });

export const rescheduleSchema = z.object({
  start_time: z.string({ message: "start_time is required" }).max(40),
  duration: duration.optional(),
  reason: z.string().max(1000).nullish(),
});

export const statusWord = z.enum(DIALECT_WORDS["004"], { message: `status: Must be one of ${DIALECT_WORDS["004"].join(", ")}` });

export const myQuerySchema = z.object({
  status: z.union([statusWord, z.literal("")]).optional(),
  role: z.enum(["student", "teacher", ""], { message: "role: Must be student or teacher" }).optional(),
});

export const updateBookingSchema = z.object({ status: statusWord });

export const feedbackSchema = z.object({
  booking_id: z.uuid({ message: "booking_id: Must be a valid UUID" }),
  rating: z.number({ message: "rating: A valid integer is required" }).int("rating: Use 1 to 5").min(1, "rating: Use 1 to 5").max(5, "rating: Use 1 to 5"),
  comment: z.string().max(5000, "comment: At most 5000 characters").nullish(),
});
