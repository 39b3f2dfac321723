// One raw SQL read for tests: a digest of every table's rows, to prove that a
// rejected request changed nothing. Rows are hashed as JSON, ordered, per table.
import type { Db } from "@/lib/db";

/**
 * Excluded on purpose:
 * - RateLimitBucket counts attempts, rejected ones included: that is its job.
 * - ApiToken.lastUsedAt is touched (at most once a minute) when a token
 *   authenticates, whatever the answer; the rest of the row is kept.
 * - _prisma_migrations does not change at run time.
 */
const EXCLUDED_TABLES = new Set(["RateLimitBucket", "_prisma_migrations"]);
const statements = new WeakMap<Db, Promise<string>>();

async function digestStatement(db: Db): Promise<string> {
  const tables = await db.$queryRaw<Array<{ name: string }>>`
    SELECT table_name::text AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`;
  return tables
    .filter(({ name }) => !EXCLUDED_TABLES.has(name))
    .map(({ name }) => {
      const quoted = `"${name.replace(/"/g, '""')}"`;
      const literal = `'${name.replace(/'/g, "''")}'`;
      return `SELECT ${literal} AS name, count(*)::int AS n, md5(coalesce(string_agg(r, '|' ORDER BY r), '')) AS digest
        FROM (SELECT (to_jsonb(t) - 'lastUsedAt')::text AS r FROM ${quoted} t) rows`;
    })
    .join("\nUNION ALL\n");
}

/** table -> "rowcount:md5"; equal digests mean equal contents. */
export async function databaseDigest(db: Db): Promise<Record<string, string>> {
  if (!statements.has(db)) statements.set(db, digestStatement(db));
  const rows = await db.$queryRawUnsafe<Array<{ name: string; n: number; digest: string }>>(await statements.get(db)!);
  return Object.fromEntries(rows.map((row) => [row.name, `${row.n}:${row.digest}`]));
}
