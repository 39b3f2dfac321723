// Runs one parameterised statement of a named repository function (the only
// places with raw SQL). Outside a transaction it goes straight to the pg pool:
// no Prisma request pipeline, so a read costs the round trip and the row
// parsing only. Inside a transaction it must use the transaction's connection,
// so it goes through $queryRaw. Both paths return the same rows as long as the
// statement selects json, text, boolean, integer or timestamptz columns
// (pg parses a bare `date` column at local midnight and int8 as a string:
// repository statements select neither).
//
// With a `name`, the statement is prepared once per connection and then only
// bound and executed: planning the scheduling query costs more than running
// it (about 1.2 of 2 ms on the embedded database). Name only statements whose
// best plan does not depend on the values (lookups by key): after five runs
// PostgreSQL may keep a generic plan, and for the queue scans (claims, the
// fan-out) a generic plan scans the whole growing table. The prepared name carries
// a hash of the text (a repository function may vary its text, e.g. with the
// filters asked for), a tag of the process and the connection's number: the
// embedded PGlite serves every connection of every process from one session,
// where two connections preparing the same name would collide.
import { randomBytes } from "node:crypto";
import type pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import { poolOf } from "@/lib/db";
import type { Tx } from "./tx";

// Shared by every bundled copy of this module (see lib/db.ts): two copies
// numbering connections on their own would hand out the same names.
// The process's own tag keeps apart the names of two processes on one PGlite
// (the server and a script, a test or a second server).
const shared = globalThis as unknown as { slotbookStatementNames?: { numbers: WeakMap<pg.PoolClient, number>; next: number; tag: string } };
const names = (shared.slotbookStatementNames ??= { numbers: new WeakMap(), next: 0, tag: randomBytes(4).readUInt32BE(0).toString(36) });

/** FNV-1a, 32 bits: names a statement text, cheaply. */
function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** An error the server answered with (a constraint, a cast): the connection itself is fine. */
const isServerError = (error: unknown) => typeof error === "object" && error !== null && "severity" in error && "code" in error;

export async function queryRows<T>(db: Tx, statement: Prisma.Sql, name?: string): Promise<T[]> {
  const pool = poolOf(db);
  if (!pool) return db.$queryRaw<T[]>(statement);
  if (!name) return (await pool.query(statement.text, statement.values)).rows as T[];
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    let number = names.numbers.get(client);
    if (number === undefined) {
      number = names.next++;
      names.numbers.set(client, number);
    }
    const text = statement.text;
    const result = await client.query({ name: `${name}_${textHash(text)}_${names.tag}_${number}`, text, values: statement.values });
    return result.rows as T[];
  } catch (error) {
    if (!isServerError(error)) broken = error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    // A broken connection is dropped; one that merely refused a row is reused.
    client.release(broken);
  }
}
