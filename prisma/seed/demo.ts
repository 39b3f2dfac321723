// The demo world: 8 hosts across time zones, ~20 clients and ~200 bookings in
// every status, from 60 days ago to 45 days ahead of `now`.
//
// Everything is planned in memory first (a seeded PRNG makes it the same on
// every run, only the dates move with `now`), then written with createMany in
// one transaction. Bookings are placed inside the host's weekly hours (in the
// host's zone), aligned to the host's slot interval, never on override/time-off
// dates, and never overlapping another booking of the same host (with buffers)
// or client, whatever their status, so the exclusion constraints always hold.
import { randomUUID } from "node:crypto";
import type {
  ActorRole,
  BookingKind,
  BookingStatus,
  Prisma,
  PrismaClient,
  Role,
} from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/server/auth/password";
import { newBookingCode } from "@/lib/server/booking-code";
import { DEMO_CLIENT_EMAIL, DEMO_HOST_EMAIL, DEMO_PASSWORD } from "./accounts";
import {
  CANCEL_REASONS,
  CLIENT_NOTE_CONTENT,
  CLIENTS,
  DECLINE_REASONS,
  DEMO_ADMIN,
  DEMO_CLIENT,
  DEMO_HOST_REGULARS,
  FEEDBACK_COMMENTS,
  HOST_SHARED_NOTE_CONTENT,
  HOSTS,
  RESCHEDULE_REASONS,
  THERAPIST_CLIENTS,
  THERAPIST_EMAIL,
  type ClientDef,
  type HostDef,
  type ServiceDef,
} from "./catalog";
import { mulberry32, type Rng } from "./random";
import {
  addDays,
  DAY,
  dateColumn,
  dateKey,
  dayOfWeek,
  HOUR,
  hhmmToMinutes,
  localDateOf,
  MINUTE,
  wallOf,
  wallToInstant,
  type LocalDate,
} from "./time";

export interface SeedDemoOptions {
  /** Dates are placed relative to this instant (default: the current time). */
  now?: Date;
}

export interface SeedDemoResult {
  /** All users created. */
  users: number;
  /** Users with the host role (all have a host profile). */
  hosts: number;
  /** Users with the client role (who can book), including host@ and admin@. */
  clients: number;
  /** All Booking rows, parents, occurrences and seats included. */
  bookings: number;
}

const SEED = 0x5107b00c;
const PAST_DAYS = 60;
const FUTURE_DAYS = 45;
const TARGET_BOOKINGS = 206;
/** Clients book between these local hours. */
const CLIENT_DAY_START = 7 * 60;
const CLIENT_DAY_END = 22 * 60;

type Interval = readonly [number, number];
type When = "past" | "future";

interface Person {
  id: string;
  email: string;
  name: string;
  first: string;
  zone: string;
  roles: Role[];
  /** Host-side bookings, padded with the host's buffers. */
  asHost: Interval[];
  asClient: Interval[];
}

interface ServiceRt {
  id: string;
  def: ServiceDef;
  currency: string;
}

interface HostRt {
  def: HostDef;
  person: Person;
  rules: { day: number; start: number; end: number }[];
  services: Map<string, ServiceRt>;
  individual: ServiceRt[];
  blockedDates: Set<string>;
  offInstants: Interval[];
  dayCounts: Map<string, number>;
  weekCounts: Map<string, number>;
}

interface BookingSpec {
  kind: BookingKind;
  host: HostRt;
  client: Person | null;
  service: ServiceRt;
  status: BookingStatus;
  start?: number;
  end?: number;
  parentId?: string;
  occurrenceId?: string;
  rescheduledFromId?: string;
  rescheduleReason?: string;
  priceCents?: number;
  title?: string;
  capacity?: number;
  creditsTotal?: number;
  createdAt?: number;
  cancelledAt?: number;
  cancelledBy?: ActorRole;
  cancellationReason?: string;
  meeting?: { provider: string; id: string; url: string } | null;
  notes?: string;
  /** createdAt is placed after this instant (e.g. the parent purchase). */
  notBefore?: number;
}

interface Planned {
  row: Prisma.BookingCreateManyInput & { id: string; code: string; createdAt: Date };
  level: number;
  host: HostRt;
  client: Person | null;
  start?: number;
  end?: number;
  actualEnd?: number;
}

const BLOCKING_STATUSES: BookingStatus[] = ["pending_payment", "pending", "confirmed", "in_progress"];

function firstName(name: string): string {
  return name.split(" ")[0] ?? name;
}

function overlaps(list: readonly Interval[], s: number, e: number): boolean {
  for (const [a, b] of list) if (a < e && s < b) return true;
  return false;
}

function floorMinute(ms: number): number {
  return Math.floor(ms / MINUTE) * MINUTE;
}

function weekKey(date: LocalDate): string {
  const monday = addDays(date, -((dayOfWeek(date) + 6) % 7));
  return dateKey(monday);
}

class DemoWorld {
  readonly rng: Rng;
  readonly now: number;
  readonly persons: Person[] = [];
  readonly byEmail = new Map<string, Person>();
  readonly hosts: HostRt[] = [];
  readonly planned: Planned[] = [];
  readonly levels = new Map<string, number>();
  readonly codes = new Set<string>();

  readonly users: Prisma.UserCreateManyInput[] = [];
  readonly profiles: Prisma.HostProfileCreateManyInput[] = [];
  readonly services: Prisma.ServiceCreateManyInput[] = [];
  readonly packageItems: Prisma.PackageItemCreateManyInput[] = [];
  readonly rules: Prisma.AvailabilityRuleCreateManyInput[] = [];
  readonly overrides: Prisma.AvailabilityOverrideCreateManyInput[] = [];
  readonly timeOff: Prisma.TimeOffCreateManyInput[] = [];
  readonly relations: Prisma.ClientHostRelationCreateManyInput[] = [];
  readonly notes: Prisma.BookingNoteCreateManyInput[] = [];
  readonly feedback: Prisma.FeedbackCreateManyInput[] = [];
  readonly credits: Prisma.CreditLedgerCreateManyInput[] = [];

  constructor(now: Date, private readonly passwordHash: string | null) {
    this.rng = mulberry32(SEED);
    this.now = floorMinute(now.getTime());
  }

  // ---------------------------------------------------------------- people

  private addUser(def: ClientDef, roles: Role[], ageDays: number): Person {
    const id = randomUUID();
    const createdAt = new Date(this.now - ageDays * DAY - this.rng.int(0, 23 * 60) * MINUTE);
    this.users.push({
      id,
      email: def.email,
      name: def.name,
      passwordHash: this.passwordHash,
      avatarUrl: null,
      timeZone: def.zone,
      roles,
      createdAt,
      updatedAt: createdAt,
    });
    const person: Person = {
      id,
      email: def.email,
      name: def.name,
      first: firstName(def.name),
      zone: def.zone,
      roles,
      asHost: [],
      asClient: [],
    };
    this.persons.push(person);
    this.byEmail.set(def.email, person);
    return person;
  }

