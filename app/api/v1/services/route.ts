import { getPrisma } from "@/lib/db";
import { parseBody } from "@/lib/http/parse";
import { authedRoute, json } from "@/lib/http/route";
import { createServiceSchema } from "@/lib/server/host-setup/schemas";
import { createService, listMyServices } from "@/lib/server/host-setup/services";

export const GET = authedRoute(async ({ actor }) => json({ items: await listMyServices(getPrisma(), actor) }));

export const POST = authedRoute(async ({ request, actor }) => json(await createService(getPrisma(), actor, await parseBody(request, createServiceSchema)), { status: 201 }));
