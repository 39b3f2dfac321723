import { getPrisma } from "@/lib/db";
import { parseBody } from "@/lib/http/parse";
import { authedRoute, json } from "@/lib/http/route";
import { addNote, listNotes } from "@/lib/server/bookings/booking-notes";
import { addNoteSchema } from "@/lib/server/bookings/schemas";

export const GET = authedRoute<{ id: string }>(async ({ actor, params }) => json({ items: await listNotes(getPrisma(), actor, params.id) }));

export const POST = authedRoute<{ id: string }>(async ({ request, actor, params }) =>
  json(await addNote(getPrisma(), actor, params.id, await parseBody(request, addNoteSchema)), { status: 201 }),
);
