// `npm run db:migration -- <name>`: authors prisma/migrations/<timestamp>_<name>/
// by diffing the schema as of the last migration (prisma/migrations/schema.snapshot)
// against prisma/schema.prisma. `prisma migrate dev` crashes in the offline wasm
// engine, so this replaces it. Raw SQL (constraints Prisma cannot express) is
// appended to the generated file by hand before committing.
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedDb } from "./lib/embedded-db";
import { prismaBin, ROOT } from "./lib/database";

function run(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(prismaBin(), args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (err += c.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(err || out))));
  });
}

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error("usage: npm run db:migration -- <name>   (lower_snake_case)");
    process.exit(2);
  }
  const migrations = path.join(ROOT, "prisma", "migrations");
  const snapshot = path.join(migrations, "schema.snapshot");
  const schema = path.join(ROOT, "prisma", "schema.prisma");
  const scratch = mkdtempSync(path.join(tmpdir(), "slotbook-migration-"));
  const previous = path.join(scratch, "previous.prisma");
  copyFileSync(snapshot, previous);

  // The CLI opens its driver adapter even for a pure schema-to-schema diff, so
  // give it a throwaway database to talk to.
  const db = await startEmbeddedDb({ dataDir: "memory://" });
  try {
    const sql = await run(
      ["migrate", "diff", "--from-schema-datamodel", previous, "--to-schema-datamodel", schema, "--script"],
      { ...process.env, DATABASE_URL: db.url },
    );
    if (!/^\s*(CREATE|ALTER|DROP)/m.test(sql)) {
      console.log("No schema changes since the last migration: nothing to write.");
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const folder = path.join(migrations, `${stamp}_${name}`);
    mkdirSync(folder);
    writeFileSync(path.join(folder, "migration.sql"), sql);
    writeFileSync(snapshot, readFileSync(schema));
    console.log(`Wrote ${path.relative(ROOT, folder)}/migration.sql and updated the schema snapshot.`);
    console.log("Append any raw SQL by hand. Keep semicolons out of SQL comments: the migration runner splits on them.");
  } finally {
    await db.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
