// The one PrismaClient of the process. Next's dev server reloads modules, so the
// instance is kept on globalThis to avoid one connection pool per reload.
//
// The client runs on a pg pool we create and keep (not one the adapter makes),
// so that the few hot-path repository functions can send their one SQL
// statement straight to the pool: Prisma 6's client engine compiles every
// query in WebAssembly on the request's thread (about 0.5-1 ms of CPU each,
// decision 016), which dominated the cost of slots, lists and creates.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;

// On globalThis, like the client: Next bundles this module into several server
// chunks, and each copy must find the pool of the one shared client.
const globalPools = globalThis as unknown as { slotbookPools?: WeakMap<object, pg.Pool> };
const pools = (globalPools.slotbookPools ??= new WeakMap<object, pg.Pool>());

export function createPrismaClient(connectionString = process.env.DATABASE_URL): PrismaClient {
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run dev`.");
  }
  const max = Number(process.env.DATABASE_POOL_SIZE ?? 10);
  // Idle connections stay open: they hold the prepared statements of the hot
  // reads (lib/server/query-rows.ts).
  const pool = new pg.Pool({ connectionString, max, idleTimeoutMillis: 0 });
  pool.on("remove", (client) => forgetStatements(pool, client));
  const client = new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    // Under a burst, requests queue for a pooled connection; waiting a few
    // seconds beats failing (Prisma's default wait is 2 s).
    transactionOptions: { maxWait: 20_000, timeout: 20_000 },
  });
  // An idle connection the server drops (a restart, a database dropped by a
  // test) must not take the process down: the pool replaces it on next use.
  pool.on("error", (error) => console.error("[slotbook] database: idle connection lost", error.message));
  // Raw statements may use the pool before (or without) any Prisma query, and
  // Prisma only ends a pool it has connected: $disconnect ends ours in any case.
  const disconnect = client.$disconnect.bind(client);
  Object.assign(client, {
    $disconnect: async () => {
      await disconnect();
      if (!pool.ending) await pool.end();
    },
  });
  pools.set(client, pool);
  return client;
}

/**
 * The embedded PGlite serves all connections from one session, so statements
 * a dropped connection prepared outlive it there: drop them (on PostgreSQL
 * they died with the connection and DEALLOCATE just fails, ignored). Every
 * named statement on this pool is query-rows.ts's: Prisma's are unnamed.
 */
function forgetStatements(pool: pg.Pool, client: pg.PoolClient): void {
  if (pool.ending) return;
  const parsed = (client as unknown as { connection?: { parsedStatements?: Record<string, string> } }).connection?.parsedStatements ?? {};
  for (const name of Object.keys(parsed)) pool.query(`DEALLOCATE "${name}"`).catch(() => {});
}

/**
 * The pg pool behind a client made by createPrismaClient. Undefined for a
 * transaction client (its statements must stay on the transaction's
 * connection) and for clients built elsewhere.
 */
export function poolOf(db: object): pg.Pool | undefined {
  return pools.get(db);
}

const globalForPrisma = globalThis as unknown as { slotbookPrisma?: PrismaClient };

export function getPrisma(): PrismaClient {
  globalForPrisma.slotbookPrisma ??= createPrismaClient();
  return globalForPrisma.slotbookPrisma;
}

/** Test hook: point the process at another database (one per test file). */
export function setPrisma(client: PrismaClient): void {
  globalForPrisma.slotbookPrisma = client;
}
