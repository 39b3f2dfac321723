import { getPrisma } from "@/lib/db";
import { json, publicRoute } from "@/lib/http/route";
import { getHost } from "@/lib/server/hosts/get-host";

export const GET = publicRoute<{ id: string }>(async ({ params }) => json(await getHost(getPrisma(), params.id)));
