// GET /api/v1/calendar/{feedToken}.ics: the subscribable feed. No session or
// API token: calendar apps poll it on their own, and the secret token in the
// path is the credential (rotate it with POST /api/v1/me/calendar-feed).
import { getPrisma } from "@/lib/db";
import { errorResponse } from "@/lib/http/problem";
import { notFound } from "@/lib/server/errors";
import { appBaseUrl } from "@/lib/server/calendar/from-row";
import { userFeed } from "@/lib/server/calendar/user-feed";

export const dynamic = "force-dynamic";

export async function GET(request: Request, context: { params: Promise<{ feed: string }> }): Promise<Response> {
  try {
    const { feed } = await context.params;
    if (!feed.endsWith(".ics")) throw notFound("Calendar feed");
    const text = await userFeed(getPrisma(), feed.slice(0, -".ics".length), { baseUrl: appBaseUrl(request) });
    return new Response(text, {
      status: 200,
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": 'inline; filename="slotbook.ics"',
        // Private: the URL is a secret. Short: a rotated token must stop working soon.
        "cache-control": "private, max-age=300",
        "x-robots-tag": "noindex",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
