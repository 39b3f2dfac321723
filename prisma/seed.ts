// `prisma db seed` / `npm run db:seed` entry: fills an empty database with the
// demo world (see prisma/seed/demo.ts). DATABASE_URL must point at a migrated
// database; the npm wrapper starts the embedded one and sets it.
// SEED_NOW (an ISO instant) pins "now" for reproducible screenshots.
import { createPrismaClient } from "@/lib/db";
import { DEMO_ACCOUNTS } from "./seed/accounts";
import { seedDemo } from "./seed/demo";

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run `npm run db:seed`, which starts the database for you.");
  const now = process.env.SEED_NOW ? new Date(process.env.SEED_NOW) : new Date();
  if (Number.isNaN(now.getTime())) throw new Error(`SEED_NOW is not a date: ${process.env.SEED_NOW}`);

  const prisma = createPrismaClient(url);
  try {
    const started = Date.now();
    const result = await seedDemo(prisma, { now });
    if (result.users === 0) {
      console.log("The database already has users: demo seed skipped.");
    } else {
      console.log(
        `Seeded the demo world in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
          `${result.users} users (${result.hosts} hosts, ${result.clients} who can book), ${result.bookings} bookings.`,
      );
    }
    console.log("\nDemo accounts:");
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.email.padEnd(22)} ${a.password}   ${a.role}`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
