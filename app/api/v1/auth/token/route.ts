import { getPrisma } from "@/lib/db";
import { parseBody } from "@/lib/http/parse";
import { json, publicRoute } from "@/lib/http/route";
import { createTokenSchema } from "@/lib/server/auth/schemas";
import { createApiTokenWithPassword } from "@/lib/server/create-api-token";

export const POST = publicRoute(async ({ request }) => {
  const input = await parseBody(request, createTokenSchema);
  const { token, user } = await createApiTokenWithPassword(getPrisma(), input);
  return json({ token, user }, { status: 201 });
});
