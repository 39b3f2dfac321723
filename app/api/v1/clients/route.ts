// The host's clients: GET lists them with session counts and relationships,
// POST { email } relates a client (for hosts who take only related clients).
import { getPrisma } from "@/lib/db";
import { parseBody } from "@/lib/http/parse";
import { authedRoute, json } from "@/lib/http/route";
import { addClient, addClientSchema, listClients } from "@/lib/server/host-setup/clients";

export const GET = authedRoute(async ({ actor }) => json({ items: await listClients(getPrisma(), actor) }));

export const POST = authedRoute(async ({ request, actor }) => {
  const { created, client } = await addClient(getPrisma(), actor, await parseBody(request, addClientSchema));
  return json(client, { status: created ? 201 : 200, headers: { location: `/api/v1/clients/${client.id}` } });
});
