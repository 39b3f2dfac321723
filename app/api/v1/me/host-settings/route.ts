import { getPrisma } from "@/lib/db";
import { parseBody } from "@/lib/http/parse";
import { authedRoute, json } from "@/lib/http/route";
import { getHostSettings, updateHostSettings } from "@/lib/server/host-setup/host-settings";
import { hostSettingsSchema } from "@/lib/server/host-setup/schemas";

export const GET = authedRoute(async ({ actor }) => json(await getHostSettings(getPrisma(), actor)));

export const PATCH = authedRoute(async ({ request, actor }) => json(await updateHostSettings(getPrisma(), actor, await parseBody(request, hostSettingsSchema))));
