// Runs before each integration test file: a fresh copy of the migrated template,
// and getPrisma() pointed at it.
import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { createPrismaClient, setPrisma } from "@/lib/db";
import { startEmbeddedDbFromInstance } from "../../scripts/lib/embedded-db";
import { setTestDatabaseUrl } from "./test-database";
import { withDatabase } from "./pg-url";

const config = inject("testDb");
let cleanup: () => Promise<void>;

if (config.kind === "postgres") {
  const name = `slotbook_t${process.ppid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: config.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${config.template}"`);
  await admin.end();
  const url = withDatabase(config.adminUrl, name);
  setTestDatabaseUrl(url, "postgres");
  const prisma = createPrismaClient(url);
  setPrisma(prisma);
  cleanup = async () => {
    await prisma.$disconnect();
    const client = new pg.Client({ connectionString: config.adminUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  };
} else {
  const snapshot = new Blob([readFileSync(config.snapshot)]);
  const db = await PGlite.create({ loadDataDir: snapshot, extensions: { btree_gist } });
  const server = await startEmbeddedDbFromInstance(db);
  setTestDatabaseUrl(server.url, "pglite");
  const prisma = createPrismaClient(server.url);
  setPrisma(prisma);
  cleanup = async () => {
    await prisma.$disconnect();
    await server.stopServerOnly();
    await db.close();
  };
}

afterAll(async () => {
  await cleanup();
});
