import { getPrisma } from "@/lib/db";
import { parseQuery } from "@/lib/http/parse";
import { json, publicRoute } from "@/lib/http/route";
import { listHosts, listHostsQuerySchema } from "@/lib/server/hosts/list-hosts";

export const GET = publicRoute(async ({ request }) => json(await listHosts(getPrisma(), parseQuery(request, listHostsQuerySchema))));
