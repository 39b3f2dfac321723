import type { Tx } from "../tx";

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** A host's whole availability: weekly rules, dated overrides and time off. */
export async function availabilityOf(db: Tx, hostId: string) {
  const [host, rules, overrides, timeOff] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: hostId }, select: { timeZone: true } }),
    db.availabilityRule.findMany({ where: { hostId }, select: { id: true, dayOfWeek: true, startTime: true, endTime: true, isAvailable: true, notes: true, createdAt: true, updatedAt: true }, orderBy: [{ dayOfWeek: "asc" }, { startTime: "asc" }] }),
    db.availabilityOverride.findMany({ where: { hostId }, select: { id: true, date: true, startTime: true, endTime: true }, orderBy: [{ date: "asc" }, { startTime: "asc" }] }),
    db.timeOff.findMany({ where: { hostId }, select: { id: true, startDate: true, endDate: true, startAt: true, endAt: true, reason: true }, orderBy: [{ startDate: "asc" }, { startAt: "asc" }] }),
  ]);
  return {
    timeZone: host.timeZone,
    weekly: rules.map((r) => ({ id: r.id, type: "weekly" as const, dayOfWeek: r.dayOfWeek, start: r.startTime, end: r.endTime, isAvailable: r.isAvailable, notes: r.notes, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() })),
    overrides: overrides.map((o) => ({ id: o.id, type: "override" as const, date: day(o.date), start: o.startTime, end: o.endTime, closed: !o.startTime })),
    timeOff: timeOff.map((t) => ({ id: t.id, type: "time_off" as const, startDate: day(t.startDate), endDate: day(t.endDate), start: iso(t.startAt), end: iso(t.endAt), reason: t.reason })),
  };
}
export type AvailabilityView = Awaited<ReturnType<typeof availabilityOf>>;
