// Seed 002 request shapes. Unknown fields are ignored (pydantic's default).
import { z } from "zod";
import { DIALECT_WORDS } from "@/lib/domain";
import { parseDateTime } from "../common-b/time";

/** ISO-8601 date-time; without Z or offset it is UTC (the document's dates are all UTC). */
export const utcDateTime = z
  .string({ message: "Field required" })
  .transform((value, ctx) => {
    const parsed = parseDateTime(value, "UTC");
    if (!parsed) {
      ctx.addIssue({ code: "custom", message: "Use an ISO-8601 date-time, e.g. 2025-11-15T14:00:00Z" });
      return z.NEVER;
    }
    return parsed.instant;
  });

const uuid = z.uuid({ message: "Must be a UUID" });

export const createBookingSchema = z.object({
  coach_id: uuid,
  session_datetime: utcDateTime,
  duration_minutes: z
    .number({ message: "Duration must be a whole number of minutes" })
    .int("Duration must be a whole number of minutes")
    .min(15, "Duration must be between 15 and 480 minutes")
    .max(480, "Duration must be between 15 and 480 minutes"),
  notes: z.string().max(5000, "At most 5000 characters").nullish(),
});

export const statusWord = z.enum(DIALECT_WORDS["002"], { message: `Must be one of ${DIALECT_WORDS["002"].join(", ")}` });

export const updateStatusSchema = z.object({ status: statusWord });

const intParam = (name: string, min: number, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === "") return fallback;
      if (!/^-?\d+$/.test(value)) {
        ctx.addIssue({ code: "custom", message: `${name} must be an integer` });
        return z.NEVER;
      }
      const n = Number(value);
      if (n < min || n > max) {
        ctx.addIssue({ code: "custom", message: `${name} must be between ${min} and ${max}` });
        return z.NEVER;
      }
      return n;
    });

export const listQuerySchema = z.object({
  skip: intParam("skip", 0, 1_000_000, 0),
  limit: intParam("limit", 1, 100, 20),
  status: z.union([statusWord, z.literal("")]).optional(),
});

export const availabilityQuerySchema = z.object({
  start_date: utcDateTime,
  end_date: utcDateTime,
  duration_minutes: intParam("duration_minutes", 15, 480, 60),
});
