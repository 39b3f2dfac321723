// DELETE /api/v1/clients/{clientId}: deactivate the relationship (the client's
// history stays; POST /api/v1/clients with their email reactivates it).
import { getPrisma } from "@/lib/db";
import { authedRoute, json } from "@/lib/http/route";
import { deactivateClient } from "@/lib/server/host-setup/clients";

export const DELETE = authedRoute<{ id: string }>(async ({ actor, params }) => json(await deactivateClient(getPrisma(), actor, params.id)));
