// Repository functions that read bookings as `BookingRow`s (bookingSelect's
// shape) in raw SQL: a page of the canonical list in ONE statement (page ids,
// total and rows with host, client and service), and rows by id for the
// dialects' pages. Prisma compiled each of those reads on the request's thread
// and mapped every relation row, about 4 ms of CPU for a page of 20
// (docs/decisions/016-hot-paths-in-sql.md). The column list is derived from
// bookingSelect, so a field added there is read here too;
// tests/integration/booking-rows.test.ts compares the result with Prisma's.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "../tx";
import { queryRows } from "../query-rows";
import { bookingSelect, type BookingRow } from "./booking-view";

type Selection = { readonly [field: string]: true | { readonly select: Selection } };

/** Where each relation of bookingSelect lives: table and join to its parent's alias. */
const RELATIONS: Record<string, { table: string; key: string; parentColumn: string; optional: boolean }> = {
  host: { table: "User", key: "id", parentColumn: "hostId", optional: false },
  client: { table: "User", key: "id", parentColumn: "clientId", optional: true },
  service: { table: "Service", key: "id", parentColumn: "serviceId", optional: true },
  hostProfile: { table: "HostProfile", key: "userId", parentColumn: "id", optional: true },
};

// Only identifiers of our own schema (bookingSelect's keys and the map above)
// are spliced into the statement; every value is a parameter.
const quoted = (identifier: string) => {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(identifier)) throw new Error(`Not an identifier: ${identifier}`);
  return `"${identifier}"`;
};

interface Plan {
  columns: string[];
  joins: string[];
  build: (record: Record<string, unknown>) => unknown;
}

function plan(selection: Selection, alias: string, path: string, next: { n: number }): Plan {
  const columns: string[] = [];
  const joins: string[] = [];
  const scalars: Array<[field: string, column: string]> = [];
  const relations: Array<[field: string, present: string, build: Plan["build"]]> = [];
  for (const [field, value] of Object.entries(selection)) {
    if (value === true) {
      const column = `${path}${field}`;
      columns.push(`${alias}.${quoted(field)} AS ${quoted(column)}`);
      scalars.push([field, column]);
      continue;
    }
    const relation = RELATIONS[field];
    if (!relation) throw new Error(`booking-rows: no join known for relation "${field}"`);
    const child = `r${next.n++}`;
    joins.push(`${relation.optional ? "LEFT JOIN" : "JOIN"} ${quoted(relation.table)} ${child} ON ${child}.${quoted(relation.key)} = ${alias}.${quoted(relation.parentColumn)}`);
    const present = `${path}${field}__present`;
    columns.push(`(${child}.${quoted(relation.key)} IS NOT NULL) AS ${quoted(present)}`);
    const inner = plan(value.select, child, `${path}${field}__`, next);
    columns.push(...inner.columns);
    joins.push(...inner.joins);
    relations.push([field, present, inner.build]);
  }
  return {
    columns,
    joins,
    build(record) {
      const out: Record<string, unknown> = {};
      for (const [field, column] of scalars) out[field] = record[column];
      for (const [field, present, build] of relations) out[field] = record[present] ? build(record) : null;
      return out;
    },
  };
}

const ROW = plan(bookingSelect, "b", "", { n: 0 });
const SELECT_ROW = Prisma.raw(ROW.columns.join(",\n  "));
const JOINS = Prisma.raw(ROW.joins.join("\n"));
const toRow = (record: Record<string, unknown>) => ROW.build(record) as BookingRow;

/**
 * For statements that produce bookings some other way (insert-booking.ts):
 * `SELECT ${columns} FROM <bookings as b> ${joins}` reads them as BookingRows
 * through `build`.
 */
export const bookingRowSql = { columns: SELECT_ROW, joins: JOINS, build: toRow };

/** The rows of these bookings, in no particular order (missing ids are left out). */
export async function queryBookingRowsByIds(db: Tx, ids: string[]): Promise<BookingRow[]> {
  if (ids.length === 0) return [];
  const records = await queryRows<Record<string, unknown>>(
    db,
    Prisma.sql`SELECT ${SELECT_ROW} FROM "Booking" b ${JOINS} WHERE b."id" = ANY(${ids}::uuid[])`,
    "booking_rows",
  );
  return records.map(toRow);
}

export interface BookingListPage {
  rows: BookingRow[];
  total: number;
}

/**
 * One page of the bookings matching `where` (a condition on alias `b`),
 * sorted by `orderBy` (on `b`, ending with a unique column), with the number
 * of matches: one statement. The page's ids are chosen before the relations
 * are joined, so a busy host's 800 bookings are sorted, not joined.
 */
export async function queryBookingListPage(
  db: Tx,
  args: { where: Prisma.Sql; orderBy: Prisma.Sql; offset: number; limit: number },
): Promise<BookingListPage> {
  const records = await queryRows<Record<string, unknown> & { __total: number }>(
    db,
    Prisma.sql`WITH page AS (
      SELECT b."id", (count(*) OVER ())::int AS total
      FROM "Booking" b
      WHERE ${args.where}
      ORDER BY ${args.orderBy}
      LIMIT ${args.limit} OFFSET ${args.offset}
    )
    SELECT page.total AS "__total", ${SELECT_ROW}
    FROM page JOIN "Booking" b ON b."id" = page."id"
    ${JOINS}
    ORDER BY ${args.orderBy}`,
    "booking_page",
  );
  if (records.length > 0) return { rows: records.map(toRow), total: records[0]!.__total };
  if (args.offset === 0) return { rows: [], total: 0 };
  // Past the last page the window has no row to carry the total.
  const [count] = await queryRows<{ total: number }>(
    db,
    Prisma.sql`SELECT count(*)::int AS total FROM "Booking" b WHERE ${args.where}`,
  );
  return { rows: [], total: count?.total ?? 0 };
}