  person(email: string): Person {
    const p = this.byEmail.get(email);
    if (!p) throw new Error(`seed: unknown person ${email}`);
    return p;
  }

  host(email: string): HostRt {
    const h = this.hosts.find((x) => x.def.email === email);
    if (!h) throw new Error(`seed: unknown host ${email}`);
    return h;
  }

  buildPeople(): void {
    const rng = this.rng;
    for (const def of HOSTS) {
      const roles: Role[] = def.email === DEMO_HOST_EMAIL ? ["host", "client"] : ["host"];
      const person = this.addUser(def, roles, rng.int(160, 400));
      const hostCreated = this.users[this.users.length - 1]?.createdAt as Date;
      const host: HostRt = {
        def,
        person,
        rules: [],
        services: new Map(),
        individual: [],
        blockedDates: new Set(),
        offInstants: [],
        dayCounts: new Map(),
        weekCounts: new Map(),
      };
      this.hosts.push(host);
      this.profiles.push({
        userId: person.id,
        headline: def.headline,
        bio: def.bio,
        company: def.company,
        topics: def.topics,
        active: true,
        ...def.profile,
        dailyBookingLimit: def.profile.dailyBookingLimit ?? null,
        weeklyBookingLimit: def.profile.weeklyBookingLimit ?? null,
        createdAt: hostCreated,
        updatedAt: hostCreated,
      });
      for (const [days, start, end, notes] of def.rules) {
        for (const day of days) {
          host.rules.push({ day, start: hhmmToMinutes(start), end: hhmmToMinutes(end) });
          this.rules.push({ hostId: person.id, dayOfWeek: day, startTime: start, endTime: end, isAvailable: true, notes: notes ?? "", createdAt: hostCreated, updatedAt: hostCreated });
        }
      }
      const serviceCreated = new Date(hostCreated.getTime() + DAY);
      for (const s of def.services) {
        const rt: ServiceRt = { id: randomUUID(), def: s, currency: def.currency };
        host.services.set(s.key, rt);
        if (s.kind === "individual") host.individual.push(rt);
        this.services.push({
          id: rt.id,
          hostId: person.id,
          kind: s.kind,
          name: s.name,
          description: s.description,
          durationMinutes: s.durationMinutes,
          priceCents: s.priceCents,
          currency: def.currency,
          sessionType: s.sessionType,
          location: s.location ?? "",
          capacity: s.capacity ?? null,
          bundleCredits: s.bundleCredits ?? null,
          active: true,
          createdAt: serviceCreated,
          updatedAt: serviceCreated,
        });
      }
      for (const s of def.services) {
        for (const item of s.items ?? []) {
          this.packageItems.push({ packageId: this.svc(host, s.key).id, serviceId: this.svc(host, item.key).id, quantity: item.quantity });
        }
      }
    }
    this.addUser(DEMO_CLIENT, ["client"], 120);
    this.addUser(DEMO_ADMIN, ["admin", "client"], 420);
    for (const def of CLIENTS) this.addUser(def, ["client"], rng.int(90, 300));

    // Relations: the therapist's clients (audience related_clients) and the demo host's regulars.
    const rel = (clientEmail: string, hostEmail: string): void => {
      this.relations.push({
        clientId: this.person(clientEmail).id,
        hostId: this.person(hostEmail).id,
        active: true,
        createdAt: new Date(this.now - rng.int(60, 85) * DAY),
      });
    };
    for (const c of THERAPIST_CLIENTS) rel(c, THERAPIST_EMAIL);
    for (const c of DEMO_HOST_REGULARS) rel(c, DEMO_HOST_EMAIL);
  }

  svc(host: HostRt, key: string): ServiceRt {
    const s = host.services.get(key);
    if (!s) throw new Error(`seed: host ${host.def.email} has no service ${key}`);
    return s;
  }

  // ------------------------------------------------ overrides and time off

  private today(host: HostRt): LocalDate {
    return localDateOf(new Date(this.now), host.def.zone);
  }

  buildExceptions(): void {
    const harper = this.host(DEMO_HOST_EMAIL);
    const lukas = this.host("lukas.weber@slotbook.test");
    const olivia = this.host(THERAPIST_EMAIL);
    const priya = this.host("priya.raman@slotbook.test");
    const sofia = this.host("sofia.martinez@slotbook.test");
    const created = new Date(this.now - 20 * DAY);

    const override = (host: HostRt, offset: number, start: string | null, end: string | null): void => {
      const date = addDays(this.today(host), offset);
      host.blockedDates.add(dateKey(date));
      this.overrides.push({ hostId: host.person.id, date: dateColumn(date), startTime: start, endTime: end, createdAt: created });
    };
    const datedOff = (host: HostRt, from: number, to: number, reason: string): void => {
      const first = addDays(this.today(host), from);
      for (let i = from; i <= to; i += 1) host.blockedDates.add(dateKey(addDays(this.today(host), i)));
      this.timeOff.push({ hostId: host.person.id, startDate: dateColumn(first), endDate: dateColumn(addDays(this.today(host), to)), reason, createdAt: created });
    };
    const instantOff = (host: HostRt, offset: number, from: string, to: string, reason: string): void => {
      const date = addDays(this.today(host), offset);
      const s = wallToInstant(host.def.zone, date, hhmmToMinutes(from));
      const e = wallToInstant(host.def.zone, date, hhmmToMinutes(to));
      host.offInstants.push([s.getTime(), e.getTime()]);
      this.timeOff.push({ hostId: host.person.id, startAt: s, endAt: e, reason, createdAt: created });
    };

    override(harper, 12, null, null); // closed
    override(harper, 19, "10:00", "14:00"); // special hours
    override(lukas, 9, "10:00", "13:00");
    override(olivia, 16, null, null);
    datedOff(harper, 26, 30, "Family vacation");
    datedOff(sofia, -25, -21, "Semana de vacaciones");
    datedOff(olivia, 33, 36, "Professional development retreat");
    instantOff(priya, 4, "18:00", "22:00", "Team offsite dinner");
    instantOff(lukas, 2, "13:00", "18:00", "Dentist and school pick-up");
  }

  // ---------------------------------------------------------- slot finding

  private hostFree(host: HostRt, s: number, e: number): boolean {
    const p = host.def.profile;
    const ps = s - p.bufferBeforeMinutes * MINUTE;
    const pe = e + p.bufferAfterMinutes * MINUTE;
    return !overlaps(host.person.asHost, ps, pe) && !overlaps(host.person.asClient, ps, pe) && !overlaps(host.offInstants, s, e);
  }

