import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import type { Actor } from "../actor";
import { isAdmin } from "../actor";
import { findBookingPage } from "./booking-page";
import { toBookingView, viewerRole, type BookingView } from "./booking-view";
import type { ListBookingsQuery } from "./schemas";

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

const ORDER: Record<ListBookingsQuery["sort"], Prisma.BookingOrderByWithRelationInput[]> = {
  start: [{ startAt: "asc" }, { id: "asc" }],
  "-start": [{ startAt: "desc" }, { id: "asc" }],
  createdAt: [{ createdAt: "asc" }, { id: "asc" }],
  "-createdAt": [{ createdAt: "desc" }, { id: "asc" }],
  price: [{ priceCents: "asc" }, { id: "asc" }],
  "-price": [{ priceCents: "desc" }, { id: "asc" }],
};

export function bookingListWhere(actor: Actor, query: Omit<ListBookingsQuery, "sort" | "page" | "pageSize">): Prisma.BookingWhereInput {
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
  const where = bookingListWhere(actor, query);
  const [rows, total] = await Promise.all([
    findBookingPage(db, { where, orderBy: ORDER[query.sort], skip: (query.page - 1) * query.pageSize, take: query.pageSize }),
    db.booking.count({ where }),
  ]);
  const admin = isAdmin(actor);
  return {
    items: rows.map((row) => toBookingView(row, viewerRole(row, actor.userId, admin) ?? "admin", now)),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}
