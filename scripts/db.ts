// `npm run db:migrate` and `npm run db:seed` on the same database `npm start` uses.
import { loadDotEnv, migrateDeploy, openDatabase } from "./lib/database";
import { printDemoAccounts, seedIfEmpty } from "./lib/seed-if-empty";

async function main(): Promise<void> {
  const command = process.argv[2];
  loadDotEnv();
  const db = await openDatabase();
  try {
    await migrateDeploy(db.url);
    if (command === "seed") {
      await seedIfEmpty(db.url);
      printDemoAccounts();
    }
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
