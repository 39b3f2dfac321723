// GET /api/v1/me/calendars: the caller's Google and Outlook connections and
// whether each provider is configured on this server. Never a token.
import { getPrisma } from "@/lib/db";
import { authedRoute, json } from "@/lib/http/route";
import { listCalendarConnections } from "@/lib/server/calendar/calendar-connections";

export const GET = authedRoute(async ({ actor }) => json({ items: await listCalendarConnections(getPrisma(), actor) }, { headers: { "cache-control": "private, no-store" } }));
