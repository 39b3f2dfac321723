// The caller's calendar feed: GET where it is, POST a new secret (the old URL
// stops working). Both answer { url } with the path of the feed.
import { z } from "zod";
import { getPrisma } from "@/lib/db";
import { parseBody } from "@/lib/http/parse";
import { authedRoute, json } from "@/lib/http/route";
import { feedUrl, rotateFeedToken } from "@/lib/server/calendar/feed-url";

const emptyBody = z.strictObject({});
const noStore = { "cache-control": "private, no-store" };

export const GET = authedRoute(async ({ actor }) => json({ url: await feedUrl(getPrisma(), actor) }, { headers: noStore }));

export const POST = authedRoute(async ({ request, actor }) => {
  await parseBody(request, emptyBody);
  return json({ url: await rotateFeedToken(getPrisma(), actor) }, { headers: noStore });
});
