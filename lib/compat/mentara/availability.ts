// Seed 003 /booking/availability: the therapist's weekly hours (0 = Sunday,
// "HH:MM", same as the core). Writes go through the host-setup use-cases,
// which validate the whole week (no overlaps, start before end).
import { getPrisma } from "@/lib/db";
import { readBody } from "@/lib/http/parse";
import type { Actor } from "@/lib/server/actor";
import { isUuid } from "@/lib/server/bookings/load-booking";
import { createAvailability } from "@/lib/server/host-setup/create-availability";
import { deleteAvailability } from "@/lib/server/host-setup/delete-availability";
import { listAvailability } from "@/lib/server/host-setup/list-availability";
import { updateAvailability } from "@/lib/server/host-setup/update-availability";
import { DialectError, withErrors, type ErrorMap } from "../common-b/errors";
import { parseDialect } from "../common-b/parse";
import { json } from "../common-b/route";
import { mentara } from "./dialect";
import { createAvailabilitySchema, updateAvailabilitySchema } from "./schemas";
import { toMentaraAvailability } from "./view";

// The document answers non-therapists with 401 (not 403) on availability.
const ONLY_THERAPISTS: ErrorMap = { forbidden: () => new DialectError(401, "Only therapists can manage availability") };

async function weeklyRules(actor: Actor) {
  const all = await withErrors(() => listAvailability(getPrisma(), actor), ONLY_THERAPISTS);
  return all.weekly.map((rule) => toMentaraAvailability(actor.userId, rule));
}

async function ruleOf(actor: Actor, id: string) {
  const rule = (await weeklyRules(actor)).find((r) => r.id === id);
  if (!rule) throw new DialectError(404, "Availability slot not found");
  return rule;
}

/** A weekly rule of the caller, or 403 (someone else's) / 404, as the document words them. */
async function ownRule(actor: Actor, rawId: string, verb: "update" | "delete"): Promise<string> {
  await weeklyRules(actor); // 401 for non-therapists first
  const db = getPrisma();
  const row = isUuid(rawId) ? await db.availabilityRule.findUnique({ where: { id: rawId }, select: { hostId: true } }) : null;
  if (!row) throw new DialectError(404, "Availability slot not found");
  if (row.hostId !== actor.userId) throw new DialectError(403, `Can only ${verb} own availability slots`);
  return rawId;
}

// POST /booking/availability
export const createAvailabilityHandler = mentara.authed(async ({ request, actor }) => {
  const input = parseDialect(createAvailabilitySchema, await readBody(request));
  const created = await withErrors(
    () =>
      createAvailability(getPrisma(), actor, {
        type: "weekly",
        dayOfWeek: input.dayOfWeek,
        start: input.startTime,
        end: input.endTime,
        ...(input.notes !== undefined ? { notes: input.notes } : {}),
        ...(input.isAvailable !== undefined ? { isAvailable: input.isAvailable } : {}),
      }),
    ONLY_THERAPISTS,
  );
  return json(await ruleOf(actor, created.id), 201);
});

// GET /booking/availability
export const listAvailabilityHandler = mentara.authed(async ({ actor }) => json(await weeklyRules(actor)));

// PUT /booking/availability/:id
export const updateAvailabilityHandler = mentara.authed<{ id: string }>(async ({ request, actor, params }) => {
  const id = await ownRule(actor, params.id, "update");
  const input = parseDialect(updateAvailabilitySchema, await readBody(request));
  await withErrors(
    () =>
      updateAvailability(getPrisma(), actor, id, {
        ...(input.dayOfWeek !== undefined ? { dayOfWeek: input.dayOfWeek } : {}),
        ...(input.startTime !== undefined ? { start: input.startTime } : {}),
        ...(input.endTime !== undefined ? { end: input.endTime } : {}),
        ...(input.notes !== undefined ? { notes: input.notes } : {}),
        ...(input.isAvailable !== undefined ? { isAvailable: input.isAvailable } : {}),
      }),
    { ...ONLY_THERAPISTS, not_found: "Availability slot not found" },
  );
  return json(await ruleOf(actor, id));
});

// DELETE /booking/availability/:id
export const deleteAvailabilityHandler = mentara.authed<{ id: string }>(async ({ actor, params }) => {
  const id = await ownRule(actor, params.id, "delete");
  await withErrors(() => deleteAvailability(getPrisma(), actor, id), { ...ONLY_THERAPISTS, not_found: "Availability slot not found" });
  return json({ success: true });
});
