import type { Metadata } from "next";
import Link from "next/link";
import { Announcer } from "@/components/host/announcer";
import { DashboardView } from "@/components/host/dashboard/dashboard-view";
import { NotHost } from "@/components/host/not-host";
import { requireUser } from "@/components/host/session";
import { getPrisma } from "@/lib/db";
import { addDaysISO, isValidDateISO, startOfZonedDay, zonedDate } from "@/lib/domain/time";
import { bookingStatistics } from "@/lib/server/bookings/booking-statistics";
import { listBookings } from "@/lib/server/bookings/list-bookings";
import { availabilityOf } from "@/lib/server/host-setup/availability-view";
import { getHostSettings } from "@/lib/server/host-setup/host-settings";
import { toSessionItem } from "@/components/host/dashboard/types";

export const metadata: Metadata = { title: "Dashboard" };

const SHOWN = ["pending_payment", "pending", "confirmed", "in_progress", "completed", "no_show"] as const;
const TIMED_KINDS = new Set(["individual", "group_session"]);

function mondayOf(date: string): string {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDaysISO(date, -((dow + 6) % 7));
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { user, actor, isHost } = await requireUser("/dashboard");
  if (!isHost) return <NotHost what="The dashboard" />;

  const db = getPrisma();
  const zone = user.timeZone;
  const now = new Date();
  const today = zonedDate(now, zone);
  const params = await searchParams;
  const requested = typeof params.week === "string" && isValidDateISO(params.week) ? params.week : today;
  const weekStart = mondayOf(requested);
  const weekEnd = addDaysISO(weekStart, 7);
  const range = (from: string, to: string) => ({ from: startOfZonedDay(from, zone), to: startOfZonedDay(to, zone) });

  // One query after another: the embedded database (PGlite behind one socket
  // server) can interleave the protocol messages of concurrent connections.
  const week = await listBookings(db, actor, { role: "host", status: [...SHOWN], ...range(weekStart, weekEnd), sort: "start", page: 1, pageSize: 100 }, now);
  const todays = await listBookings(db, actor, { role: "host", status: [...SHOWN], ...range(today, addDaysISO(today, 1)), sort: "start", page: 1, pageSize: 100 }, now);
  const pending = await listBookings(db, actor, { role: "host", status: ["pending"], from: now, sort: "start", page: 1, pageSize: 50 }, now);
  // With nothing left today, the next few sessions keep the day's card useful.
  const upcoming = await listBookings(db, actor, { role: "host", status: ["confirmed", "in_progress"], from: now, sort: "start", page: 1, pageSize: 6 }, now);
  const stats = await bookingStatistics(db, actor, "host", now);
  const settings = await getHostSettings(db, actor);
  const availability = await availabilityOf(db, actor.userId);
  const timed = (items: typeof week.items) => items.filter((b) => TIMED_KINDS.has(b.kind) && b.start).map(toSessionItem);

  // Open hours of each day of the week: weekly rules, replaced by a date's
  // overrides, emptied by whole-day time off.
  const bands = Array.from({ length: 7 }, (_, i) => {
    const date = addDaysISO(weekStart, i);
    const dow = (i + 1) % 7;
    const offDay = availability.timeOff.some((t) => t.startDate && t.endDate && t.startDate <= date && date <= t.endDate);
    if (offDay) return [];
    const overrides = availability.overrides.filter((o) => o.date === date);
    const ranges = overrides.length
      ? overrides.filter((o) => o.start && o.end).map((o) => [o.start!, o.end!] as const)
      : availability.weekly.filter((r) => r.dayOfWeek === dow && r.isAvailable).map((r) => [r.start, r.end] as const);
    const toMin = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
    return ranges.map(([s, e]) => [toMin(s), toMin(e)] as [number, number]);
  });

  return (
    <Announcer>
      <DashboardView
        name={user.name}
        zone={zone}
        now={now.toISOString()}
        today={today}
        weekStart={weekStart}
        prevWeek={addDaysISO(weekStart, -7)}
        nextWeek={weekEnd}
        thisWeek={mondayOf(today)}
        week={timed(week.items)}
        weekTruncated={week.total > week.items.length}
        todays={timed(todays.items)}
        nextUp={timed(upcoming.items).filter((b) => b.start && b.start >= startOfZonedDay(addDaysISO(today, 1), zone).toISOString()).slice(0, 3)}
        pending={timed(pending.items)}
        pendingTotal={pending.total}
        stats={stats}
        requiresConfirmation={settings.requiresConfirmation}
        hasAvailability={availability.weekly.length > 0}
        bands={bands}
      />
      <p className="muted small" style={{ marginTop: "1.5rem" }}>
        Times are in your zone, {zone}. <Link href="/settings#profile">Change it in Settings</Link>.
      </p>
    </Announcer>
  );
}
