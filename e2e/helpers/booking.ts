// Booking helpers for e2e tests: hosts with open calendars, API tokens and
// calendar dates, all set up through the public API (no UI).
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { createUser, uniqueUser, type TestUser } from "./auth";

export interface TestHost {
  user: TestUser;
  id: string;
  token: string;
}

export async function apiToken(request: APIRequestContext, user: Pick<TestUser, "email" | "password">): Promise<string> {
  const response = await request.post("/api/v1/auth/token", { data: { email: user.email, password: user.password } });
  expect(response.status(), await response.text()).toBe(201);
  const { token } = (await response.json()) as { token: string };
  return token;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/**
 * A host who can be booked right now: no minimum notice, every day of the
 * week open 00:00–24:00 in their zone, hour-long slots on the hour.
 */
export async function createHost(
  request: APIRequestContext,
  options: { requiresConfirmation?: boolean; durations?: number[]; timeZone?: string; headline?: string; topics?: string[] } = {},
): Promise<TestHost> {
  const user = uniqueUser({ roles: ["host"], timeZone: options.timeZone ?? "UTC" });
  const signup = await request.post("/api/v1/auth/signup", {
    data: { email: user.email, password: user.password, name: user.name, roles: user.roles, timeZone: user.timeZone },
  });
  expect(signup.status(), await signup.text()).toBe(201);
  const { user: created } = (await signup.json()) as { user: { id: string } };
  const token = await apiToken(request, user);

  const settings = await request.patch("/api/v1/me/host-settings", {
    headers: bearer(token),
    data: {
      minNoticeMinutes: 0,
      minCancelNoticeHours: 24,
      horizonDays: 60,
      slotIntervalMinutes: 60,
      durationsMinutes: options.durations ?? [60],
      requiresConfirmation: options.requiresConfirmation ?? false,
      headline: options.headline ?? "Test host for end-to-end bookings",
      topics: options.topics ?? ["testing"],
      active: true,
    },
  });
  expect(settings.ok(), await settings.text()).toBe(true);

  const weekly = await request.put("/api/v1/availability/weekly", {
    headers: bearer(token),
    data: { rules: [0, 1, 2, 3, 4, 5, 6].map((dayOfWeek) => ({ dayOfWeek, start: "00:00", end: "24:00" })) },
  });
  expect(weekly.ok(), await weekly.text()).toBe(true);
  return { user, id: created.id, token };
}

/** A client account (not signed in anywhere yet). */
export async function createClientUser(request: APIRequestContext, overrides: Partial<TestUser> = {}): Promise<TestUser> {
  return createUser(request, uniqueUser({ roles: ["client"], ...overrides }));
}

/** "YYYY-MM-DD" in `zone`, `days` from now. */
export function dateIn(zone: string, days: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(Date.now() + days * 86_400_000));
}

/** "Friday 4 December": how the calendar and the slot list name a date. */
export function longDate(date: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "long", day: "numeric", month: "long" }).format(new Date(`${date}T00:00:00Z`));
}

/** The instant of a wall-clock time on `date` in `zone` (zones without DST changes that day). */
export function instantAt(date: string, time: string, zone: string): string {
  const guess = new Date(`${date}T${time}:00Z`);
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" }).formatToParts(guess);
  const offset = parts.find((p) => p.type === "timeZoneName")?.value.replace("GMT", "") || "+00:00";
  return new Date(`${date}T${time}:00${offset}`).toISOString();
}

/** The free-times region of the host page (or of the reschedule panel). */
export const slotList = (page: Page) => page.getByRole("region", { name: /^Free times on / });

/** Opens the host page on `date`, picks `time` and waits for the details step. */
export async function pickSlot(page: Page, hostId: string, date: string, time: string): Promise<void> {
  await page.goto(`/hosts/${hostId}?date=${date}`);
  const slots = page.getByRole("region", { name: `Free times on ${longDate(date)}` });
  await slots.getByRole("button", { name: time, exact: true }).click();
  await expect(page.getByRole("form", { name: "Booking details" })).toBeVisible();
}

/** Books through the API, as `token`'s user; returns the booking. */
export async function bookViaApi(request: APIRequestContext, token: string, input: { hostId: string; start: string; duration?: number }) {
  const response = await request.post("/api/v1/bookings", { headers: bearer(token), data: { duration: 60, ...input } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string; status: string; title: string };
}
