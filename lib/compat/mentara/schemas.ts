// Seed 003 DTOs (MeetingCreateDto, MeetingUpdateDto,
// TherapistAvailabilityCreateDto/UpdateDto). Unknown fields are ignored.
import { z } from "zod";
import { DIALECT_WORDS } from "@/lib/domain";
import { dateSchema } from "@/lib/server/bookings/schemas";
import { parseDateTime } from "../common-b/time";

export const DURATIONS = [30, 60, 90, 120] as const;
export const MEETING_TYPES = ["video", "audio", "in_person", "chat"] as const;

const isoString = (field: string) =>
  z.string({ message: `${field} must be a valid ISO 8601 date string` }).transform((value, ctx) => {
    const parsed = parseDateTime(value, "UTC");
    if (!parsed || parsed.dateOnly) {
      ctx.addIssue({ code: "custom", message: `${field} must be a valid ISO 8601 date string` });
      return z.NEVER;
    }
    return parsed.instant;
  });

const duration = z
  .number({ message: "duration must be one of the following values: 30, 60, 90, 120" })
  .refine((value) => (DURATIONS as readonly number[]).includes(value), "duration must be one of the following values: 30, 60, 90, 120");

const status = z.enum(DIALECT_WORDS["003"], { message: `status must be one of the following values: ${DIALECT_WORDS["003"].join(", ")}` });
const meetingType = z.enum(MEETING_TYPES, { message: `meetingType must be one of the following values: ${MEETING_TYPES.join(", ")}` });
const title = z.string({ message: "title must be a string" }).max(200, "title must be shorter than or equal to 200 characters");
const description = z.string({ message: "description must be a string" }).max(5000, "description must be shorter than or equal to 5000 characters");

export const createMeetingSchema = z.object({
  title: title.optional(),
  description: description.optional(),
  startTime: isoString("startTime"),
  duration,
  status: status.optional(),
  meetingType: meetingType.optional(),
  therapistId: z.string({ message: "therapistId must be a string" }).min(1, "therapistId should not be empty").max(100),
});

export const updateMeetingSchema = z.object({
  title: title.optional(),
  description: description.optional(),
  startTime: isoString("startTime").optional(),
  duration: duration.optional(),
  status: status.optional(),
  meetingType: meetingType.optional(),
  therapistId: z.string({ message: "therapistId must be a string" }).max(100).optional(),
});

export const cancelMeetingSchema = z.object({
  reason: z.string().max(1000, "reason must be shorter than or equal to 1000 characters").optional(),
});

const hhmm = (field: string) =>
  z.string({ message: `${field} must be in HH:MM format` }).regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, `${field} must be in HH:MM format`);
const day = z
  .number({ message: "dayOfWeek must be an integer from 0 (Sunday) to 6 (Saturday)" })
  .int("dayOfWeek must be an integer from 0 (Sunday) to 6 (Saturday)")
  .min(0, "dayOfWeek must be an integer from 0 (Sunday) to 6 (Saturday)")
  .max(6, "dayOfWeek must be an integer from 0 (Sunday) to 6 (Saturday)");
const notes = z.string({ message: "notes must be a string" }).max(500, "notes must be shorter than or equal to 500 characters");
const isAvailable = z.boolean({ message: "isAvailable must be a boolean value" });

export const createAvailabilitySchema = z.object({
  dayOfWeek: day,
  startTime: hhmm("startTime"),
  endTime: hhmm("endTime"),
  notes: notes.optional(),
  isAvailable: isAvailable.optional(),
});

export const updateAvailabilitySchema = z.object({
  dayOfWeek: day.optional(),
  startTime: hhmm("startTime").optional(),
  endTime: hhmm("endTime").optional(),
  notes: notes.optional(),
  isAvailable: isAvailable.optional(),
});

export const slotsQuerySchema = z.object({
  therapistId: z.string({ message: "therapistId is required" }).min(1, "therapistId is required").max(100),
  date: z.string({ message: "date is required" }).pipe(dateSchema),
});