  private clientFree(c: Person, s: number, e: number): boolean {
    return !overlaps(c.asClient, s, e) && !overlaps(c.asHost, s, e);
  }

  private clientHoursOk(c: Person, s: number, e: number): boolean {
    const a = wallOf(new Date(s), c.zone);
    const b = wallOf(new Date(e), c.zone);
    return dateKey(a.date) === dateKey(b.date) && a.minutes >= CLIENT_DAY_START && b.minutes <= CLIENT_DAY_END;
  }

  private limitsOk(host: HostRt, date: LocalDate): boolean {
    const p = host.def.profile;
    if (host.blockedDates.has(dateKey(date))) return false;
    if (p.dailyBookingLimit && (host.dayCounts.get(dateKey(date)) ?? 0) >= p.dailyBookingLimit) return false;
    if (p.weeklyBookingLimit && (host.weekCounts.get(weekKey(date)) ?? 0) >= p.weeklyBookingLimit) return false;
    return true;
  }

  /** The instant range of a wall-clock slot, or null if DST bends it. */
  private slotAt(host: HostRt, date: LocalDate, startMin: number, duration: number): Interval | null {
    const s = wallToInstant(host.def.zone, date, startMin).getTime();
    const e = s + duration * MINUTE;
    const w = wallOf(new Date(e), host.def.zone);
    if (dateKey(w.date) !== dateKey(date) || w.minutes !== startMin + duration) return null;
    return [s, e];
  }

  private candidateOk(host: HostRt, date: LocalDate, slot: Interval, clients: Person[], clientHours: boolean): boolean {
    const [s, e] = slot;
    if (!this.limitsOk(host, date) || !this.hostFree(host, s, e)) return false;
    for (const c of clients) {
      if (!this.clientFree(c, s, e)) return false;
      if (clientHours && !this.clientHoursOk(c, s, e)) return false;
    }
    return true;
  }

  /**
   * A random slot inside the host's weekly hours, `weeks` consecutive weekly
   * repeats of it, all free for the host and the given clients.
   */
  findSlot(q: {
    host: HostRt;
    duration: number;
    clients: Person[];
    when: When;
    dayMin?: number;
    dayMax?: number;
    weeks?: number;
    tries?: number;
    clientHours?: boolean;
  }): Interval[] | null {
    const { host, duration, clients, when } = q;
    const p = host.def.profile;
    const weeks = q.weeks ?? 1;
    const dayMin = q.dayMin ?? (when === "past" ? -PAST_DAYS : 0);
    const dayMax = q.dayMax ?? (when === "past" ? 0 : Math.min(FUTURE_DAYS, p.horizonDays - 1));
    const tries = q.tries ?? 40;
    const today = this.today(host);
    for (let attempt = 0; attempt < tries; attempt += 1) {
      const offset = this.rng.int(dayMin, dayMax);
      const first = addDays(today, offset);
      const rules = host.rules.filter((r) => r.day === dayOfWeek(first));
      if (rules.length === 0) continue;
      const rule = this.rng.pick(rules);
      const count = Math.floor((rule.end - rule.start - duration) / p.slotIntervalMinutes) + 1;
      if (count <= 0) continue;
      const startMin = rule.start + this.rng.int(0, count - 1) * p.slotIntervalMinutes;
      const out: Interval[] = [];
      for (let w = 0; w < weeks; w += 1) {
        const date = addDays(first, 7 * w);
        const slot = this.slotAt(host, date, startMin, duration);
        if (!slot) break;
        if (when === "past" && slot[1] > this.now) break;
        if (when === "future" && slot[0] < this.now + HOUR) break;
        if (!this.candidateOk(host, date, slot, clients, q.clientHours ?? true)) break;
        out.push(slot);
      }
      if (out.length === weeks) return out;
    }
    return null;
  }

  /** A slot of this host that contains `now` (started at least 5 min ago). */
  findCurrent(host: HostRt, duration: number, candidates: Person[], clientHours: boolean): { slot: Interval; client: Person } | null {
    const p = host.def.profile;
    const today = this.today(host);
    for (const offset of [0, -1]) {
      const date = addDays(today, offset);
      for (const rule of host.rules.filter((r) => r.day === dayOfWeek(date))) {
        for (let m = rule.start; m + duration <= rule.end; m += p.slotIntervalMinutes) {
          const slot = this.slotAt(host, date, m, duration);
          if (!slot || !(slot[0] <= this.now - 5 * MINUTE && slot[1] >= this.now + 10 * MINUTE)) continue;
          for (const c of candidates) {
            if (this.candidateOk(host, date, slot, [c], clientHours)) return { slot, client: c };
          }
        }
      }
    }
    return null;
  }

  private reserve(host: HostRt, kind: BookingKind, client: Person | null, s: number, e: number): void {
    if (kind === "individual" || kind === "group_session") {
      const p = host.def.profile;
      host.person.asHost.push([s - p.bufferBeforeMinutes * MINUTE, e + p.bufferAfterMinutes * MINUTE]);
      const date = wallOf(new Date(s), host.def.zone).date;
      host.dayCounts.set(dateKey(date), (host.dayCounts.get(dateKey(date)) ?? 0) + 1);
      host.weekCounts.set(weekKey(date), (host.weekCounts.get(weekKey(date)) ?? 0) + 1);
    }
    if (client && (kind === "individual" || kind === "seat")) client.asClient.push([s, e]);
  }

  // ------------------------------------------------------------- bookings

  private code(): string {
    for (;;) {
      const c = newBookingCode();
      if (!this.codes.has(c)) {
        this.codes.add(c);
        return c;
      }
    }
  }

  private between(a: number, b: number): number {
    return floorMinute(a + this.rng.next() * Math.max(0, b - a));
  }

