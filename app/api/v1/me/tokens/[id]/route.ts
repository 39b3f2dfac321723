// DELETE /api/v1/me/tokens/{id}: revoke one of the caller's tokens. Someone
// else's token is "not found", never "forbidden"; revoking twice is fine.
import { getPrisma } from "@/lib/db";
import { authedRoute } from "@/lib/http/route";
import { revokeApiToken } from "@/lib/server/create-api-token";
import { isUuid } from "@/lib/server/bookings/load-booking";
import { notFound } from "@/lib/server/errors";

export const DELETE = authedRoute<{ id: string }>(async ({ actor, params }) => {
  if (!isUuid(params.id)) throw notFound("API token");
  const db = getPrisma();
  if (!(await revokeApiToken(db, actor, params.id))) {
    const own = await db.apiToken.findFirst({ where: { id: params.id, userId: actor.userId }, select: { id: true } });
    if (!own) throw notFound("API token");
  }
  return new Response(null, { status: 204 });
});
