// The app's one integration runner, started by instrumentation.ts. Next's dev
// server can evaluate the hook again after a reload; the flag on globalThis
// keeps it to one loop per process.
import { getPrisma } from "@/lib/db";
import { startIntegrationRunner, type IntegrationRunner } from "./runner";

const globalForRunner = globalThis as unknown as { slotbookIntegrationRunner?: IntegrationRunner };

export function startAppIntegrationRunner(): IntegrationRunner {
  globalForRunner.slotbookIntegrationRunner ??= startIntegrationRunner({ db: getPrisma() });
  return globalForRunner.slotbookIntegrationRunner;
}
