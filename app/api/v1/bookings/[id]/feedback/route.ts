import { getPrisma } from "@/lib/db";
import { parseBody } from "@/lib/http/parse";
import { authedRoute, json } from "@/lib/http/route";
import { feedbackSchema } from "@/lib/server/bookings/schemas";
import { submitFeedback } from "@/lib/server/bookings/submit-feedback";

export const POST = authedRoute<{ id: string }>(async ({ request, actor, params }) =>
  json(await submitFeedback(getPrisma(), actor, params.id, await parseBody(request, feedbackSchema)), { status: 201 }),
);
