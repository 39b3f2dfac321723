// The demo seed against a fresh migrated database (one per test file, see
// tests/setup). Checks the shape of the world, and that it respects the rules
// the app relies on: no double bookings, bookings inside weekly hours.
import { TZDate } from "@date-fns/tz";
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { BookingStatus } from "@/lib/generated/prisma/client";
import { verifyPassword } from "@/lib/server/auth/password";
import { DEMO_ACCOUNTS } from "@/prisma/seed/accounts";
import { planDemo, seedDemo, type SeedDemoResult } from "@/prisma/seed/demo";

const NOW = new Date("2026-06-15T12:00:00Z");
const BLOCKING = ["pending_payment", "pending", "confirmed", "in_progress"];
const SOUTHERN = ["Australia/Sydney", "Australia/Melbourne", "America/Sao_Paulo", "Pacific/Auckland", "Africa/Johannesburg"];

let result: SeedDemoResult;

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

beforeAll(async () => {
  result = await seedDemo(getPrisma(), { now: NOW });
});

describe("seedDemo", () => {
  it("reports and writes a world of the expected size", async () => {
    const prisma = getPrisma();
    expect(result.hosts).toBeGreaterThanOrEqual(8);
    expect(result.clients).toBeGreaterThanOrEqual(20);
    expect(result.bookings).toBeGreaterThanOrEqual(180);
    expect(await prisma.user.count()).toBe(result.users);
    expect(await prisma.booking.count()).toBe(result.bookings);
    expect(await prisma.hostProfile.count()).toBe(result.hosts);
    expect(await prisma.user.count({ where: { roles: { has: "host" } } })).toBe(result.hosts);
    expect(await prisma.user.count({ where: { roles: { has: "client" } } })).toBe(result.clients);
  });

  it("creates the demo accounts with the shared password", async () => {
    const prisma = getPrisma();
    for (const account of DEMO_ACCOUNTS) {
      const user = await prisma.user.findUnique({ where: { email: account.email } });
      expect(user, account.email).not.toBeNull();
      expect(await verifyPassword(account.password, user?.passwordHash)).toBe(true);
    }
    const host = await prisma.user.findUniqueOrThrow({ where: { email: "host@slotbook.test" }, include: { hostProfile: true } });
    expect(host.roles).toEqual(expect.arrayContaining(["host", "client"]));
    expect(host.timeZone).toBe("America/New_York");
    expect(host.hostProfile).not.toBeNull();
    expect(await prisma.service.count({ where: { hostId: host.id } })).toBeGreaterThanOrEqual(5);
    expect(await prisma.availabilityRule.count({ where: { hostId: host.id } })).toBeGreaterThan(5);
    const client = await prisma.user.findUniqueOrThrow({ where: { email: "client@slotbook.test" } });
    expect(client.roles).toEqual(["client"]);
    expect(client.name).toBe("Casey Client");
    expect(client.timeZone).toBe("Europe/London");
    const admin = await prisma.user.findUniqueOrThrow({ where: { email: "admin@slotbook.test" } });
    expect(admin.roles).toEqual(expect.arrayContaining(["admin", "client"]));
  });

  it("uses every booking status", async () => {
    const rows = await getPrisma().booking.groupBy({ by: ["status"], _count: true });
    expect(rows.map((r) => r.status).sort()).toEqual(Object.values(BookingStatus).sort());
  });

  it("spreads hosts over time zones, incl. a half/quarter-hour one and the southern hemisphere", async () => {
    const hosts = await getPrisma().user.findMany({ where: { roles: { has: "host" } }, select: { timeZone: true } });
    const zones = new Set(hosts.map((h) => h.timeZone));
    expect(zones.size).toBeGreaterThanOrEqual(4);
    expect(zones.has("Asia/Kolkata") || zones.has("Asia/Kathmandu")).toBe(true);
    expect(SOUTHERN.some((z) => zones.has(z))).toBe(true);
  });

  it("never double-books a host", async () => {
    const rows = await getPrisma().$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "Booking" a JOIN "Booking" b
        ON a."hostId" = b."hostId" AND a.id < b.id
       AND tstzrange(a."startAt", a."endAt", '[)') && tstzrange(b."startAt", b."endAt", '[)')
     WHERE a.kind::text IN ('individual', 'group_session') AND b.kind::text IN ('individual', 'group_session')
       AND a.status::text = ANY(${BLOCKING}) AND b.status::text = ANY(${BLOCKING})`;
    expect(rows[0]?.n).toBe(0);
  });

  it("never double-books a client", async () => {
    const rows = await getPrisma().$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "Booking" a JOIN "Booking" b
        ON a."clientId" = b."clientId" AND a.id < b.id
       AND tstzrange(a."startAt", a."endAt", '[)') && tstzrange(b."startAt", b."endAt", '[)')
     WHERE a.kind::text IN ('individual', 'seat') AND b.kind::text IN ('individual', 'seat')
       AND a.status::text = ANY(${BLOCKING}) AND b.status::text = ANY(${BLOCKING})`;
    expect(rows[0]?.n).toBe(0);
  });

  it("places timed bookings inside the host's weekly hours, on the slot grid", async () => {
    const prisma = getPrisma();
    const rules = await prisma.availabilityRule.findMany();
    const hosts = await prisma.user.findMany({ where: { roles: { has: "host" } }, include: { hostProfile: true } });
    const byId = new Map(hosts.map((h) => [h.id, h]));
    const bookings = await prisma.booking.findMany({ where: { kind: { in: ["individual", "group_session"] } } });
    expect(bookings.length).toBeGreaterThan(150);
    const outside: string[] = [];
    for (const b of bookings) {
      const host = byId.get(b.hostId);
      if (!b.startAt || !b.endAt || !host?.hostProfile) {
        outside.push(`${b.code}: no time or host`);
        continue;
      }
      const s = new TZDate(b.startAt.getTime(), host.timeZone);
      const e = new TZDate(b.endAt.getTime(), host.timeZone);
      const sm = s.getHours() * 60 + s.getMinutes();
      const em = e.getDate() === s.getDate() ? e.getHours() * 60 + e.getMinutes() : 24 * 60;
      const fits = rules.some(
        (r) =>
          r.hostId === b.hostId &&
          r.dayOfWeek === s.getDay() &&
          sm >= minutes(r.startTime) &&
          em <= minutes(r.endTime) &&
          (sm - minutes(r.startTime)) % host.hostProfile!.slotIntervalMinutes === 0,
      );
      if (!fits) outside.push(`${b.code} ${host.email} ${s.toString()}`);
    }
    expect(outside).toEqual([]);
  });

  it("keeps statuses consistent with time", async () => {
    const bookings = await getPrisma().booking.findMany({ where: { startAt: { not: null } } });
    const now = NOW.getTime();
    for (const b of bookings) {
      const s = b.startAt!.getTime();
      const e = b.endAt!.getTime();
      if (e <= now) expect(["completed", "cancelled", "no_show", "declined"], b.code).toContain(b.status);
      else if (s > now) expect(["pending", "confirmed", "pending_payment", "cancelled", "draft"], b.code).toContain(b.status);
      else expect(["in_progress", "cancelled"], b.code).toContain(b.status);
    }
  });

  it("gives both demo accounts plenty to look at", async () => {
    const prisma = getPrisma();
    const host = await prisma.user.findUniqueOrThrow({ where: { email: "host@slotbook.test" } });
    const client = await prisma.user.findUniqueOrThrow({ where: { email: "client@slotbook.test" } });
    expect(await prisma.booking.count({ where: { hostId: host.id, status: "pending", startAt: { gt: NOW } } })).toBeGreaterThanOrEqual(2);
    expect(await prisma.booking.count({ where: { hostId: host.id, endAt: { lte: NOW } } })).toBeGreaterThanOrEqual(10);
    expect(await prisma.booking.count({ where: { hostId: host.id, startAt: { gt: NOW } } })).toBeGreaterThanOrEqual(8);
    expect(
      await prisma.booking.count({ where: { clientId: client.id, startAt: { gt: NOW }, status: { in: ["pending", "confirmed", "pending_payment"] } } }),
    ).toBeGreaterThanOrEqual(3);
    expect(await prisma.booking.count({ where: { clientId: client.id, endAt: { lte: NOW } } })).toBeGreaterThanOrEqual(5);
  });

  it("seeds groups, a course, a package and bundles with consistent links", async () => {
    const prisma = getPrisma();
    const groups = await prisma.booking.findMany({ where: { kind: "group_session", clientId: null }, include: { seats: true } });
    expect(groups.some((g) => g.status === "confirmed" && g.startAt! > NOW && g.seats.length >= 3)).toBe(true);
    for (const g of groups) {
      for (const seat of g.seats) {
        expect(seat.kind).toBe("seat");
        expect(seat.startAt).toEqual(g.startAt);
        expect(seat.endAt).toEqual(g.endAt);
      }
      expect(g.seats.filter((s) => s.status !== "cancelled").length).toBeLessThanOrEqual(g.capacity ?? 0);
    }
    const course = await prisma.booking.findFirstOrThrow({ where: { kind: "course" }, include: { children: true } });
    expect(course.startAt).toBeNull();
    expect(course.children.length).toBeGreaterThanOrEqual(2);
    expect(course.children.every((c) => c.kind === "seat" && c.occurrenceId && c.clientId === course.clientId)).toBe(true);
    const bundle = await prisma.booking.findFirstOrThrow({ where: { kind: "bundle" }, include: { children: true } });
    expect(bundle.creditsTotal).toBeGreaterThan(0);
    const ledger = await prisma.creditLedger.findMany({ where: { clientId: bundle.clientId!, hostId: bundle.hostId } });
    expect(ledger.find((l) => l.bookingId === bundle.id)?.delta).toBe(bundle.creditsTotal);
    expect(ledger.filter((l) => l.delta === -1).length).toBe(bundle.children.length);
    expect(await prisma.booking.count({ where: { kind: "package" } })).toBeGreaterThanOrEqual(1);
    const rescheduled = await prisma.booking.findMany({ where: { rescheduledFromId: { not: null } }, include: { rescheduledFrom: true } });
    expect(rescheduled.length).toBeGreaterThanOrEqual(1);
    for (const r of rescheduled) expect(r.rescheduledFrom?.status).toBe("cancelled");
  });

  it("adds notes and feedback", async () => {
    const prisma = getPrisma();
    const noted = await prisma.bookingNote.groupBy({ by: ["bookingId"] });
    expect(noted.length).toBeGreaterThanOrEqual(25);
    const feedback = await prisma.feedback.findMany({ include: { booking: true } });
    expect(feedback.length).toBeGreaterThanOrEqual(30);
    for (const f of feedback) {
      expect(f.booking.status).toBe("completed");
      expect(f.clientId).toBe(f.booking.clientId);
    }
  });

  it("does nothing when the database already has users", async () => {
    const before = await getPrisma().booking.count();
    expect(await seedDemo(getPrisma(), { now: NOW })).toEqual({ users: 0, hosts: 0, clients: 0, bookings: 0 });
    expect(await getPrisma().booking.count()).toBe(before);
  });

  it("plans a valid world whatever `now` is (weekends, DST changes, another year)", () => {
    const nows = [
      "2026-06-20T20:05:00Z", // Saturday evening UTC
      "2026-06-21T03:30:00Z", // Sunday night UTC
      "2026-03-08T07:00:00Z", // US DST starts
      "2026-03-29T01:30:00Z", // EU DST starts
      "2026-04-05T16:00:00Z", // Sydney DST ends
      "2026-10-04T16:30:00Z", // Sydney DST starts
      "2026-11-01T06:00:00Z", // US DST ends
      "2027-01-01T00:00:00Z",
    ];
    for (const iso of nows) {
      const now = new Date(iso);
      const plan = planDemo(now);
      const timed = plan.bookingLevels.flat().filter((b) => b.startAt);
      const problems: string[] = [];
      const t = now.getTime();
      const ms = (d: unknown) => (d as Date).getTime();
      for (const b of timed) {
        if (ms(b.endAt) <= t && !["completed", "cancelled", "no_show", "declined"].includes(b.status!)) problems.push(`past ${b.status}`);
        if (ms(b.startAt) > t && !["pending", "confirmed", "pending_payment", "cancelled", "draft"].includes(b.status!)) problems.push(`future ${b.status}`);
        if (ms(b.createdAt) > t || ms(b.createdAt) > ms(b.startAt)) problems.push(`createdAt of ${b.code}`);
      }
      const blocking = timed.filter((b) => BLOCKING.includes(b.status!));
      for (const [i, a] of blocking.entries()) {
        for (const c of blocking.slice(i + 1)) {
          if (!(ms(a.startAt) < ms(c.endAt) && ms(c.startAt) < ms(a.endAt))) continue;
          const hostSide = (x: typeof a) => x.kind === "individual" || x.kind === "group_session";
          const clientSide = (x: typeof a) => x.kind === "individual" || x.kind === "seat";
          if (a.hostId === c.hostId && hostSide(a) && hostSide(c)) problems.push(`host overlap ${a.code} ${c.code}`);
          if (a.clientId && a.clientId === c.clientId && clientSide(a) && clientSide(c)) problems.push(`client overlap ${a.code} ${c.code}`);
        }
      }
      const statuses = new Set(plan.bookingLevels.flat().map((b) => b.status));
      for (const s of Object.values(BookingStatus)) if (s !== "in_progress" && !statuses.has(s)) problems.push(`no ${s}`);
      expect(plan.counts.bookings, iso).toBeGreaterThanOrEqual(180);
      expect(problems, iso).toEqual([]);
    }
  });
});
