import { getPrisma } from "@/lib/db";
import { parseBody } from "@/lib/http/parse";
import { authedRoute, json } from "@/lib/http/route";
import { scheduleOccurrence } from "@/lib/server/host-setup/schedule-occurrence";
import { scheduleOccurrenceSchema } from "@/lib/server/host-setup/schemas";

export const POST = authedRoute<{ id: string }>(async ({ request, actor, params }) =>
  json(await scheduleOccurrence(getPrisma(), actor, params.id, await parseBody(request, scheduleOccurrenceSchema)), { status: 201 }),
);
