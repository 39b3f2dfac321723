// Accessibility of the host and settings pages: axe-core (no serious or
// critical violations, in both colour schemes and at 360 px), plus keyboard
// checks of the parts axe cannot judge.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { createUser, signInViaApi, uniqueUser, type TestUser } from "./helpers/auth";
import { expectNoHorizontalScroll, expectNoSeriousViolations } from "./helpers/axe";
import { open } from "./helpers/navigation";

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function tokenFor(request: APIRequestContext, user: TestUser): Promise<string> {
  const response = await request.post("/api/v1/auth/token", { data: { email: user.email, password: user.password } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { token: string }).token;
}

async function ok(response: Awaited<ReturnType<APIRequestContext["get"]>>) {
  expect(response.ok(), `${response.url()}: ${await response.text()}`).toBe(true);
  return response.json().catch(() => null) as Promise<Record<string, unknown> | null>;
}

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A host with a bit of everything: weekly hours, an override, time off, a
 * one-to-one and a group service with a scheduled session, a pending request,
 * a confirmed session, a related client and an API token.
 */
async function seedHost(request: APIRequestContext): Promise<{ host: TestUser; clientName: string; sessionDate: string }> {
  const host = await createUser(request, uniqueUser({ roles: ["host", "client"], timeZone: "UTC" }));
  const token = await tokenFor(request, host);
  const me = (await ok(await request.get("/api/v1/me", { headers: bearer(token) }))) as { id: string };
  await ok(await request.patch("/api/v1/me/host-settings", { headers: bearer(token), data: { minNoticeMinutes: 0, requiresConfirmation: true, headline: "Accessibility coach" } }));
  await ok(
    await request.put("/api/v1/availability/weekly", {
      headers: bearer(token),
      data: { rules: [0, 1, 2, 3, 4, 5, 6].flatMap((dayOfWeek) => [{ dayOfWeek, start: "09:00", end: "12:00" }, { dayOfWeek, start: "13:00", end: "17:00" }]) },
    }),
  );
  const today = new Date().toISOString().slice(0, 10);
  await ok(await request.post("/api/v1/availability", { headers: bearer(token), data: { type: "override", date: addDays(today, 20) } }));
  await ok(await request.post("/api/v1/availability", { headers: bearer(token), data: { type: "time_off", startDate: addDays(today, 30), endDate: addDays(today, 32), reason: "Holiday" } }));
  await ok(await request.post("/api/v1/services", { headers: bearer(token), data: { kind: "individual", name: "Coaching call", durationMinutes: 60, priceCents: 9000, currency: "USD" } }));
  const group = (await ok(await request.post("/api/v1/services", { headers: bearer(token), data: { kind: "group", name: "Group circle", durationMinutes: 60, priceCents: 2500, capacity: 6 } }))) as { id: string };
  const sessionDate = addDays(today, 2);
  await ok(await request.post(`/api/v1/services/${group.id}/occurrences`, { headers: bearer(token), data: { start: `${addDays(today, 9)}T15:00:00Z` } }));

  const clientName = `Robin ${Date.now().toString(36)}`;
  const client = await createUser(request, uniqueUser({ roles: ["client"], name: clientName }));
  const clientToken = await tokenFor(request, client);
  const pending = (await ok(await request.post("/api/v1/bookings", { headers: bearer(clientToken), data: { hostId: me.id, start: `${sessionDate}T09:00:00Z`, duration: 60 } }))) as { id: string };
  const second = (await ok(await request.post("/api/v1/bookings", { headers: bearer(clientToken), data: { hostId: me.id, start: `${sessionDate}T10:00:00Z`, duration: 60 } }))) as { id: string };
  await ok(await request.post(`/api/v1/bookings/${second.id}/confirm`, { headers: bearer(token), data: {} }));
  expect(pending.id).toBeTruthy();
  await ok(await request.post("/api/v1/clients", { headers: bearer(token), data: { email: client.email } }));
  await ok(await request.post("/api/v1/me/tokens", { headers: bearer(token), data: { name: "Reporting script" } }));
  return { host, clientName, sessionDate };
}

const PAGES = [
  { path: "/dashboard", heading: "Dashboard" },
  { path: "/availability", heading: "Availability" },
  { path: "/services", heading: "Services" },
  { path: "/clients", heading: "Clients" },
  { path: "/settings", heading: "Settings" },
] as const;

type Seeded = Awaited<ReturnType<typeof seedHost>>;

/** One seeded host per group of tests (seeding is the slow part on small machines). */
function seededHost() {
  let seeded: Seeded | undefined;
  test.beforeAll(async ({ playwright }, testInfo) => {
    const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
    try {
      seeded = await seedHost(api);
    } finally {
      await api.dispose();
    }
  });
  return () => {
    if (!seeded) throw new Error("seedHost did not run");
    return seeded;
  };
}

const pathFor = (path: string, seeded: Seeded) => (path === "/dashboard" ? `/dashboard?week=${seeded.sessionDate}` : path);

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`host pages accessibility (${colorScheme})`, () => {
    test.use({ colorScheme });
    const seeded = seededHost();

    for (const { path, heading } of PAGES) {
      test(`${path}, with data`, async ({ page }) => {
        // axe takes a while over the availability page's many time options.
        test.setTimeout(120_000);
        await signInViaApi(page, seeded().host);
        await open(page, pathFor(path, seeded()));
        await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
        if (path === "/settings") await expect(page.getByRole("list", { name: "Integrations" }).or(page.getByText("Integrations status unavailable"))).toBeVisible();
        await expectNoSeriousViolations(page);
      });
    }

    test("empty states and the non-host message", async ({ page }) => {
      test.setTimeout(120_000);
      const host = await createUser(page.request, uniqueUser({ roles: ["host"], timeZone: "UTC" }));
      await signInViaApi(page, host);
      for (const { path, heading } of PAGES) {
        await open(page, path);
        await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
        await expectNoSeriousViolations(page);
      }
      const client = await createUser(page.request, uniqueUser({ roles: ["client"] }));
      await page.context().clearCookies();
      await signInViaApi(page, client);
      await page.goto("/dashboard");
      await expect(page.getByRole("heading", { level: 1, name: "The dashboard is for hosts" })).toBeVisible();
      await expectNoSeriousViolations(page);
    });

    test("forms showing their errors", async ({ page }) => {
      test.setTimeout(120_000);
      const host = await createUser(page.request, uniqueUser({ roles: ["host"], timeZone: "UTC" }));
      await signInViaApi(page, host);

      await open(page, "/availability");
      const weekly = page.getByRole("form", { name: "Weekly hours" });
      await weekly.getByRole("button", { name: "+ Add hours on Tuesday" }).click();
      await weekly.getByLabel("From (Tuesday, hours 1)").selectOption("15:00");
      await weekly.getByLabel("To (Tuesday, hours 1)").selectOption("10:00");
      await weekly.getByRole("button", { name: "Save week" }).click();
      await expect(weekly.getByLabel("From (Tuesday, hours 1)")).toHaveAttribute("aria-invalid", "true");
      await expectNoSeriousViolations(page);

      await open(page, "/services");
      const form = page.getByRole("form", { name: "New service" });
      await form.getByRole("radio", { name: /Group session/ }).check();
      await form.getByRole("button", { name: "Create service" }).click();
      await expect(form.getByRole("textbox", { name: "Name" })).toHaveAttribute("aria-invalid", "true");
      await expect(form.getByRole("spinbutton", { name: "Seats" })).toHaveAccessibleDescription(/need a number of seats/);
      await expectNoSeriousViolations(page);

      await open(page, "/clients");
      const add = page.getByRole("form", { name: "Add a client" });
      await add.getByLabel("Client’s email").fill("nobody-at-all@example.test");
      await add.getByRole("button", { name: "Add client" }).click();
      await expect(add.getByLabel("Client’s email")).toHaveAccessibleDescription(/No Slotbook account uses this email/);
      await expectNoSeriousViolations(page);
    });
  });
}

