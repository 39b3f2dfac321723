// Seed 004 GET /api/bookings/slots/available/ and /api/bookings/schedule/.
// Dates and the zone-less datetimes are the teacher's local time.
import { getPrisma } from "@/lib/db";
import { BLOCKING_STATUSES, rangeForDates, toDialect } from "@/lib/domain";
import { queryObject } from "@/lib/http/parse";
import { isAdmin } from "@/lib/server/actor";
import { getSlots } from "@/lib/server/bookings/get-slots";
import { hostFacts, LISTED } from "../common-b/bookings";
import { DialectError, withErrors } from "../common-b/errors";
import { splitName } from "../common-b/names";
import { parseDialect } from "../common-b/parse";
import { json } from "../common-b/route";
import { isoSecondsZ, localDateTime, localHHMM } from "../common-b/time";
import { zoom } from "./dialect";
import { scheduleQuerySchema, slotsQuerySchema } from "./schemas";

const MINUTE = 60_000;
const MAX_SCHEDULE_DAYS = 92;

// GET /api/bookings/slots/available/?teacher_id&date&duration
export const availableSlotsHandler = zoom.authed(async ({ request, actor }) => {
  const db = getPrisma();
  const query = parseDialect(slotsQuerySchema, queryObject(new URL(request.url)));
  const teacher = await withErrors(() => hostFacts(db, query.teacher_id), { not_found: "Teacher not found" });
  const zone = teacher.timeZone;
  const answer = (slots: Array<{ start: Date; end: Date }>) =>
    json({
      date: query.date,
      teacher_id: teacher.id,
      available_slots: slots.map(({ start, end }) => ({
        start_time: localHHMM(start, zone),
        end_time: localHHMM(end, zone),
        datetime_start: localDateTime(start, zone),
        datetime_end: localDateTime(end, zone),
      })),
      timezone: zone,
    });
  // A length the teacher does not offer cannot be booked: no slots.
  if (!teacher.durationsMinutes.includes(query.duration)) return answer([]);
  const result = await withErrors(() => getSlots(db, actor, teacher.id, { start: query.date, end: query.date, timeZone: zone, duration: [query.duration] }), {
    not_found: "Teacher not found",
  });
  return answer(result.slots.map((s) => ({ start: new Date(s.start), end: new Date(Date.parse(s.start) + query.duration * MINUTE) })));
});

// GET /api/bookings/schedule/?teacher_id&start_date&end_date
export const scheduleHandler = zoom.authed(async ({ request, actor }) => {
  const db = getPrisma();
  const query = parseDialect(scheduleQuerySchema, queryObject(new URL(request.url)));
  if (query.end_date < query.start_date) throw new DialectError(400, "end_date must not be before start_date");
  const days = (Date.parse(`${query.end_date}T00:00:00Z`) - Date.parse(`${query.start_date}T00:00:00Z`)) / 86_400_000 + 1;
  if (days > MAX_SCHEDULE_DAYS) throw new DialectError(400, `Ask for at most ${MAX_SCHEDULE_DAYS} days at a time`);
  const teacher = await withErrors(() => hostFacts(db, query.teacher_id), { not_found: "Teacher not found" });
  const range = rangeForDates(query.start_date, query.end_date, teacher.timeZone);
  const rows = await db.booking.findMany({
    where: { AND: [LISTED, { hostId: teacher.id, status: { in: [...BLOCKING_STATUSES] }, startAt: { gte: range.from, lt: range.to } }] },
    select: { startAt: true, endAt: true, status: true, clientId: true, client: { select: { name: true } } },
    orderBy: [{ startAt: "asc" }, { id: "asc" }],
  });
  // Students' names are personal data: the teacher and admins see them; a
  // student sees their own, and only busy times for everybody else's.
  const seesNames = actor.userId === teacher.id || isAdmin(actor);
  return json({
    teacher_id: teacher.id,
    start_date: query.start_date,
    end_date: query.end_date,
    bookings: rows.map((row) => {
      const name = seesNames || row.clientId === actor.userId ? splitName(row.client?.name ?? "") : { firstName: "", lastName: "" };
      return {
        start_time: row.startAt ? isoSecondsZ(row.startAt) : null,
        end_time: row.endAt ? isoSecondsZ(row.endAt) : null,
        status: toDialect("004", row.status),
        student__first_name: name.firstName,
        student__last_name: name.lastName,
      };
    }),
  });
});
