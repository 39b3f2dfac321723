import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import type { Actor } from "../actor";
import { isAdmin } from "../actor";
import { queryBookingListPage } from "./booking-rows";
import { toBookingView, viewerRole, type BookingView } from "./booking-view";
import type { ListBookingsQuery } from "./schemas";

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

// Every order ends with the id, so pages never overlap or skip a row.
const ORDER: Record<ListBookingsQuery["sort"], Prisma.Sql> = {
  start: Prisma.sql`b."startAt" ASC, b."id" ASC`,
  "-start": Prisma.sql`b."startAt" DESC, b."id" ASC`,
  createdAt: Prisma.sql`b."createdAt" ASC, b."id" ASC`,
  "-createdAt": Prisma.sql`b."createdAt" DESC, b."id" ASC`,
  price: Prisma.sql`b."priceCents" ASC, b."id" ASC`,
  "-price": Prisma.sql`b."priceCents" DESC, b."id" ASC`,
};

type ListFilter = Omit<ListBookingsQuery, "sort" | "page" | "pageSize">;

/** `q` matches literally: LIKE's wildcards in it are escaped. */
const containsPattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The canonical list's filter as SQL on alias `b` (booking-rows.ts): the
 * bookings the actor takes part in (all of them for an admin), by role,
 * status, time window and a case-insensitive search in title, notes, code and
 * the host's or client's name.
 */
export function bookingListCondition(actor: Actor, query: ListFilter): Prisma.Sql {
  const me = Prisma.sql`${actor.userId}::uuid`;
  const parts: Prisma.Sql[] = [
    query.role === "client"
      ? Prisma.sql`b."clientId" = ${me}`
      : query.role === "host"
        ? Prisma.sql`b."hostId" = ${me}`
        : isAdmin(actor)
          ? Prisma.sql`TRUE`
          : Prisma.sql`(b."clientId" = ${me} OR b."hostId" = ${me})`,
  ];
  if (query.status) parts.push(Prisma.sql`b."status" = ANY(${query.status}::"BookingStatus"[])`);
  if (query.from) parts.push(Prisma.sql`b."endAt" > ${query.from}::timestamptz`);
  if (query.to) parts.push(Prisma.sql`b."startAt" < ${query.to}::timestamptz`);
  if (query.q) {
    const like = containsPattern(query.q);
    parts.push(Prisma.sql`(b."title" ILIKE ${like} OR b."notes" ILIKE ${like} OR b."clientNotes" ILIKE ${like} OR b."code" ILIKE ${like}
      OR EXISTS (SELECT 1 FROM "User" u WHERE u."id" IN (b."hostId", b."clientId") AND u."name" ILIKE ${like}))`);
  }
  return Prisma.join(parts, " AND ");
}

/** The same filter for Prisma queries: the seed dialects' lists build on it. */
export function bookingListWhere(actor: Actor, query: ListFilter): Prisma.BookingWhereInput {
  const mine: Prisma.BookingWhereInput =
    query.role === "client"
      ? { clientId: actor.userId }
      : query.role === "host"
        ? { hostId: actor.userId }
        : isAdmin(actor)
          ? {}
          : { OR: [{ clientId: actor.userId }, { hostId: actor.userId }] };
  const and: Prisma.BookingWhereInput[] = [mine];
  if (query.status) and.push({ status: { in: query.status } });
  if (query.from) and.push({ endAt: { gt: query.from } });
  if (query.to) and.push({ startAt: { lt: query.to } });
  if (query.q) {
    const contains = { contains: query.q, mode: "insensitive" as const };
    and.push({
      OR: [{ title: contains }, { notes: contains }, { clientNotes: contains }, { host: { name: contains } }, { client: { name: contains } }, { code: contains }],
    });
  }
  return { AND: and };
}

export async function listBookings(db: Db, actor: Actor, query: ListBookingsQuery, now = new Date()): Promise<Page<BookingView>> {
  const { rows, total } = await queryBookingListPage(db, {
    where: bookingListCondition(actor, query),
    orderBy: ORDER[query.sort],
    offset: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
  });
  const admin = isAdmin(actor);
  return {
    items: rows.map((row) => toBookingView(row, viewerRole(row, actor.userId, admin) ?? "admin", now)),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}
