import type { Db } from "@/lib/db";
import type { Actor } from "../actor";
import { availabilityOf } from "./availability-view";
import { requireHost } from "./require-host";

export async function listAvailability(db: Db, actor: Actor) {
  requireHost(actor);
  return availabilityOf(db, actor.userId);
}