  book(spec: BookingSpec): Planned {
    const rng = this.rng;
    const { host, client, service, status, kind } = spec;
    const p = host.def.profile;
    const now = this.now;
    const id = randomUUID();
    const code = this.code();
    const price = spec.priceCents ?? service.def.priceCents;
    const timed = spec.start !== undefined && spec.end !== undefined;
    const start = spec.start ?? 0;
    const end = spec.end ?? 0;

    let created: number;
    if (spec.createdAt !== undefined) created = spec.createdAt;
    else if (!timed) created = now - rng.int(8, 40) * DAY - rng.int(0, 1439) * MINUTE;
    else {
      const latest = start - p.minNoticeMinutes * MINUTE - rng.int(0, 180) * MINUTE;
      const earliest = Math.max(start - Math.min(p.horizonDays, 21) * DAY, now - (PAST_DAYS + 25) * DAY);
      created =
        status === "draft" || status === "pending_payment"
          ? Math.min(latest, now - rng.int(10, 2 * 24 * 60) * MINUTE)
          : this.between(earliest, latest);
      if (spec.notBefore !== undefined) created = Math.max(created, Math.min(spec.notBefore + HOUR, latest));
      created = Math.min(created, now - rng.int(5, 600) * MINUTE);
    }
    const upTo = timed ? Math.min(start, now) : now;
    // A cancellation or a decline happened after the request: leave room for it.
    if ((status === "cancelled" || status === "declined") && spec.createdAt === undefined && upTo - created < 2 * HOUR) {
      created = upTo - rng.int(2, 48) * HOUR;
    }
    created = floorMinute(created);

    const row: Planned["row"] = {
      id,
      code,
      kind,
      clientId: client?.id ?? null,
      hostId: host.person.id,
      serviceId: service.id,
      parentId: spec.parentId ?? null,
      occurrenceId: spec.occurrenceId ?? null,
      startAt: timed ? new Date(start) : null,
      endAt: timed ? new Date(end) : null,
      durationMinutes: timed ? Math.round((end - start) / MINUTE) : null,
      timeZone: client?.zone ?? host.def.zone,
      sessionType: service.def.sessionType,
      capacity: spec.capacity ?? null,
      title: spec.title ?? `${service.def.name} with ${host.person.first}`,
      description: service.def.description,
      status,
      paymentStatus: "not_required",
      priceCents: price,
      currency: service.currency,
      location: service.def.sessionType === "in_person" ? (service.def.location ?? "") : "",
      creditsTotal: spec.creditsTotal ?? null,
      rescheduledFromId: spec.rescheduledFromId ?? null,
      rescheduleReason: spec.rescheduleReason ?? null,
      notes: spec.notes ?? "",
      createdAt: new Date(created),
    };

    const stamps: number[] = [created];
    let actualEnd: number | undefined;
    const confirmAt = (): number => {
      const t = p.requiresConfirmation ? created + rng.int(20, 24 * 60) * MINUTE : created + MINUTE;
      return Math.max(created, Math.min(t, upTo - 5 * MINUTE));
    };
    const pay = (): void => {
      if (price > 0) {
        row.paymentStatus = "paid";
        const paidAt = Math.min(created + 2 * MINUTE, now);
        row.paidAt = new Date(paidAt);
        stamps.push(paidAt);
      }
    };

    switch (status) {
      case "draft":
        row.paymentStatus = price > 0 ? "unpaid" : "not_required";
        break;
      case "pending_payment":
        row.paymentStatus = rng.chance(0.75) ? "unpaid" : "pending";
        break;
      case "pending":
        pay();
        break;
      case "confirmed":
      case "in_progress":
      case "completed":
      case "no_show": {
        pay();
        const c = confirmAt();
        row.confirmedAt = new Date(c);
        stamps.push(c);
        if (status === "in_progress") {
          const a = Math.min(start + rng.int(0, 3) * MINUTE, now);
          row.actualStartAt = new Date(a);
          stamps.push(a);
        }
        if (status === "completed" && timed) {
          const a = start + rng.int(-2, 4) * MINUTE;
          const b = Math.min(Math.max(end + (rng.chance(0.6) ? 0 : rng.int(-8, 12)) * MINUTE, a + 10 * MINUTE), now);
          row.actualStartAt = new Date(a);
          row.actualEndAt = new Date(b);
          actualEnd = b;
          stamps.push(b);
          if (!spec.notes && client && rng.chance(0.3)) row.notes = rng.pick(host.def.hostNotes);
        }
        if (status === "no_show" && !spec.notes) row.notes = "Client did not join; waited 15 minutes.";
        break;
      }
      case "declined": {
        const at = Math.max(created + MINUTE, Math.min(created + rng.int(60, 30 * 60) * MINUTE, upTo - MINUTE));
        row.cancelledAt = new Date(at);
        row.cancelledBy = "host";
        row.cancelledByUserId = host.person.id;
        row.cancellationReason = spec.cancellationReason ?? rng.pick(DECLINE_REASONS);
        if (price > 0) {
          row.paymentStatus = "refunded";
          row.paidAt = new Date(created + 2 * MINUTE);
          row.refundedCents = price;
        }
        stamps.push(at);
        break;
      }
      case "cancelled": {
        const by: ActorRole =
          spec.cancelledBy ??
          rng.weighted<ActorRole>(["client", "host", "system"], [6, 2.5, price > 0 && kind === "individual" ? 1.5 : 0]);
        const at = spec.cancelledAt ?? Math.max(created + MINUTE, Math.min(this.between(created + 30 * MINUTE, upTo - 30 * MINUTE), upTo - MINUTE));
        row.cancelledAt = new Date(at);
        row.cancelledBy = by;
        row.cancelledByUserId = by === "client" ? (client?.id ?? null) : by === "host" ? host.person.id : null;
        row.cancellationReason = spec.cancellationReason ?? rng.pick(CANCEL_REASONS[by === "admin" ? "system" : by]);
        const notice = timed ? (start - at) / HOUR : null;
        row.cancellationNoticeHours = notice === null ? null : Math.round(notice * 10) / 10;
        stamps.push(at);
        if (by === "system") {
          row.paymentStatus = price > 0 ? "unpaid" : "not_required";
        } else {
          if (rng.chance(0.6)) row.confirmedAt = new Date(Math.min(confirmAt(), at - MINUTE));
          if (price > 0) {
            row.paidAt = new Date(created + 2 * MINUTE);
            if (by === "host" || (notice ?? 0) >= p.refundFullNoticeHours) {
              row.paymentStatus = "refunded";
              row.refundedCents = price;
            } else if (rng.chance(0.5)) {
              row.paymentStatus = "partially_refunded";
              row.refundedCents = Math.round(price / 2);
            } else {
              row.paymentStatus = "paid";
            }
          }
        }
        break;
      }
    }

    const meetingStatus = status === "confirmed" || status === "in_progress" || status === "completed";
    if (spec.meeting !== undefined) {
      if (spec.meeting && meetingStatus) {
        row.meetingProvider = spec.meeting.provider;
        row.meetingId = spec.meeting.id;
        row.meetingUrl = spec.meeting.url;
      }
    } else if (timed && meetingStatus && service.def.sessionType === "video") {
      const slug = `slotbook-${code.toLowerCase()}`;
      row.meetingProvider = "jitsi";
      row.meetingId = slug;
      row.meetingUrl = `https://meet.jit.si/${slug}`;
    }

    if (client && (kind === "individual" || kind === "seat") && status !== "draft") {
      if (rng.chance(0.45)) row.clientNotes = rng.pick(host.def.clientNotes);
      if (kind === "individual" && rng.chance(0.5)) row.agenda = rng.pick(host.def.agendas);
    }
    row.updatedAt = new Date(Math.min(Math.max(...stamps), now));

    const refs = [spec.parentId, spec.occurrenceId, spec.rescheduledFromId].filter((x): x is string => !!x);
    const level = refs.length ? 1 + Math.max(...refs.map((r) => this.levels.get(r) ?? 0)) : 0;
    this.levels.set(id, level);
    if (timed) this.reserve(host, kind, client, start, end);
    const planned: Planned = { row, level, host, client, start: timed ? start : undefined, end: timed ? end : undefined, actualEnd };
    this.planned.push(planned);
    return planned;
  }

