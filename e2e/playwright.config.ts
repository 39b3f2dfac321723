// End-to-end tests: a production build of the app on its own port with a
// throwaway in-memory database, driven through the system Chromium.
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// NEXTAUTH_URL and the browser must agree on the host name so that next-auth's
// cookies and redirects stay on one origin.
const baseURL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  outputDir: "../test-results/e2e",
  fullyParallel: false,
  // The app server and the browsers share the machine: stay gentle on 2-core CI boxes.
  workers: process.env.CI ? 1 : 2,
  // No retries: a flaky test must fail loudly, not pass on its second try.
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: "list",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    ...devices["Desktop Chrome"],
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
      ],
    },
  },
  webServer: {
    command: "npm start",
    cwd: "..",
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 240_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    env: {
      PORT: String(PORT),
      // Bind to loopback only (scripts/app.ts reads BIND_HOST).
      BIND_HOST: "127.0.0.1",
      PGLITE_DIR: "memory://",
      // Never the database of another suite: empty means "use the embedded one".
      DATABASE_URL: "",
      // Every test creates its own users.
      SEED_DEMO: "false",
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: "e2e-secret",
      // Cheap password hashing: tests sign up many users; security is not under test.
      BCRYPT_COST: "4",
      // Every test signs up and signs in from 127.0.0.1: limits far above the
      // suite's needs, but the limiter still runs (README: Configuration).
      RATE_LIMIT_SIGNUP_PER_IP: "100000",
      RATE_LIMIT_SIGNIN_PER_IP: "100000",
      RATE_LIMIT_SIGNIN_PER_EMAIL: "100000",
      RATE_LIMIT_TOKEN_PER_IP: "100000",
      RATE_LIMIT_TOKEN_PER_EMAIL: "100000",
    },
  },
});
