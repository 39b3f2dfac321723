// The hot-path repository functions read in raw SQL what Prisma used to read
// (docs/decisions/016-hot-paths-in-sql.md). These tables pin that they answer
// exactly what Prisma answers: the same BookingRow objects (types included:
// Dates, enums, nulls, floats), the same filter and order as the Prisma where
// the seed dialects still use, and the same rows through the pool and inside
// a transaction (where they go through $queryRaw).
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { actorFromToken } from "@/lib/server/auth/api-tokens";
import { queryBookingRowsByIds } from "@/lib/server/bookings/booking-rows";
import { bookingSelect } from "@/lib/server/bookings/booking-view";
import { bookingListWhere, listBookings } from "@/lib/server/bookings/list-bookings";
import type { ListBookingsQuery } from "@/lib/server/bookings/schemas";
import { querySchedulingRows, type BookingInterval } from "@/lib/server/scheduling-rows";
import { BLOCKING_STATUSES } from "@/lib/domain";
import { createPrismaClient } from "@/lib/db";
import { makeAdmin, makeHost, makeUser, type TestUser } from "../support/fixtures";
import { testDatabase } from "../setup/test-database";

const HOUR = 3_600_000;
const base = Date.UTC(2031, 2, 10, 9); // a fixed future Monday, 09:00 UTC
let host: TestUser;
let otherHost: TestUser;
let client: TestUser;
let otherClient: TestUser;
let admin: TestUser;
const ids: string[] = [];

const actor = (user: TestUser, roles: Actor["roles"] = ["client"]): Actor => ({ userId: user.id, roles, via: "token" });

beforeAll(async () => {
  const db = getPrisma();
  host = await makeHost();
  otherHost = await makeHost();
  client = await makeUser({ name: "Zoë 100% Real_Name" });
  otherClient = await makeUser({ name: "Other" });
  admin = await makeAdmin();
  await db.hostProfile.update({ where: { userId: host.id }, data: { company: "Acme", headline: "Mentor" }, select: { userId: true } });
  const service = await db.service.create({
    data: { hostId: host.id, name: "Deep dive", durationMinutes: 90, priceCents: 4500, currency: "EUR" },
    select: { id: true },
  });
  const statuses = ["pending", "confirmed", "cancelled", "completed", "declined", "no_show"] as const;
  for (let i = 0; i < 14; i += 1) {
    const status = statuses[i % statuses.length]!;
    const start = new Date(base + i * 5 * HOUR + (i % 3) * 24 * HOUR);
    const row = await db.booking.create({
      data: {
        code: `ROWS${String(i).padStart(4, "0")}`,
        hostId: i % 4 === 3 ? otherHost.id : host.id,
        clientId: i % 5 === 4 ? otherClient.id : client.id,
        serviceId: i % 2 === 0 ? service.id : null,
        startAt: start,
        endAt: new Date(start.getTime() + HOUR),
        durationMinutes: 60,
        title: i === 6 ? "Career 50% review" : `Session ${i}`,
        notes: i === 7 ? "bring the_draft" : "",
        status,
        priceCents: (i * 700) % 3000,
        ...(status === "confirmed" ? { confirmedAt: new Date(start.getTime() - 24 * HOUR), meetingUrl: "https://meet.example/x", meetingProvider: "jitsi" } : {}),
        ...(status === "cancelled" ? { cancelledAt: new Date(start.getTime() - 2 * HOUR), cancelledBy: "client", cancellationReason: "Ill", cancellationNoticeHours: 2.5 } : {}),
        ...(status === "completed" ? { actualStartAt: start, actualEndAt: new Date(start.getTime() + 55 * 60_000) } : {}),
      },
      select: { id: true },
    });
    ids.push(row.id);
  }
  // A group occurrence: no client, capacity set.
  const group = await db.booking.create({
    data: { code: "ROWSGRP1", kind: "group_session", hostId: host.id, clientId: null, startAt: new Date(base + 200 * HOUR), endAt: new Date(base + 201 * HOUR), capacity: 5, status: "confirmed" },
    select: { id: true },
  });
  ids.push(group.id);
});

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe("queryBookingRowsByIds", () => {
  it("answers Prisma's bookingSelect rows, through the pool and inside a transaction", async () => {
    const db = getPrisma();
    const expected = byId(await db.booking.findMany({ where: { id: { in: ids } }, select: bookingSelect }));
    expect(expected).toHaveLength(ids.length);
    expect(byId(await queryBookingRowsByIds(db, ids))).toEqual(expected);
    expect(byId(await db.$transaction((tx) => queryBookingRowsByIds(tx, ids)))).toEqual(expected);
  });

  it("leaves out unknown ids and answers nothing for none", async () => {
    const db = getPrisma();
    expect(await queryBookingRowsByIds(db, ["00000000-0000-4000-8000-000000000000"])).toEqual([]);
    expect(await queryBookingRowsByIds(db, [])).toEqual([]);
  });
});

