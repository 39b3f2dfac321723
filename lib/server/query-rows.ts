// Runs one parameterised statement of a named repository function (the only
// places with raw SQL). Outside a transaction it goes straight to the pg pool:
// no Prisma request pipeline, so a read costs the round trip and the row
// parsing only. Inside a transaction it must use the transaction's connection,
// so it goes through $queryRaw. Both paths return the same rows as long as the
// statement selects json, text, boolean, integer or timestamptz columns
// (pg parses a bare `date` column at local midnight and int8 as a string:
// repository statements select neither).
import type { Prisma } from "@/lib/generated/prisma/client";
import { poolOf } from "@/lib/db";
import type { Tx } from "./tx";

export async function queryRows<T>(db: Tx, statement: Prisma.Sql): Promise<T[]> {
  const pool = poolOf(db);
  if (!pool) return db.$queryRaw<T[]>(statement);
  const result = await pool.query(statement.text, statement.values);
  return result.rows as T[];
}
