// The caller's personal API tokens: GET lists them (never the secret), POST
// creates one and answers with the token itself, the only time it is shown.
import { getPrisma } from "@/lib/db";
import { parseBody } from "@/lib/http/parse";
import { authedRoute, json } from "@/lib/http/route";
import { createApiToken, listApiTokens } from "@/lib/server/create-api-token";
import { createApiTokenSchema } from "@/lib/server/host-setup/profile";

const noStore = { "cache-control": "private, no-store" };

export const GET = authedRoute(async ({ actor }) => json({ items: await listApiTokens(getPrisma(), actor) }, { headers: noStore }));

export const POST = authedRoute(async ({ request, actor }) => {
  const { name } = await parseBody(request, createApiTokenSchema);
  const token = await createApiToken(getPrisma(), actor, name);
  return json(token, { status: 201, headers: { ...noStore, location: `/api/v1/me/tokens/${token.id}` } });
});
