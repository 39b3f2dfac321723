import { getPrisma } from "@/lib/db";
import { parseBody } from "@/lib/http/parse";
import { authedRoute, json } from "@/lib/http/route";
import { updateServiceSchema } from "@/lib/server/host-setup/schemas";
import { deleteService, updateService } from "@/lib/server/host-setup/services";

export const PATCH = authedRoute<{ id: string }>(async ({ request, actor, params }) =>
  json(await updateService(getPrisma(), actor, params.id, await parseBody(request, updateServiceSchema))),
);

export const DELETE = authedRoute<{ id: string }>(async ({ actor, params }) => json(await deleteService(getPrisma(), actor, params.id)));
