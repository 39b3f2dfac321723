// Seed 003 GET /booking/slots?therapistId&date: the core's free starts for
// that date (in the therapist's time zone) with the Mentara durations
// (30/60/90/120) that both fit there and the therapist offers.
import { getPrisma } from "@/lib/db";
import { queryObject } from "@/lib/http/parse";
import { getSlots } from "@/lib/server/bookings/get-slots";
import { hostFacts } from "../common-b/bookings";
import { withErrors } from "../common-b/errors";
import { parseDialect } from "../common-b/parse";
import { json } from "../common-b/route";
import { mentara } from "./dialect";
import { DURATIONS, slotsQuerySchema } from "./schemas";

export const slotsHandler = mentara.authed(async ({ request, actor }) => {
  const db = getPrisma();
  const query = parseDialect(slotsQuerySchema, queryObject(new URL(request.url)));
  const therapist = await withErrors(() => hostFacts(db, query.therapistId), { not_found: "Therapist not found" });
  const durations = DURATIONS.filter((d) => therapist.durationsMinutes.includes(d));
  if (durations.length === 0) return json([]);
  const result = await withErrors(
    () => getSlots(db, actor, therapist.id, { start: query.date, end: query.date, timeZone: therapist.timeZone, duration: [...durations] }),
    { not_found: "Therapist not found" },
  );
  return json(
    result.slots.map((slot) => ({
      startTime: slot.start,
      availableDurations: slot.durations.map((d) => ({ id: String(d), name: `${d} minutes`, duration: d })),
    })),
  );
});
