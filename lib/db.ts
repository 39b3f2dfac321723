// The one PrismaClient of the process. Next's dev server reloads modules, so the
// instance is kept on globalThis to avoid one connection pool per reload.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;

export function createPrismaClient(connectionString = process.env.DATABASE_URL): PrismaClient {
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run dev`.");
  }
  const max = Number(process.env.DATABASE_POOL_SIZE ?? 10);
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max }),
    // Under a burst, requests queue for a pooled connection; waiting a few
    // seconds beats failing (Prisma's default wait is 2 s).
    transactionOptions: { maxWait: 20_000, timeout: 20_000 },
  });
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
