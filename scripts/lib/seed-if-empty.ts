import { createPrismaClient } from "@/lib/db";
import { seedDemo } from "@/prisma/seed/demo";
import { DEMO_ACCOUNTS } from "@/prisma/seed/accounts";

/** Seeds the demo world into an empty database (first start only). */
export async function seedIfEmpty(url: string): Promise<void> {
  if (process.env.SEED_DEMO === "false") return;
  const prisma = createPrismaClient(url);
  try {
    const users = await prisma.user.count();
    if (users > 0) return;
    const started = Date.now();
    const summary = await seedDemo(prisma);
    console.log(
      `[slotbook] seeded the demo world: ${summary.hosts} hosts, ${summary.clients} clients, ${summary.bookings} bookings (${Date.now() - started} ms)`,
    );
  } finally {
    await prisma.$disconnect();
  }
}

export function printDemoAccounts(): void {
  if (process.env.SEED_DEMO === "false") return;
  console.log("[slotbook] demo accounts (password for each: slotbook-demo):");
  for (const account of DEMO_ACCOUNTS) console.log(`  ${account.email.padEnd(24)} ${account.role}`);
}