  /** Adjust a wished status to what the host's policy and the price allow. */
  private fitStatus(host: HostRt, service: ServiceRt, status: BookingStatus): BookingStatus {
    if (!host.def.profile.requiresConfirmation) {
      if (status === "pending") return "confirmed";
      if (status === "declined") return "cancelled";
    }
    if (status === "pending_payment" && service.def.priceCents === 0) return "confirmed";
    return status;
  }

  private pickService(host: HostRt, priced: boolean): ServiceRt {
    const list = priced ? host.individual.filter((s) => s.def.priceCents > 0) : host.individual;
    return this.rng.weighted(list, list.map((s) => s.def.weight ?? 1));
  }

  /** One individual booking in a random free slot; null when none was found. */
  single(
    host: HostRt,
    client: Person,
    status: BookingStatus,
    when: When,
    extra: Partial<BookingSpec> & { serviceKey?: string; dayMin?: number; dayMax?: number; tries?: number } = {},
  ): Planned | null {
    const service = extra.serviceKey ? this.svc(host, extra.serviceKey) : this.pickService(host, status === "pending_payment");
    const fitted = this.fitStatus(host, service, status);
    const slot = this.findSlot({
      host,
      duration: service.def.durationMinutes,
      clients: [client],
      when,
      dayMin: extra.dayMin,
      dayMax: extra.dayMax,
      tries: extra.tries,
    });
    if (!slot?.[0]) return null;
    const { serviceKey: _k, dayMin: _a, dayMax: _b, tries: _t, ...rest } = extra;
    return this.book({ kind: "individual", host, client, service, status: fitted, start: slot[0][0], end: slot[0][1], ...rest });
  }

  private randomStatus(host: HostRt, when: When): BookingStatus {
    const rng = this.rng;
    if (when === "past") return rng.weighted<BookingStatus>(["completed", "cancelled", "no_show", "declined"], [68, 14, 8, 10]);
    return host.def.profile.requiresConfirmation
      ? rng.weighted<BookingStatus>(["confirmed", "pending", "pending_payment", "cancelled", "draft"], [48, 20, 12, 13, 7])
      : rng.weighted<BookingStatus>(["confirmed", "pending_payment", "cancelled", "draft"], [66, 13, 14, 7]);
  }

  private clientsFor(host: HostRt): Person[] {
    if (host.def.profile.audience === "related_clients") {
      return this.relations.filter((r) => r.hostId === host.person.id).map((r) => this.persons.find((p) => p.id === r.clientId) as Person);
    }
    return this.persons.filter((p) => p.roles.includes("client") && p.id !== host.person.id);
  }

  private clientWeight(p: Person): number {
    if (p.email === DEMO_CLIENT_EMAIL) return 1;
    if (p.roles.includes("host")) return 0.3;
    if (p.roles.includes("admin")) return 0.1;
    return 1;
  }

  // ------------------------------------------------------ the scenarios

  planInProgress(): void {
    const rng = this.rng;
    let made = 0;
    const hosts = rng.shuffle(this.hosts);
    for (const clientHours of [true, false]) {
      for (const host of hosts) {
        if (made >= 2) return;
        if (this.planned.some((p) => p.host === host)) continue;
        const candidates = rng.shuffle(this.clientsFor(host));
        const video = host.individual.filter((s) => s.def.sessionType === "video");
        for (const service of [...video.filter((s) => s.def.priceCents > 0), ...video.filter((s) => s.def.priceCents === 0)]) {
          const found = this.findCurrent(host, service.def.durationMinutes, candidates, clientHours);
          if (!found) continue;
          this.book({ kind: "individual", host, client: found.client, service, status: "in_progress", start: found.slot[0], end: found.slot[1] });
          made += 1;
          break;
        }
      }
    }
  }

  /** A group occurrence with seats; returns the occurrence. */
  private group(host: HostRt, serviceKey: string, when: When, seatClients: Person[], dayMin: number, dayMax: number, opts: { cancelledSeat?: Person; noShow?: number } = {}): void {
    const service = this.svc(host, serviceKey);
    const pool = seatClients;
    let slot = this.findSlot({ host, duration: service.def.durationMinutes, clients: pool, when, dayMin, dayMax, tries: 200 });
    slot ??= this.findSlot({ host, duration: service.def.durationMinutes, clients: pool, when, dayMin, dayMax, tries: 200, clientHours: false });
    if (!slot?.[0]) throw new Error(`seed: no slot for the ${service.def.name} occurrence`);
    const [s, e] = slot[0];
    const occStatus: BookingStatus = when === "past" ? "completed" : "confirmed";
    const occCreated = Math.min(s - 20 * DAY, this.now - DAY);
    const occ = this.book({ kind: "group_session", host, client: null, service, status: occStatus, start: s, end: e, capacity: service.def.capacity, priceCents: 0, title: service.def.name, createdAt: occCreated });
    const meeting = occ.row.meetingUrl ? { provider: "jitsi", id: occ.row.meetingId as string, url: occ.row.meetingUrl } : null;
    pool.forEach((c, i) => {
      const status: BookingStatus = when === "past" ? (i === opts.noShow ? "no_show" : "completed") : "confirmed";
      this.book({ kind: "seat", host, client: c, service, status, start: s, end: e, occurrenceId: occ.row.id, meeting, notBefore: occCreated });
    });
    if (opts.cancelledSeat && this.clientFree(opts.cancelledSeat, s, e)) {
      this.book({ kind: "seat", host, client: opts.cancelledSeat, service, status: "cancelled", start: s, end: e, occurrenceId: occ.row.id, cancelledBy: "client", meeting, notBefore: occCreated });
    }
  }

  /** Pick n clients of the host who are free at no particular time (the slot search checks). */
  private someClients(host: HostRt, n: number, include: Person[] = []): Person[] {
    const others = this.rng.shuffle(this.clientsFor(host).filter((p) => !include.includes(p) && !p.roles.includes("host") && !p.roles.includes("admin")));
    return [...include, ...others].slice(0, n);
  }

