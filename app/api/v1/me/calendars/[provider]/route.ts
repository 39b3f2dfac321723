// DELETE /api/v1/me/calendars/{provider}: forget the connection and its
// tokens. Events already written stay in that calendar.
import { getPrisma } from "@/lib/db";
import { authedRoute } from "@/lib/http/route";
import { disconnectCalendar, isCalendarProvider } from "@/lib/server/calendar/calendar-connections";
import { notFound } from "@/lib/server/errors";

export const DELETE = authedRoute<{ provider: string }>(async ({ actor, params }) => {
  if (!isCalendarProvider(params.provider)) throw notFound("Calendar provider");
  await disconnectCalendar(getPrisma(), actor, params.provider);
  return new Response(null, { status: 204 });
});
