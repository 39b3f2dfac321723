import { defineConfig } from "vitest/config";
import path from "node:path";

// Projects: "domain" is pure code (run under several TZ values by the test
// script); "integration" talks to a real database prepared by the global setup.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "domain",
          include: ["lib/domain/**/*.test.ts", "lib/http/**/*.test.ts", "lib/compat/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts", "lib/integrations/**/*.test.ts", "lib/server/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/global-setup.ts"],
          setupFiles: ["tests/setup/per-file.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
