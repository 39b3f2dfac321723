// Migrates ONE template database per test run; every integration test file then
// gets its own copy (PostgreSQL: CREATE DATABASE ... TEMPLATE; PGlite: a data
// directory snapshot), which costs milliseconds instead of a migration.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedDbFromInstance } from "../../scripts/lib/embedded-db";
import { migrateDeploy } from "../../scripts/lib/database";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { withDatabase } from "./pg-url";

declare module "vitest" {
  export interface ProvidedContext {
    testDb: { kind: "postgres"; adminUrl: string; template: string } | { kind: "pglite"; snapshot: string };
  }
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const template = `slotbook_tpl_${process.pid}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${template}"`);
    await admin.query(`CREATE DATABASE "${template}"`);
    await admin.end();
    await migrateDeploy(withDatabase(serverUrl, template));
    project.provide("testDb", { kind: "postgres", adminUrl: serverUrl, template });
    return async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      const { rows } = await client.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2",
        [template, `slotbook_t${process.pid}_%`],
      );
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      await client.end();
    };
  }

  const db = await PGlite.create("memory://", { extensions: { btree_gist } });
  const server = await startEmbeddedDbFromInstance(db);
  try {
    await migrateDeploy(server.url);
  } finally {
    await server.stopServerOnly();
  }
  const dir = mkdtempSync(path.join(tmpdir(), "slotbook-test-"));
  const snapshot = path.join(dir, "template.tar");
  const dump = await db.dumpDataDir("none");
  writeFileSync(snapshot, Buffer.from(await dump.arrayBuffer()));
  await db.close();
  project.provide("testDb", { kind: "pglite", snapshot });
  return () => rmSync(dir, { recursive: true, force: true });
}
