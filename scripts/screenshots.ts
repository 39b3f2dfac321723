// `npm run screenshots`: regenerates the README images in docs/screenshots/
// from a production build with the demo world seeded into a throwaway database
// (SKIP_BUILD=1 reuses the existing build), through the system Chromium.
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { DEMO_HOST_EMAIL, DEMO_PASSWORD } from "@/prisma/seed/accounts";
import { ROOT } from "./lib/database";
import { demoHostId, startSeededApp } from "./lib/seeded-app";

const OUT = path.join(ROOT, "docs", "screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? "/usr/bin/chromium";
const DEMO_CLIENT_EMAIL = "client@slotbook.test";

async function newContext(browser: Browser, baseURL: string, account?: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1280, height: 860 },
    deviceScaleFactor: 1,
    colorScheme: "light",
    timezoneId: "Europe/London",
    locale: "en-GB",
  });
  if (account) {
    // Signs in through next-auth's credentials endpoint: the cookie lands in the context.
    const csrf = (await (await context.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await context.request.post("/api/auth/callback/credentials", {
      form: { email: account, password: DEMO_PASSWORD, csrfToken: csrf.csrfToken, json: "true" },
    });
    if (!response.ok()) throw new Error(`sign-in as ${account} failed (${response.status()})`);
  }
  return context;
}

/** Waits for the page to settle: hydrated where the page marks it, fonts loaded, no requests in flight. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => document.fonts.ready);
}

async function shoot(page: Page, name: string, element?: Locator): Promise<void> {
  await settle(page);
  const file = path.join(OUT, `${name}.png`);
  const options = { path: file, animations: "disabled", caret: "hide" } as const;
  await (element ? element.screenshot(options) : page.screenshot(options));
  console.log(`wrote ${path.relative(ROOT, file)}`);
}

async function main(): Promise<void> {
  const app = await startSeededApp();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  try {
    const hostId = await demoHostId(app.baseURL);

    const visitor = await newContext(browser, app.baseURL);
    const page = await visitor.newPage();
    await page.goto("/");
    await page.getByRole("heading", { level: 1 }).waitFor();
    await shoot(page, "home");
    await page.goto("/signin");
    await page.getByRole("heading", { level: 1 }).waitFor();
    await shoot(page, "signin");
    await visitor.close();

    const client = await newContext(browser, app.baseURL, DEMO_CLIENT_EMAIL);
    const clientPage = await client.newPage();
    await clientPage.goto(`/hosts/${hostId}`);
    const firstFree = clientPage.getByRole("button", { name: /, \d+ free slots?/ }).first();
    await firstFree.waitFor();
    await shoot(clientPage, "host-page");
    // The booking calendar: another day picked, its free times listed.
    await clientPage.getByRole("button", { name: /, \d+ free slots?$/ }).nth(2).click();
    const times = clientPage.getByRole("region", { name: /^Free times on / });
    await times.getByRole("button").first().waitFor();
    const widget = clientPage.locator("section").filter({ has: clientPage.getByRole("heading", { level: 2, name: "Book a session" }) });
    await shoot(clientPage, "booking-calendar", widget.first());
    await clientPage.goto("/bookings");
    await clientPage.getByRole("heading", { level: 1, name: "My bookings" }).waitFor();
    await shoot(clientPage, "my-bookings");
    await client.close();

    const host = await newContext(browser, app.baseURL, DEMO_HOST_EMAIL);
    const hostPage = await host.newPage();
    await hostPage.goto("/dashboard");
    await hostPage.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
    await shoot(hostPage, "dashboard");
    await hostPage.goto("/availability");
    await hostPage.getByRole("form", { name: "Weekly hours" }).waitFor();
    await shoot(hostPage, "availability");
    await host.close();
  } finally {
    await browser.close();
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
