// Host pages end to end: each test makes its own users through the API and
// signs in without the UI.
import { expect, test, type APIRequestContext, type PlaywrightWorkerArgs } from "@playwright/test";
import { createUser, signInViaApi, uniqueUser, type TestUser } from "./helpers/auth";
import { open } from "./helpers/navigation";

async function tokenFor(request: APIRequestContext, user: TestUser): Promise<string> {
  const response = await request.post("/api/v1/auth/token", { data: { email: user.email, password: user.password } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { token: string }).token;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function idOf(request: APIRequestContext, token: string): Promise<string> {
  const me = await request.get("/api/v1/me", { headers: bearer(token) });
  expect(me.status()).toBe(200);
  return ((await me.json()) as { id: string }).id;
}

/** "YYYY-MM-DD" of the first `weekday` (0 = Sunday) at least `minDays` days from now, in UTC. */
function nextWeekday(weekday: number, minDays = 3): string {
  const d = new Date(Date.now() + minDays * 86_400_000);
  while (d.getUTCDay() !== weekday) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A request context of its own: fresh connections, no browser cookies (an anonymous visitor). */
async function withApi<T>(playwright: PlaywrightWorkerArgs["playwright"], baseURL: string | undefined, fn: (api: APIRequestContext) => Promise<T>): Promise<T> {
  const api = await playwright.request.newContext({ baseURL });
  try {
    return await fn(api);
  } finally {
    await api.dispose();
  }
}

async function slotStarts(request: APIRequestContext, hostId: string, date: string): Promise<string[]> {
  const response = await request.get(`/api/v1/hosts/${hostId}/slots?start=${date}&end=${date}&timeZone=UTC&duration=60`);
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { slots: Array<{ start: string }> }).slots.map((s) => s.start.slice(11, 16));
}

test.describe("host pages", () => {
  test("a host sets weekly hours in the grid editor and the public slots follow", async ({ page, playwright, baseURL }) => {
    const host = await createUser(page.request, uniqueUser({ roles: ["host"], timeZone: "UTC" }));
    const hostId = await idOf(page.request, await tokenFor(page.request, host));
    await signInViaApi(page, host);

    await open(page, "/availability");
    const weekly = page.getByRole("form", { name: "Weekly hours" });
    await expect(weekly.getByText("No hours — clients can’t book this day.")).toHaveCount(7);

    // Monday 10:00–12:00 plus an overlapping range: the server's message lands next to the range.
    await weekly.getByRole("button", { name: "+ Add hours on Monday" }).click();
    await weekly.getByLabel("From (Monday, hours 1)").selectOption("10:00");
    await weekly.getByLabel("To (Monday, hours 1)").selectOption("12:00");
    await weekly.getByRole("button", { name: "+ Add hours on Monday" }).click();
    await weekly.getByLabel("From (Monday, hours 2)").selectOption("11:00");
    await weekly.getByLabel("To (Monday, hours 2)").selectOption("13:00");
    await weekly.getByRole("button", { name: "Save week" }).click();
    const invalid = weekly.locator('select[aria-invalid="true"]').first();
    await expect(invalid).toHaveAccessibleDescription(/Monday: .*overlaps/);
    await expect(invalid).toBeFocused();
    await expect(weekly.getByRole("alert")).toContainText("Fix the highlighted hours");

    // Fix it, copy Monday to Wednesday, save the week at once.
    await weekly.getByRole("button", { name: "Remove 11:00–13:00 on Monday" }).click();
    await weekly.getByRole("button", { name: /^Copy to… \(copy Monday/ }).click();
    await weekly.getByRole("group", { name: "Copy Monday’s hours to" }).getByRole("checkbox", { name: "Wednesday" }).check();
    await weekly.getByRole("button", { name: "Copy", exact: true }).click();
    await expect(weekly.getByLabel("From (Wednesday, hours 1)")).toHaveValue("10:00");
    await weekly.getByRole("button", { name: "Save week" }).click();
    await expect(weekly.getByText("Saved. Clients see the new hours right away.")).toBeVisible();
    await expect(weekly.locator('select[aria-invalid="true"]')).toHaveCount(0);

    const monday = nextWeekday(1);
    await withApi(playwright, baseURL, async (api) => {
      expect(await slotStarts(api, hostId, monday)).toEqual(["10:00", "10:30", "11:00"]);
      expect(await slotStarts(api, hostId, addDays(monday, 1))).toEqual([]);
      expect(await slotStarts(api, hostId, addDays(monday, 2))).toEqual(["10:00", "10:30", "11:00"]);
    });

    // The editor shows what was saved after a reload.
    await page.reload();
    await expect(page.getByRole("form", { name: "Weekly hours" }).getByLabel("To (Monday, hours 1)")).toHaveValue("12:00");
  });

  test("a host confirms a pending request from the dashboard", async ({ page, playwright, baseURL }) => {
    const host = await createUser(page.request, uniqueUser({ roles: ["host"], timeZone: "UTC" }));
    const hostToken = await tokenFor(page.request, host);
    const hostId = await idOf(page.request, hostToken);
    const week = await page.request.put("/api/v1/availability/weekly", {
      headers: bearer(hostToken),
      data: { rules: [0, 1, 2, 3, 4, 5, 6].map((dayOfWeek) => ({ dayOfWeek, start: "00:00", end: "24:00" })) },
    });
    expect(week.status(), await week.text()).toBe(200);

    const client = await createUser(page.request, uniqueUser({ roles: ["client"], name: `Casey ${Date.now().toString(36)}` }));
    const clientToken = await tokenFor(page.request, client);
    const date = addDays(new Date().toISOString().slice(0, 10), 3);
    const requested = await page.request.post("/api/v1/bookings", {
      headers: bearer(clientToken),
      data: { hostId, start: `${date}T10:00:00Z`, duration: 60, clientNotes: "Looking forward to it" },
    });
    expect(requested.status(), await requested.text()).toBe(201);
    const booking = (await requested.json()) as { id: string; status: string };
    expect(booking.status).toBe("pending");

    await signInViaApi(page, host);
    await open(page, "/dashboard");
    const pending = page.getByRole("list", { name: "Pending requests" });
    const request = pending.getByRole("article", { name: client.name });
    await expect(request).toContainText("10:00–11:00");
    await expect(request).toContainText("Looking forward to it");
    await request.getByRole("button", { name: /^Confirm/ }).click();

    await expect(page.getByText("No requests waiting")).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Request confirmed." })).toHaveCount(1);
    const status = await withApi(playwright, baseURL, async (api) => {
      const check = await api.get(`/api/v1/bookings/${booking.id}`, { headers: bearer(clientToken) });
      return ((await check.json()) as { status: string }).status;
    });
    expect(status).toBe("confirmed");

    // The week of the session shows it confirmed, and its details open from the calendar.
    await open(page, `/dashboard?week=${date}`);
    const block = page.getByRole("button", { name: new RegExp(`10:00–11:00\\s*${client.name}\\s*Confirmed`) });
    await expect(block).toBeVisible();
    await block.click();
    const details = page.locator(":popover-open").getByRole("article", { name: client.name });
    await expect(details.getByText("Confirmed", { exact: true })).toBeVisible();
    await expect(details.getByRole("button", { name: /^Cancel session/ })).toBeVisible();
  });
});
