// The weekly grid editor saves the whole week at once ("copy to other days"
// produces many rules), validated as a set.
import type { Db } from "@/lib/db";
import type { Actor } from "../actor";
import { availabilityOf } from "./availability-view";
import { requireHost } from "./require-host";
import type { ReplaceWeeklyInput } from "./schemas";
import { assertWeeklyRules } from "./validate-availability";

export async function replaceWeeklyAvailability(db: Db, actor: Actor, input: ReplaceWeeklyInput) {
  requireHost(actor);
  assertWeeklyRules(input.rules.filter((r) => r.isAvailable !== false).map((r) => ({ dayOfWeek: r.dayOfWeek, start: r.start, end: r.end })));
  await db.$transaction([
    db.availabilityRule.deleteMany({ where: { hostId: actor.userId } }),
    db.availabilityRule.createMany({
      data: input.rules.map((r) => ({ hostId: actor.userId, dayOfWeek: r.dayOfWeek, startTime: r.start, endTime: r.end, notes: r.notes ?? "", isAvailable: r.isAvailable ?? true })),
    }),
  ]);
  return availabilityOf(db, actor.userId);
}
