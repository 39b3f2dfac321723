import { getPrisma } from "@/lib/db";
import { parseBody } from "@/lib/http/parse";
import { clientIp, enforceRateLimit } from "@/lib/http/rate-limit";
import { json, publicRoute } from "@/lib/http/route";
import { createTokenSchema } from "@/lib/server/auth/schemas";
import { createApiTokenWithPassword } from "@/lib/server/create-api-token";

export const POST = publicRoute(async ({ request }) => {
  const input = await parseBody(request, createTokenSchema);
  await enforceRateLimit("token", { ip: clientIp(request.headers), email: input.email });
  const { token, user } = await createApiTokenWithPassword(getPrisma(), input);
  return json({ token, user }, { status: 201 });
});
