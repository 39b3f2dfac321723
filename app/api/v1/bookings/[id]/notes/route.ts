import { getPrisma } from "@/lib/db";
import { parseWith } from "@/lib/http/parse";
import { authedRoute, json } from "@/lib/http/route";
import { idempotentRoute } from "@/lib/http/idempotency";
import { addNote, listNotes } from "@/lib/server/bookings/booking-notes";
import { addNoteSchema } from "@/lib/server/bookings/schemas";

export const GET = authedRoute<{ id: string }>(async ({ actor, params }) => json({ items: await listNotes(getPrisma(), actor, params.id) }));

export const POST = idempotentRoute<{ id: string }>(async ({ actor, params, body }) =>
  json(await addNote(getPrisma(), actor, params.id, parseWith(addNoteSchema, body)), { status: 201 }),
);
