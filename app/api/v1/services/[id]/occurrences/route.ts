import { getPrisma } from "@/lib/db";
import { parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/route";
import { idempotentRoute } from "@/lib/http/idempotency";
import { scheduleOccurrence } from "@/lib/server/host-setup/schedule-occurrence";
import { scheduleOccurrenceSchema } from "@/lib/server/host-setup/schemas";

export const POST = idempotentRoute<{ id: string }>(async ({ actor, params, body }) =>
  json(await scheduleOccurrence(getPrisma(), actor, params.id, parseWith(scheduleOccurrenceSchema, body)), { status: 201 }),
);
