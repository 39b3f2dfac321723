// Counts for the statistics card and seed 000's /statistics/: hours come from
// actual durations where the session recorded them.
import type { Db } from "@/lib/db";
import type { Actor } from "../actor";

export interface BookingStatistics {
  totalSessions: number;
  completedSessions: number;
  upcomingSessions: number;
  cancelledSessions: number;
  totalHours: number;
  favoriteSessionTypes: string[];
}

export async function bookingStatistics(db: Db, actor: Actor, role: "client" | "host" = "client", now = new Date()): Promise<BookingStatistics> {
  const mine = role === "host" ? { hostId: actor.userId } : { clientId: actor.userId };
  const sessions = { ...mine, kind: { in: ["individual" as const, "seat" as const] } };
  const [total, completed, upcoming, cancelled, done, types] = await Promise.all([
    db.booking.count({ where: { ...sessions, status: { not: "draft" }, rescheduledTo: { none: {} } } }),
    db.booking.count({ where: { ...sessions, status: "completed" } }),
    db.booking.count({ where: { ...sessions, status: { in: ["pending", "confirmed", "pending_payment"] }, startAt: { gt: now } } }),
    db.booking.count({ where: { ...sessions, status: { in: ["cancelled", "declined"] }, rescheduledTo: { none: {} } } }),
    db.booking.findMany({ where: { ...sessions, status: "completed" }, select: { actualStartAt: true, actualEndAt: true, durationMinutes: true } }),
    db.booking.groupBy({ by: ["sessionType"], where: { ...sessions, status: { notIn: ["draft", "cancelled", "declined"] } }, _count: { _all: true } }),
  ]);
  const minutes = done.reduce((sum, b) => {
    const actual = b.actualStartAt && b.actualEndAt ? (b.actualEndAt.getTime() - b.actualStartAt.getTime()) / 60_000 : null;
    return sum + (actual !== null && actual > 0 ? actual : (b.durationMinutes ?? 0));
  }, 0);
  return {
    totalSessions: total,
    completedSessions: completed,
    upcomingSessions: upcoming,
    cancelledSessions: cancelled,
    totalHours: Math.round((minutes / 60) * 10) / 10,
    favoriteSessionTypes: [...types].sort((a, b) => b._count._all - a._count._all || a.sessionType.localeCompare(b.sessionType)).slice(0, 3).map((t) => t.sessionType),
  };
}
