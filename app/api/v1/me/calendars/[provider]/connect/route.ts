// POST /api/v1/me/calendars/{provider}/connect: starts the OAuth 2.0
// authorization-code flow (state + PKCE). The browser goes to authUrl; the
// provider sends it back to /settings/calendars/{provider}/callback.
import { z } from "zod";
import { getPrisma } from "@/lib/db";
import { parseBody } from "@/lib/http/parse";
import { authedRoute, json } from "@/lib/http/route";
import { isCalendarProvider, startCalendarConnect } from "@/lib/server/calendar/calendar-connections";
import { appBaseUrl } from "@/lib/server/calendar/from-row";
import { notFound } from "@/lib/server/errors";

const emptyBody = z.strictObject({});

export const POST = authedRoute<{ provider: string }>(async ({ request, actor, params }) => {
  if (!isCalendarProvider(params.provider)) throw notFound("Calendar provider");
  await parseBody(request, emptyBody);
  return json(await startCalendarConnect(getPrisma(), actor, params.provider, appBaseUrl(request)), { headers: { "cache-control": "private, no-store" } });
});