  planGroups(): void {
    const casey = this.person(DEMO_CLIENT_EMAIL);
    const harper = this.host(DEMO_HOST_EMAIL);
    // Harper's circle next week, with the demo client in it.
    this.group(harper, "group", "future", this.someClients(harper, 4, [casey]), 3, 14, { cancelledSeat: this.person("maya.patel@slotbook.test") });
    // A past conversation club, one no-show.
    const sofia = this.host("sofia.martinez@slotbook.test");
    this.group(sofia, "group", "past", this.someClients(sofia, 6), -20, -3, { noShow: 5 });
    const aarav = this.host("aarav.shrestha@slotbook.test");
    this.group(aarav, "group", "future", this.someClients(aarav, 4), 2, 12);
    const olivia = this.host(THERAPIST_EMAIL);
    this.group(olivia, "group", "future", this.someClients(olivia, 3), 5, 20);
  }

  planCourse(): void {
    const priya = this.host("priya.raman@slotbook.test");
    const course = this.svc(priya, "course");
    const buyers = [this.person(DEMO_CLIENT_EMAIL), this.person("rahul.verma@slotbook.test"), this.person("mei.chen@slotbook.test")];
    const q = { host: priya, duration: course.def.durationMinutes, clients: buyers, when: "future" as const, dayMin: 3, dayMax: 14, weeks: 3, tries: 300 };
    const slots = this.findSlot(q) ?? this.findSlot({ ...q, clientHours: false });
    if (!slots) throw new Error("seed: no slots for the course");
    const published = this.now - 30 * DAY;
    const occurrences = slots.map(([s, e], i) =>
      this.book({ kind: "group_session", host: priya, client: null, service: course, status: "confirmed", start: s, end: e, capacity: course.def.capacity, priceCents: 0, title: `${course.def.name} — session ${i + 1} of 3`, createdAt: published }),
    );
    for (const buyer of buyers) {
      const bought = this.now - this.rng.int(3, 25) * DAY - this.rng.int(0, 1439) * MINUTE;
      const parent = this.book({ kind: "course", host: priya, client: buyer, service: course, status: "confirmed", title: `${course.def.name} with ${priya.person.first}`, createdAt: bought });
      for (const occ of occurrences) {
        this.book({
          kind: "seat",
          host: priya,
          client: buyer,
          service: course,
          status: "confirmed",
          start: occ.start,
          end: occ.end,
          createdAt: bought,
          parentId: parent.row.id,
          occurrenceId: occ.row.id,
          priceCents: 0,
          title: occ.row.title,
          meeting: occ.row.meetingUrl ? { provider: "jitsi", id: occ.row.meetingId as string, url: occ.row.meetingUrl } : null,
        });
      }
    }
  }

  planPackage(): void {
    const olivia = this.host(THERAPIST_EMAIL);
    const casey = this.person(DEMO_CLIENT_EMAIL);
    const pkg = this.svc(olivia, "package");
    const parent = this.book({ kind: "package", host: olivia, client: casey, service: pkg, status: "confirmed", createdAt: this.now - 50 * DAY, title: `${pkg.def.name} with ${olivia.person.first}` });
    const child = (key: string, status: BookingStatus, when: When, dayMin: number, dayMax: number): void => {
      const made = this.single(olivia, casey, status, when, { serviceKey: key, dayMin, dayMax, tries: 200, parentId: parent.row.id, priceCents: 0, notBefore: this.now - 50 * DAY });
      if (!made) throw new Error("seed: no slot for a package session");
    };
    child("consult", "completed", "past", -45, -35);
    child("therapy", "completed", "past", -30, -20);
    child("therapy", "completed", "past", -15, -5);
    child("therapy", "confirmed", "future", 3, 14);
  }

  planBundles(): void {
    const bundle = (hostEmail: string, clientEmail: string, sessions: { status: BookingStatus; when: When; dayMin: number; dayMax: number }[], refundOne: boolean): void => {
      const host = this.host(hostEmail);
      const client = this.person(clientEmail);
      const svc = this.svc(host, "bundle");
      const credits = svc.def.bundleCredits ?? 5;
      const purchasedAt = this.now - 55 * DAY;
      const parent = this.book({ kind: "bundle", host, client, service: svc, status: "confirmed", creditsTotal: credits, createdAt: purchasedAt, title: `${svc.def.name} with ${host.person.first}` });
      const main = host.individual.find((s) => s.def.durationMinutes === svc.def.durationMinutes && s.def.priceCents > 0) ?? host.individual[0]!;
      // Bundle credits are generic (serviceId null): they spend on any session with the host.
      this.credits.push({ clientId: client.id, hostId: host.person.id, serviceId: null, bookingId: parent.row.id, delta: credits, reason: "bundle_purchase", createdAt: new Date(purchasedAt) });
      sessions.forEach((x, i) => {
        const made = this.single(host, client, x.status, x.when, { serviceKey: main.def.key, dayMin: x.dayMin, dayMax: x.dayMax, tries: 200, parentId: parent.row.id, priceCents: 0, notBefore: purchasedAt, title: `${main.def.name} with ${host.person.first} (bundle credit ${i + 1}/${credits})` });
        if (!made) throw new Error("seed: no slot for a bundle session");
        this.credits.push({ clientId: client.id, hostId: host.person.id, serviceId: null, bookingId: made.row.id, delta: -1, reason: "session_booked", createdAt: made.row.createdAt });
        if (made.row.status === "cancelled" && refundOne && (made.row.cancellationNoticeHours ?? 0) >= host.def.profile.minCancelNoticeHours) {
          this.credits.push({ clientId: client.id, hostId: host.person.id, serviceId: null, bookingId: made.row.id, delta: 1, reason: "session_cancelled", createdAt: made.row.cancelledAt as Date });
        }
      });
    };
    bundle(
      DEMO_HOST_EMAIL,
      "sarah.cohen@slotbook.test",
      [
        { status: "completed", when: "past", dayMin: -50, dayMax: -40 },
        { status: "cancelled", when: "past", dayMin: -35, dayMax: -25 },
        { status: "completed", when: "past", dayMin: -20, dayMax: -5 },
        { status: "confirmed", when: "future", dayMin: 2, dayMax: 12 },
      ],
      true,
    );
    bundle("lukas.weber@slotbook.test", "emma.johansson@slotbook.test", [{ status: "completed", when: "past", dayMin: -10, dayMax: -2 }], false);
  }

