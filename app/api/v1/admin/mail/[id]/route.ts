import { getPrisma } from "@/lib/db";
import { authedRoute, json } from "@/lib/http/route";
import { getMail } from "@/lib/server/mail/list-mail";

export const GET = authedRoute<{ id: string }>(async ({ actor, params }) => json(await getMail(getPrisma(), actor, params.id)));