describe("listBookings (one statement) against the Prisma filter", () => {
  const ORDER: Record<ListBookingsQuery["sort"], Prisma.BookingOrderByWithRelationInput[]> = {
    start: [{ startAt: "asc" }, { id: "asc" }],
    "-start": [{ startAt: "desc" }, { id: "asc" }],
    createdAt: [{ createdAt: "asc" }, { id: "asc" }],
    "-createdAt": [{ createdAt: "desc" }, { id: "asc" }],
    price: [{ priceCents: "asc" }, { id: "asc" }],
    "-price": [{ priceCents: "desc" }, { id: "asc" }],
  };
  const query = (q: Partial<ListBookingsQuery>): ListBookingsQuery => ({ sort: "start", page: 1, pageSize: 20, ...q }) as ListBookingsQuery;
  const cases: Array<{ name: string; who: () => Actor; q: Partial<ListBookingsQuery> }> = [
    { name: "client, everything", who: () => actor(client), q: {} },
    { name: "host, as host", who: () => actor(host, ["host", "client"]), q: { role: "host" } },
    { name: "host, as client (none)", who: () => actor(host, ["host", "client"]), q: { role: "client" } },
    { name: "other host", who: () => actor(otherHost, ["host", "client"]), q: {} },
    { name: "admin sees all", who: () => actor(admin, ["admin", "client"]), q: { q: "ROWS" } },
    { name: "status filter", who: () => actor(client), q: { status: ["pending", "confirmed"] } },
    { name: "window", who: () => actor(host, ["host"]), q: { role: "host", from: new Date(base + 20 * HOUR), to: new Date(base + 60 * HOUR) } },
    { name: "search title", who: () => actor(host, ["host"]), q: { q: "career" } },
    { name: "search notes", who: () => actor(client), q: { q: "DRAFT" } },
    { name: "search client name", who: () => actor(host, ["host"]), q: { q: "zoë" } },
    { name: "search code", who: () => actor(client), q: { q: "rows0003" } },
    { name: "sort -start, page 2 of 4", who: () => actor(client), q: { sort: "-start", page: 2, pageSize: 4 } },
    { name: "sort price", who: () => actor(client), q: { sort: "price", pageSize: 5 } },
    { name: "sort -price", who: () => actor(client), q: { sort: "-price", pageSize: 5, page: 3 } },
    { name: "sort createdAt", who: () => actor(client), q: { sort: "createdAt" } },
    { name: "sort -createdAt", who: () => actor(client), q: { sort: "-createdAt" } },
    { name: "past the last page", who: () => actor(client), q: { page: 9, pageSize: 5 } },
  ];
  it.each(cases)("$name", async ({ who, q }) => {
    const db = getPrisma();
    const full = query(q);
    const where = bookingListWhere(who(), full);
    const [expectedRows, expectedTotal] = await Promise.all([
      db.booking.findMany({ where, orderBy: ORDER[full.sort], skip: (full.page - 1) * full.pageSize, take: full.pageSize, select: { id: true } }),
      db.booking.count({ where }),
    ]);
    const page = await listBookings(db, who(), full);
    expect(page.total).toBe(expectedTotal);
    expect(page.items.map((item) => item.id)).toEqual(expectedRows.map((row) => row.id));
  });

  it("matches LIKE wildcards in the search literally", async () => {
    const db = getPrisma();
    const percent = await listBookings(db, actor(client), query({ q: "50%" }));
    expect(percent.items.map((item) => item.title)).toEqual(["Career 50% review"]);
    const underscore = await listBookings(db, actor(client), query({ q: "the_d" }));
    expect(underscore.total).toBe(1);
    expect(await listBookings(db, actor(client), query({ q: "the%d" }))).toMatchObject({ total: 0, items: [] });
    // A lone "%" finds a literal percent sign: none around Other's bookings,
    // and in every one of Zoë's (her name has one).
    expect(await listBookings(db, actor(otherClient), query({ q: "%" }))).toMatchObject({ total: 0 });
    const all = await listBookings(db, actor(client), query({}));
    expect((await listBookings(db, actor(client), query({ q: "%" }))).total).toBe(all.total);
  });
});