  planReschedules(): void {
    const pairs: [string, string, When][] = [
      ["camila.rocha@slotbook.test", DEMO_CLIENT_EMAIL, "future"],
      [DEMO_HOST_EMAIL, "noah.williams@slotbook.test", "future"],
      ["lukas.weber@slotbook.test", "chloe.dubois@slotbook.test", "past"],
    ];
    pairs.forEach(([hostEmail, clientEmail, when], i) => {
      const host = this.host(hostEmail);
      const client = this.person(clientEmail);
      const service = this.pickService(host, true);
      const duration = service.def.durationMinutes;
      // Future: the original was in a few days and moved to later; past: both are history.
      const origRange = when === "future" ? { dayMin: 2, dayMax: 5 } : { dayMin: -30, dayMax: -24 };
      const nextRange = when === "future" ? { dayMin: 7, dayMax: 20 } : { dayMin: -20, dayMax: -8 };
      const orig = this.findSlot({ host, duration, clients: [client], when, ...origRange, tries: 200 })?.[0];
      const next = this.findSlot({ host, duration, clients: [client], when, ...nextRange, tries: 200 })?.[0];
      if (!orig || !next) {
        if (orig) this.book({ kind: "individual", host, client, service, status: when === "future" ? "confirmed" : "completed", start: orig[0], end: orig[1] });
        if (next) this.book({ kind: "individual", host, client, service, status: when === "future" ? "confirmed" : "completed", start: next[0], end: next[1] });
        return;
      }
      const by: ActorRole = i === 1 ? "host" : "client";
      const reason = RESCHEDULE_REASONS[i % RESCHEDULE_REASONS.length] as string;
      const createdAt = floorMinute(Math.min(orig[0] - 10 * DAY, this.now - 4 * DAY));
      const movedAt = floorMinute(when === "future" ? this.now - this.rng.int(20, 60) * HOUR : orig[0] - 2 * DAY);
      const original = this.book({
        kind: "individual",
        host,
        client,
        service,
        status: "cancelled",
        start: orig[0],
        end: orig[1],
        createdAt,
        cancelledAt: movedAt,
        cancelledBy: by,
        cancellationReason: `Rescheduled: ${reason}`,
      });
      this.book({
        kind: "individual",
        host,
        client,
        service,
        status: when === "future" ? "confirmed" : "completed",
        start: next[0],
        end: next[1],
        createdAt: movedAt,
        rescheduledFromId: original.row.id,
        rescheduleReason: reason,
      });
    });
  }

  /** Fixed quotas so that the two demo accounts have plenty to look at. */
  planDemoAccounts(): void {
    const harper = this.host(DEMO_HOST_EMAIL);
    const casey = this.person(DEMO_CLIENT_EMAIL);
    const pool = () => this.rng.weighted(this.clientsFor(harper), this.clientsFor(harper).map((p) => (p.email === DEMO_CLIENT_EMAIL ? 0 : this.clientWeight(p))));
    const quota: [BookingStatus, When, number, boolean][] = [
      // status, when, count, with the demo client
      ["pending", "future", 1, true],
      ["pending", "future", 3, false],
      ["confirmed", "future", 1, true],
      ["confirmed", "future", 5, false],
      ["pending_payment", "future", 1, false],
      ["draft", "future", 1, false],
      ["cancelled", "future", 1, false],
      ["completed", "past", 2, true],
      ["completed", "past", 11, false],
      ["cancelled", "past", 2, false],
      ["no_show", "past", 1, false],
      ["declined", "past", 1, false],
    ];
    for (const [status, when, count, withCasey] of quota) {
      for (let i = 0; i < count; i += 1) {
        let made: Planned | null = null;
        for (let t = 0; t < 10 && !made; t += 1) {
          made = this.single(harper, withCasey ? casey : pool(), status, when, { dayMax: when === "future" && status === "pending" ? 21 : undefined });
        }
        if (!made) throw new Error(`seed: could not place a ${status} booking for the demo host`);
      }
    }
    // The demo client with other hosts.
    const casePlan: [string, BookingStatus, When, string?][] = [
      ["aarav.shrestha@slotbook.test", "confirmed", "future"],
      ["lukas.weber@slotbook.test", "pending_payment", "future"],
      ["daniel.kim@slotbook.test", "pending", "future"],
      ["camila.rocha@slotbook.test", "completed", "past"],
      ["sofia.martinez@slotbook.test", "completed", "past"],
      ["sofia.martinez@slotbook.test", "completed", "past"],
      ["priya.raman@slotbook.test", "completed", "past", "intro"],
      ["lukas.weber@slotbook.test", "cancelled", "past"],
      ["daniel.kim@slotbook.test", "no_show", "past"],
    ];
    for (const [hostEmail, status, when, key] of casePlan) {
      const made = this.single(this.host(hostEmail), casey, status, when, { serviceKey: key, tries: 200 });
      if (!made) throw new Error(`seed: could not place a ${status} booking for the demo client`);
    }
    // The demo host books a coach of her own.
    const lukas = this.host("lukas.weber@slotbook.test");
    const harperAsClient = harper.person;
    for (const [status, when] of [["completed", "past"], ["completed", "past"], ["confirmed", "future"]] as [BookingStatus, When][]) {
      this.single(lukas, harperAsClient, status, when, { serviceKey: "mgmt", tries: 200 });
    }
  }

  /** A few of each rarer status on the other hosts, whatever the dice say later. */
  planStatusMix(): void {
    const rng = this.rng;
    const others = this.hosts.filter((h) => h.def.email !== DEMO_HOST_EMAIL);
    const mix: [BookingStatus, When, number][] = [
      ["pending", "future", 5],
      ["pending_payment", "future", 3],
      ["draft", "future", 2],
      ["declined", "past", 4],
      ["no_show", "past", 2],
      ["cancelled", "future", 3],
    ];
    for (const [status, when, count] of mix) {
      const eligible = status === "pending" || status === "declined" ? others.filter((h) => h.def.profile.requiresConfirmation) : others;
      let made = 0;
      for (let t = 0; t < 50 && made < count; t += 1) {
        const host = rng.pick(eligible);
        const candidates = this.clientsFor(host).filter((p) => p.roles.length === 1);
        if (this.single(host, rng.pick(candidates), status, when, { tries: 20 })) made += 1;
      }
    }
  }

  planRandom(): void {
    const rng = this.rng;
    const weights = this.hosts.map((h) => h.def.weight);
    let attempts = 0;
    while (this.planned.length < TARGET_BOOKINGS && attempts < 5000) {
      attempts += 1;
      const host = rng.weighted(this.hosts, weights);
      const candidates = this.clientsFor(host);
      const client = rng.weighted(candidates, candidates.map((p) => this.clientWeight(p)));
      const when: When = rng.chance(0.62) ? "past" : "future";
      this.single(host, client, this.randomStatus(host, when), when, { tries: 8 });
    }
  }

  // ------------------------------------------------ notes, feedback

