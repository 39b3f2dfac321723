import { getPrisma } from "@/lib/db";
import { authedRoute, json } from "@/lib/http/route";
import { getMe } from "@/lib/server/get-me";

export const GET = authedRoute(async ({ actor }) => json(await getMe(getPrisma(), actor)));
