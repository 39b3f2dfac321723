import type { Db } from "@/lib/db";
import type { Actor } from "../actor";
import { notFound } from "../errors";
import { isUuid } from "../bookings/load-booking";
import { requireHost } from "./require-host";

export async function deleteAvailability(db: Db, actor: Actor, id: string): Promise<void> {
  requireHost(actor);
  if (!isUuid(id)) throw notFound("Availability");
  const where = { id, hostId: actor.userId };
  const [a, b, c] = await db.$transaction([db.availabilityRule.deleteMany({ where }), db.availabilityOverride.deleteMany({ where }), db.timeOff.deleteMany({ where })]);
  if (a.count + b.count + c.count === 0) throw notFound("Availability");
}
