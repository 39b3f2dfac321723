// One page of bookings with their host, client and service, for the seed
// dialects (their filters are Prisma where inputs; the canonical list is one
// statement, booking-rows.ts). The page's ids come first, then its rows: in one query the relation joins would run for
// every matching booking before the sort picks the page (all 800 of a busy
// host, for 20 shown). Measured by `npm run bench` (docs/decisions/014).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import { queryBookingRowsByIds } from "./booking-rows";
import type { BookingRow } from "./booking-view";

export async function findBookingPage(
  db: Db,
  args: { where: Prisma.BookingWhereInput; orderBy: Prisma.BookingOrderByWithRelationInput[]; skip: number; take: number },
): Promise<BookingRow[]> {
  const page = await db.booking.findMany({ ...args, select: { id: true } });
  if (page.length === 0) return [];
  const rows = await queryBookingRowsByIds(db, page.map((r) => r.id));
  const byId = new Map(rows.map((row) => [row.id, row]));
  // A booking deleted between the two reads is left out of the page.
  return page.flatMap(({ id }) => byId.get(id) ?? []);
}
