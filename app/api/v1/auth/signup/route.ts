import { getPrisma } from "@/lib/db";
import { parseBody } from "@/lib/http/parse";
import { clientIp, enforceRateLimit } from "@/lib/http/rate-limit";
import { json, publicRoute } from "@/lib/http/route";
import { signUpSchema } from "@/lib/server/auth/schemas";
import { signUp } from "@/lib/server/sign-up";

export const POST = publicRoute(async ({ request }) => {
  const input = await parseBody(request, signUpSchema);
  await enforceRateLimit("signup", { ip: clientIp(request.headers) });
  const user = await signUp(getPrisma(), input);
  return json({ user }, { status: 201 });
});
