import { getPrisma } from "@/lib/db";
import { parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/route";
import { idempotentRoute } from "@/lib/http/idempotency";
import { feedbackSchema } from "@/lib/server/bookings/schemas";
import { submitFeedback } from "@/lib/server/bookings/submit-feedback";

export const POST = idempotentRoute<{ id: string }>(async ({ actor, params, body }) =>
  json(await submitFeedback(getPrisma(), actor, params.id, parseWith(feedbackSchema, body)), { status: 201 }),
);
