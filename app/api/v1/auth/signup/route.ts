import { getPrisma } from "@/lib/db";
import { parseBody } from "@/lib/http/parse";
import { json, publicRoute } from "@/lib/http/route";
import { signUpSchema } from "@/lib/server/auth/schemas";
import { signUp } from "@/lib/server/sign-up";

export const POST = publicRoute(async ({ request }) => {
  const input = await parseBody(request, signUpSchema);
  const user = await signUp(getPrisma(), input);
  return json({ user }, { status: 201 });
});
