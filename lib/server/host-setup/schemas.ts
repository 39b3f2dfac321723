// Host setup operations: availability, host settings, services. Shared by the
// dashboard forms and /api/v1.
import { z } from "zod";
import { timeZoneSchema } from "../auth/schemas";
import { dateSchema, instantSchema } from "../bookings/schemas";

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, "Use a time as HH:MM (24-hour), e.g. 09:30.");
const day = z.number().int().min(0, "0 = Sunday … 6 = Saturday.").max(6, "0 = Sunday … 6 = Saturday.");

export const weeklyRuleSchema = z.strictObject({
  dayOfWeek: day,
  start: hhmm,
  end: hhmm,
  notes: z.string().max(500).optional(),
  isAvailable: z.boolean().optional(),
});

export const createAvailabilitySchema = z.discriminatedUnion("type", [
  weeklyRuleSchema.extend({ type: z.literal("weekly") }),
  z.strictObject({ type: z.literal("override"), date: dateSchema, start: hhmm.optional(), end: hhmm.optional() }),
  z.strictObject({ type: z.literal("time_off"), startDate: dateSchema.optional(), endDate: dateSchema.optional(), start: instantSchema.optional(), end: instantSchema.optional(), reason: z.string().max(500).optional() }),
]);
export type CreateAvailabilityInput = z.output<typeof createAvailabilitySchema>;

export const updateAvailabilitySchema = z
  .strictObject({
    dayOfWeek: day.optional(),
    start: hhmm.optional(),
    end: hhmm.optional(),
    notes: z.string().max(500).optional(),
    isAvailable: z.boolean().optional(),
    date: dateSchema.optional(),
    reason: z.string().max(500).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: "Send at least one field to change." });
export type UpdateAvailabilityInput = z.output<typeof updateAvailabilitySchema>;

export const replaceWeeklySchema = z.strictObject({ rules: z.array(weeklyRuleSchema).max(100) });
export type ReplaceWeeklyInput = z.output<typeof replaceWeeklySchema>;

const minutes = (min: number, max: number) => z.number().int("Whole minutes.").min(min).max(max);

export const hostSettingsSchema = z
  .strictObject({
    headline: z.string().max(200).optional(),
    bio: z.string().max(5000).optional(),
    company: z.string().max(200).optional(),
    topics: z.array(z.string().trim().toLowerCase().min(1).max(40)).max(20).optional(),
    active: z.boolean().optional(),
    timeZone: timeZoneSchema.optional(),
    slotIntervalMinutes: minutes(5, 60).optional(),
    durationsMinutes: z.array(minutes(5, 480)).min(1).max(12).optional(),
    bufferBeforeMinutes: minutes(0, 240).optional(),
    bufferAfterMinutes: minutes(0, 240).optional(),
    minNoticeMinutes: minutes(0, 525_600).optional(),
    horizonDays: z.number().int().min(1).max(730).optional(),
    minCancelNoticeHours: z.number().int().min(0).max(8760).optional(),
    requiresConfirmation: z.boolean().optional(),
    audience: z.enum(["anyone", "related_clients"]).optional(),
    dailyBookingLimit: z.number().int().min(1).max(1000).nullable().optional(),
    weeklyBookingLimit: z.number().int().min(1).max(1000).nullable().optional(),
    refundFullNoticeHours: z.number().int().min(0).max(8760).optional(),
    videoProvider: z.enum(["auto", "google_meet"]).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: "Send at least one field to change." });
export type HostSettingsInput = z.output<typeof hostSettingsSchema>;

const serviceFields = {
  name: z.string().trim().min(1, "Name the service.").max(200),
  description: z.string().max(5000).optional(),
  durationMinutes: minutes(5, 480),
  priceCents: z.number().int().min(0).max(10_000_000),
  currency: z.string().regex(/^[A-Z]{3}$/, "Use an ISO 4217 code such as USD.").optional(),
  sessionType: z.enum(["video", "audio", "chat", "email", "in_person"]).optional(),
  location: z.string().max(500).optional(),
  capacity: z.number().int().min(1).max(1000).nullable().optional(),
  bundleCredits: z.number().int().min(1).max(100).nullable().optional(),
  active: z.boolean().optional(),
};

export const createServiceSchema = z
  .strictObject({
    kind: z.enum(["individual", "group", "course", "package", "bundle"]).default("individual"),
    ...serviceFields,
    packageItems: z.array(z.strictObject({ serviceId: z.uuid(), quantity: z.number().int().min(1).max(50) })).max(20).optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.kind === "group" || v.kind === "course") && !v.capacity) ctx.addIssue({ code: "custom", path: ["capacity"], message: "Group sessions and courses need a capacity." });
    if (v.kind === "bundle" && !v.bundleCredits) ctx.addIssue({ code: "custom", path: ["bundleCredits"], message: "A bundle needs a number of credits." });
    if (v.kind === "package" && !v.packageItems?.length) ctx.addIssue({ code: "custom", path: ["packageItems"], message: "A package needs at least one service." });
  });
export type CreateServiceInput = z.output<typeof createServiceSchema>;

export const updateServiceSchema = z
  .strictObject({
    name: serviceFields.name.optional(),
    description: serviceFields.description,
    durationMinutes: serviceFields.durationMinutes.optional(),
    priceCents: serviceFields.priceCents.optional(),
    currency: serviceFields.currency,
    sessionType: serviceFields.sessionType,
    location: serviceFields.location,
    capacity: serviceFields.capacity,
    bundleCredits: serviceFields.bundleCredits,
    active: serviceFields.active,
  })
  .refine((v) => Object.keys(v).length > 0, { message: "Send at least one field to change." });
export type UpdateServiceInput = z.output<typeof updateServiceSchema>;

export const scheduleOccurrenceSchema = z.strictObject({ start: instantSchema });
export type ScheduleOccurrenceInput = z.output<typeof scheduleOccurrenceSchema>;
