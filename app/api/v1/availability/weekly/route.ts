import { getPrisma } from "@/lib/db";
import { parseBody } from "@/lib/http/parse";
import { authedRoute, json } from "@/lib/http/route";
import { replaceWeeklyAvailability } from "@/lib/server/host-setup/replace-weekly-availability";
import { replaceWeeklySchema } from "@/lib/server/host-setup/schemas";

export const PUT = authedRoute(async ({ request, actor }) => json(await replaceWeeklyAvailability(getPrisma(), actor, await parseBody(request, replaceWeeklySchema))));
