import { getPrisma } from "@/lib/db";
import { parseWith } from "@/lib/http/parse";
import { authedRoute, json } from "@/lib/http/route";
import { idempotentRoute } from "@/lib/http/idempotency";
import { createServiceSchema } from "@/lib/server/host-setup/schemas";
import { createService, listMyServices } from "@/lib/server/host-setup/services";

export const GET = authedRoute(async ({ actor }) => json({ items: await listMyServices(getPrisma(), actor) }));

export const POST = idempotentRoute(async ({ actor, body }) => json(await createService(getPrisma(), actor, parseWith(createServiceSchema, body)), { status: 201 }));
