// GET /api/v1/bookings/{id}/ics: the booking as an iCalendar file (REQUEST or CANCEL).
import { getPrisma } from "@/lib/db";
import { authedRoute } from "@/lib/http/route";
import { bookingIcs } from "@/lib/server/calendar/booking-ics";
import { appBaseUrl } from "@/lib/server/calendar/from-row";

export const GET = authedRoute<{ id: string }>(async ({ request, actor, params }) => {
  const ics = await bookingIcs(getPrisma(), actor, params.id, { baseUrl: appBaseUrl(request) });
  return new Response(ics.text, {
    status: 200,
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${ics.filename}"`,
      "cache-control": "private, no-store",
    },
  });
});
