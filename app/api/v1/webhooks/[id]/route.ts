import { getPrisma } from "@/lib/db";
import { authedRoute } from "@/lib/http/route";
import { deleteWebhook } from "@/lib/server/webhooks/delete-webhook";

export const DELETE = authedRoute<{ id: string }>(async ({ actor, params }) => {
  await deleteWebhook(getPrisma(), actor, params.id);
  return new Response(null, { status: 204 });
});