test.describe("at 360 px", () => {
  test.use({ viewport: { width: 360, height: 780 } });
  const seeded = seededHost();

  for (const { path, heading } of PAGES) {
    test(`${path} fits and passes axe`, async ({ page }) => {
      test.setTimeout(120_000);
      await signInViaApi(page, seeded().host);
      await open(page, pathFor(path, seeded()));
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expectNoHorizontalScroll(page, path);
      await expectNoSeriousViolations(page);
      if (path === "/dashboard") {
        // Small screens get the week as a list of days instead of the calendar grid.
        await expect(page.getByRole("heading", { level: 3, name: /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d/ }).first()).toBeVisible();
      }
    });
  }
});

test("the week calendar works with the keyboard", async ({ page }) => {
  test.setTimeout(90_000);
  const { host, clientName, sessionDate } = await seedHost(page.request);
  await signInViaApi(page, host);
  await open(page, `/dashboard?week=${sessionDate}`);
  const block = page.getByRole("button", { name: new RegExp(`10:00–11:00\\s*${clientName}\\s*Confirmed`) });
  await block.focus();
  await page.keyboard.press("Enter");
  const details = page.locator(":popover-open").getByRole("article", { name: clientName });
  await expect(details).toHaveCount(1);
  await expect(details.getByRole("button", { name: /^Notes/ })).toBeVisible();
  // The open popover covers the page (which axe would count against the
  // covered buttons' target size): check the popover itself.
  await expectNoSeriousViolations(page, ":popover-open");
  await page.keyboard.press("Escape");
  await expect(details).toHaveCount(0);
  await expect(block).toBeFocused();
});
