// Prisma CLI configuration. The CLI runs its schema engine as WebAssembly through
// a driver adapter (engine "js"), the only path that works without Prisma's binary
// host. See docs/decisions/001-prisma-6-offline.md.
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// In js mode the 6.19 CLI still probes for native engine files at start-up and
// would try to download them; it never loads them, so any existing file will do.
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= import.meta.filename ?? "prisma.config.ts";
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= import.meta.filename ?? "prisma.config.ts";

// prisma/orm#27403: the wasm schema engine reads catalog columns whose types
// adapter-pg does not map ("name", "char", oid vectors...). Report them as text.
const CATALOG_TYPES = new Set([18, 19, 22, 24, 194, 1033, 2205, 2206, 3769, 1002, 1003, 1028]);
const TEXT_OID = 25;

class CatalogPool extends pg.Pool {
  // pg's query() has callback and promise overloads; the adapter only uses the
  // promise form, so only that one is patched.
  override query(...args: unknown[]): never {
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result && typeof (result as Promise<unknown>).then === "function") {
      return (result as Promise<pg.QueryResult>).then((res) => {
        for (const field of res?.fields ?? []) {
          if (CATALOG_TYPES.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
        }
        return res;
      }) as never;
    }
    return result as never;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  async adapter() {
    return new PrismaPg(new CatalogPool({ connectionString: process.env.DATABASE_URL }));
  },
});