describe("raw reads outside and inside a transaction", () => {
  it("the token lookup answers the token's user and roles", async () => {
    const db = getPrisma();
    expect(await actorFromToken(db, host.token)).toEqual({ userId: host.id, roles: ["host", "client"], via: "token" });
    expect(await db.$transaction((tx) => actorFromToken(tx as typeof db, admin.token))).toEqual({ userId: admin.id, roles: ["admin", "client"], via: "token" });
  });

  it("the scheduling rows are the same through the pool and through $queryRaw", async () => {
    const db = getPrisma();
    const input = {
      hostId: host.id,
      from: new Date(base - 24 * HOUR),
      to: new Date(base + 240 * HOUR),
      fromDate: "2031-03-09",
      toDate: "2031-03-21",
      timeOffFromDate: "2031-03-08",
      clientId: client.id,
    };
    const direct = await querySchedulingRows(db, input);
    expect(direct?.hostBookings.length).toBeGreaterThan(0);
    expect(direct?.clientBookings.length).toBeGreaterThan(0);
    expect(direct?.hasCalendars).toBe(false);
    expect(await db.$transaction((tx) => querySchedulingRows(tx, input))).toEqual(direct);
    // The busy intervals travel as epoch-ms tuples: the same bookings, to the millisecond.
    const overlapping = (side: "hostId" | "clientId", id: string, kinds: Array<"individual" | "group_session" | "seat">) =>
      db.booking.findMany({
        where: { [side]: id, kind: { in: kinds }, status: { in: [...BLOCKING_STATUSES] }, startAt: { lt: input.to }, endAt: { gt: input.from } },
        select: { id: true, startAt: true, endAt: true, status: true },
      });
    const asIntervals = (rows: Array<{ id: string; startAt: Date | null; endAt: Date | null; status: string }>) =>
      rows.map((b) => ({ id: b.id, startAt: Number(b.startAt), endAt: Number(b.endAt), status: b.status })).sort((a, b) => a.startAt - b.startAt || a.id.localeCompare(b.id));
    const sorted = (rows: BookingInterval[] | undefined) => [...(rows ?? [])].sort((a, b) => a.startAt - b.startAt || a.id.localeCompare(b.id));
    expect(sorted(direct?.hostBookings)).toEqual(asIntervals(await overlapping("hostId", host.id, ["individual", "group_session"])));
    expect(sorted(direct?.clientBookings)).toEqual(asIntervals(await overlapping("clientId", client.id, ["individual", "seat"])));
  });

  it("two clients on one database prepare the same statements side by side (PGlite shares one session)", async () => {
    const other = createPrismaClient(testDatabase().url);
    try {
      const calls = Array.from({ length: 24 }, (_, i) => actorFromToken(i % 2 === 0 ? getPrisma() : other, client.token));
      const actors = await Promise.all(calls);
      expect(new Set(actors.map((a) => a?.userId))).toEqual(new Set([client.id]));
    } finally {
      await other.$disconnect();
    }
  });
});
