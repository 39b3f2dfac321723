import { getPrisma } from "@/lib/db";
import { parseQuery } from "@/lib/http/parse";
import { authedRoute, json } from "@/lib/http/route";
import { listMail } from "@/lib/server/mail/list-mail";
import { listMailQuerySchema } from "@/lib/server/mail/schemas";

export const GET = authedRoute(async ({ request, actor }) => json(await listMail(getPrisma(), actor, parseQuery(request, listMailQuerySchema))));
