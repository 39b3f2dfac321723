// Seed 004 teacher availability: day_of_week 0 = Monday (the core: 0 =
// Sunday), times "HH:MM:SS". A recurring slot is a weekly rule; a
// non-recurring slot with a date is a dated override (it replaces that date's
// weekly hours). Writes go through the host-setup use-cases.
import { getPrisma } from "@/lib/db";
import { dayOfWeekISO, formatHHMM, mondayZeroToSundayZero, sundayZeroToMondayZero } from "@/lib/domain";
import { readBody } from "@/lib/http/parse";
import type { Actor } from "@/lib/server/actor";
import { createAvailability } from "@/lib/server/host-setup/create-availability";
import { deleteAvailability } from "@/lib/server/host-setup/delete-availability";
import { listAvailability } from "@/lib/server/host-setup/list-availability";
import { DialectError, withErrors, type ErrorMap } from "../common-b/errors";
import { parseDialect } from "../common-b/parse";
import { json, noContent } from "../common-b/route";
import { zoom } from "./dialect";
import { createAvailabilitySchema } from "./schemas";

const TEACHERS_ONLY: ErrorMap = { forbidden: () => new DialectError(403, "Only teachers can manage availability") };
const hhmmss = (hhmm: string | null) => (hhmm ? `${hhmm}:00` : null);

async function slotsOf(actor: Actor) {
  const all = await withErrors(() => listAvailability(getPrisma(), actor), TEACHERS_ONLY);
  return [
    ...all.weekly.map((rule) => ({
      id: rule.id,
      teacher: actor.userId,
      day_of_week: sundayZeroToMondayZero(rule.dayOfWeek),
      start_time: hhmmss(rule.start),
      end_time: hhmmss(rule.end),
      is_recurring: true,
      date: null as string | null,
      is_available: rule.isAvailable,
    })),
    ...all.overrides.map((o) => ({
      id: o.id,
      teacher: actor.userId,
      day_of_week: o.date ? sundayZeroToMondayZero(dayOfWeekISO(o.date)) : null,
      start_time: hhmmss(o.start),
      end_time: hhmmss(o.end),
      is_recurring: false,
      date: o.date,
      // A dated entry without times closes the whole date.
      is_available: !o.closed,
    })),
  ];
}

// POST /api/bookings/availability/
export const createAvailabilityHandler = zoom.authed(async ({ request, actor }) => {
  const input = parseDialect(createAvailabilitySchema, await readBody(request));
  const start = formatHHMM(input.start_time);
  const end = formatHHMM(input.end_time);
  let created: { id: string };
  if (input.is_recurring) {
    if (input.day_of_week === null || input.day_of_week === undefined) throw new DialectError(400, "day_of_week is required for recurring slots");
    const dayOfWeek = mondayZeroToSundayZero(input.day_of_week);
    created = await withErrors(() => createAvailability(getPrisma(), actor, { type: "weekly", dayOfWeek, start, end }), TEACHERS_ONLY);
  } else {
    const date = input.date;
    if (!date) throw new DialectError(400, "date is required for non-recurring slots");
    created = await withErrors(() => createAvailability(getPrisma(), actor, { type: "override", date, start, end }), TEACHERS_ONLY);
  }
  const slot = (await slotsOf(actor)).find((s) => s.id === created.id);
  return json(slot, 201);
});

// GET /api/bookings/availability/ (the teacher's own slots)
export const listAvailabilityHandler = zoom.authed(async ({ actor }) => json(await slotsOf(actor)));

// DELETE /api/bookings/availability/<id>/
export const deleteAvailabilityHandler = zoom.authed<{ id: string }>(async ({ actor, params }) => {
  const mine = (await slotsOf(actor)).some((s) => s.id === params.id);
  if (!mine) throw new DialectError(404, "Availability slot not found");
  await withErrors(() => deleteAvailability(getPrisma(), actor, params.id), { ...TEACHERS_ONLY, not_found: "Availability slot not found" });
  return noContent();
});