  planNotesAndFeedback(): void {
    const rng = this.rng;
    const now = this.now;
    const withClient = this.planned.filter((p) => p.client && (p.row.kind === "individual" || p.row.kind === "seat") && p.start !== undefined);

    const noteable = withClient.filter((p) => ["completed", "confirmed", "in_progress", "pending", "no_show"].includes(p.row.status as string));
    const demoFirst = [
      ...noteable.filter((p) => p.host.def.email === DEMO_HOST_EMAIL || p.client?.email === DEMO_CLIENT_EMAIL),
      ...noteable.filter((p) => p.host.def.email !== DEMO_HOST_EMAIL && p.client?.email !== DEMO_CLIENT_EMAIL),
    ];
    const chosen = [...rng.shuffle(demoFirst.slice(0, 24)).slice(0, 14), ...rng.shuffle(demoFirst.slice(24)).slice(0, 16)];
    for (const p of chosen) {
      const start = p.start as number;
      const end = p.end as number;
      const created = p.row.createdAt.getTime();
      const past = end <= now;
      const count = rng.chance(0.25) ? 2 : 1;
      for (let i = 0; i < count; i += 1) {
        const byHost = rng.chance(0.55);
        const at = past ? Math.min(end + rng.int(5, 600) * MINUTE, now) : this.between(created, Math.min(start, now));
        this.notes.push({
          bookingId: p.row.id,
          authorId: byHost ? p.host.person.id : p.client!.id,
          content: byHost
            ? rng.chance(0.6)
              ? rng.pick(p.host.def.hostNotes)
              : rng.pick(HOST_SHARED_NOTE_CONTENT)
            : rng.pick(CLIENT_NOTE_CONTENT),
          isPrivate: byHost && rng.chance(0.6),
          createdAt: new Date(at),
        });
      }
    }
    // Private host notes are the hostNotes pool; shared ones the other pool.
    for (const n of this.notes) {
      if (HOST_SHARED_NOTE_CONTENT.includes(n.content)) n.isPrivate = false;
    }

    const completed = withClient.filter((p) => p.row.status === "completed");
    const rated = rng.shuffle(completed).slice(0, 42);
    for (const p of rated) {
      const rating = rng.weighted([5, 4, 3, 2, 1], [52, 30, 11, 4, 3]);
      const end = new Date(p.actualEnd ?? (p.end as number));
      this.feedback.push({
        bookingId: p.row.id,
        clientId: p.client!.id,
        rating,
        comment: rng.pick(FEEDBACK_COMMENTS[rating] ?? [""]),
        createdAt: new Date(Math.min(end.getTime() + rng.int(10, 48 * 60) * MINUTE, now)),
      });
    }
  }

  plan(): void {
    this.buildPeople();
    this.buildExceptions();
    this.planInProgress();
    this.planCourse();
    this.planGroups();
    this.planPackage();
    this.planBundles();
    this.planReschedules();
    this.planDemoAccounts();
    this.planStatusMix();
    this.planRandom();
    this.planNotesAndFeedback();
  }
}

/** The planned rows of the demo world, in insertion order. */
export interface DemoPlan {
  users: Prisma.UserCreateManyInput[];
  profiles: Prisma.HostProfileCreateManyInput[];
  services: Prisma.ServiceCreateManyInput[];
  packageItems: Prisma.PackageItemCreateManyInput[];
  rules: Prisma.AvailabilityRuleCreateManyInput[];
  overrides: Prisma.AvailabilityOverrideCreateManyInput[];
  timeOff: Prisma.TimeOffCreateManyInput[];
  relations: Prisma.ClientHostRelationCreateManyInput[];
  /** Bookings grouped by dependency level: rows of level n only reference rows of lower levels. */
  bookingLevels: Prisma.BookingCreateManyInput[][];
  notes: Prisma.BookingNoteCreateManyInput[];
  feedback: Prisma.FeedbackCreateManyInput[];
  credits: Prisma.CreditLedgerCreateManyInput[];
  counts: SeedDemoResult;
}

/** Plan the demo world in memory (no database access). */
export function planDemo(now: Date, passwordHash: string | null = null): DemoPlan {
  const world = new DemoWorld(now, passwordHash);
  world.plan();
  const maxLevel = Math.max(...world.planned.map((p) => p.level));
  const bookingLevels: Prisma.BookingCreateManyInput[][] = [];
  for (let level = 0; level <= maxLevel; level += 1) {
    bookingLevels.push(world.planned.filter((p) => p.level === level).map((p) => p.row));
  }
  return {
    users: world.users,
    profiles: world.profiles,
    services: world.services,
    packageItems: world.packageItems,
    rules: world.rules,
    overrides: world.overrides,
    timeOff: world.timeOff,
    relations: world.relations,
    bookingLevels,
    notes: world.notes,
    feedback: world.feedback,
    credits: world.credits,
    counts: {
      users: world.users.length,
      hosts: world.persons.filter((p) => p.roles.includes("host")).length,
      clients: world.persons.filter((p) => p.roles.includes("client")).length,
      bookings: world.planned.length,
    },
  };
}

/**
 * Seed the demo world. Does nothing (and returns zeros) when the database
 * already has users.
 */
export async function seedDemo(prisma: PrismaClient, options: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  const zero: SeedDemoResult = { users: 0, hosts: 0, clients: 0, bookings: 0 };
  if ((await prisma.user.count()) > 0) return zero;

  // One bcrypt hash shared by every demo account.
  const plan = planDemo(options.now ?? new Date(), await hashPassword(DEMO_PASSWORD));
  const seeded = await prisma.$transaction(
    async (tx) => {
      // Re-check inside the transaction: two first runs racing must not both seed.
      if ((await tx.user.count()) > 0) return false;
      await tx.user.createMany({ data: plan.users });
      await tx.hostProfile.createMany({ data: plan.profiles });
      await tx.service.createMany({ data: plan.services });
      await tx.packageItem.createMany({ data: plan.packageItems });
      await tx.availabilityRule.createMany({ data: plan.rules });
      await tx.availabilityOverride.createMany({ data: plan.overrides });
      await tx.timeOff.createMany({ data: plan.timeOff });
      await tx.clientHostRelation.createMany({ data: plan.relations });
      for (const level of plan.bookingLevels) await tx.booking.createMany({ data: level });
      await tx.bookingNote.createMany({ data: plan.notes });
      await tx.feedback.createMany({ data: plan.feedback });
      await tx.creditLedger.createMany({ data: plan.credits });
      return true;
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
  return seeded ? plan.counts : zero;
}

/** Statuses whose time ranges the exclusion constraints guard. */
export const BLOCKING_BOOKING_STATUSES: readonly BookingStatus[] = BLOCKING_STATUSES;
