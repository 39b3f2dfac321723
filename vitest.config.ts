import { defineConfig } from "vitest/config";
import path from "node:path";

// Projects: "domain" is pure code (run under several TZ values by the test
// script); "integration" talks to a real database prepared by the global setup.
const HIGH_RATE_LIMITS = {
  RATE_LIMIT_SIGNUP_PER_IP: "100000",
  RATE_LIMIT_SIGNIN_PER_IP: "100000",
  RATE_LIMIT_SIGNIN_PER_EMAIL: "100000",
  RATE_LIMIT_TOKEN_PER_IP: "100000",
  RATE_LIMIT_TOKEN_PER_EMAIL: "100000",
};

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "domain",
          include: ["lib/domain/**/*.test.ts", "lib/http/**/*.test.ts", "lib/compat/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
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
          // Tests sign up and sign in many users from one (in-process) address:
          // explicit high limits keep the limiter on; tests/reliability checks the 429.
          env: HIGH_RATE_LIMITS,
        },
      },
      {
        extends: true,
        test: {
          // npm run test:reliability: authorization matrix, fuzzing, crash test,
          // webhook outage, rate limits, security headers (docs/decisions/015).
          name: "reliability",
          include: ["tests/reliability/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/global-setup.ts"],
          setupFiles: ["tests/setup/per-file.ts"],
          testTimeout: 240_000,
          hookTimeout: 300_000,
          env: HIGH_RATE_LIMITS,
        },
      },
    ],
  },
});
