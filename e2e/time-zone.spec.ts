// Switching the time zone on the host page changes the times shown, not the
// instants: the booking made after the switch is the instant the host offered.
import { expect, test } from "@playwright/test";
import { signInViaApi } from "./helpers/auth";
import { apiToken, bearer, createClientUser, createHost, dateIn, instantAt, longDate } from "./helpers/booking";

test.use({ timezoneId: "UTC" });

test("switching time zone changes the displayed times, not the instants booked", async ({ page, request }) => {
  const host = await createHost(request);
  // 09:00–12:00 UTC each day: in Tokyo (UTC+9, no DST) that is 18:00–21:00 the same day.
  const week = await request.put("/api/v1/availability/weekly", {
    headers: bearer(host.token),
    data: { rules: [0, 1, 2, 3, 4, 5, 6].map((dayOfWeek) => ({ dayOfWeek, start: "09:00", end: "12:00" })) },
  });
  expect(week.ok(), await week.text()).toBe(true);
  const client = await createClientUser(request);
  const token = await apiToken(request, client);
  await signInViaApi(page, client);
  const date = dateIn("UTC", 5);

  await page.goto(`/hosts/${host.id}?date=${date}`);
  const zone = page.getByRole("combobox", { name: "Times shown in" });
  await expect(zone).toHaveValue("UTC");
  const slots = page.getByRole("region", { name: `Free times on ${longDate(date)}` });
  await expect(slots.getByRole("button")).toHaveText(["09:00", "10:00", "11:00"]);

  // The select lists every zone from the first focus on (a user reaches for it before choosing).
  await zone.focus();
  await zone.selectOption("Asia/Tokyo");
  await expect(zone).toHaveValue("Asia/Tokyo");
  await expect(slots.getByRole("button")).toHaveText(["18:00", "19:00", "20:00"]);

  await slots.getByRole("button", { name: "19:00", exact: true }).click();
  const details = page.getByRole("form", { name: "Booking details" });
  await expect(details).toBeVisible();
  await expect(page.getByText(/, 19:00–20:00$/)).toBeVisible();
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "You’re booked" })).toBeVisible();
  // The confirmation speaks the zone the viewer chose.
  await expect(page.getByText(/19:00–20:00 · Tokyo time/)).toBeVisible();

  // The instant booked is 10:00 UTC, whatever zone it was picked in.
  const id = new URL(page.url()).pathname.split("/").pop();
  const response = await request.get(`/api/v1/bookings/${id}`, { headers: bearer(token) });
  expect(response.status(), await response.text()).toBe(200);
  const booking = (await response.json()) as { start: string; end: string };
  expect(booking.start).toBe(instantAt(date, "10:00", "UTC"));
  expect(booking.end).toBe(instantAt(date, "11:00", "UTC"));

  // The choice is remembered; back in UTC the remaining times are the same instants as before, minus the booked one.
  await page.goto(`/hosts/${host.id}?date=${date}`);
  await expect(zone).toHaveValue("Asia/Tokyo");
  await expect(slots.getByRole("button")).toHaveText(["18:00", "20:00"]);
  await zone.focus();
  await zone.selectOption("UTC");
  await expect(slots.getByRole("button")).toHaveText(["09:00", "11:00"]);
});

// The calendar takes zone offsets from Temporal where the browser has it, and Intl elsewhere
// (components/calendar/zone-offset.ts): in this browser, both must agree for every zone it lists.
test("the browser's Temporal and Intl agree on every zone's offset", async ({ page }) => {
  await page.goto("/hosts");
  const disagreements = await page.evaluate(() => {
    const T = (globalThis as { Temporal?: { Instant: { fromEpochMilliseconds(ms: number): { toZonedDateTimeISO(zone: string): { offsetNanoseconds: number } } } } }).Temporal;
    if (!T) return ["no Temporal in this browser: the Intl path is the one the unit tests cover"];
    const out: string[] = [];
    const instants = [Date.UTC(2026, 0, 15), Date.UTC(2026, 6, 15), Date.UTC(2027, 2, 28, 1, 30), Date.UTC(2030, 9, 27, 0, 59)];
    for (const zone of Intl.supportedValuesOf("timeZone")) {
      const intl = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
      for (const ms of instants) {
        const name = intl.formatToParts(ms).find((p) => p.type === "timeZoneName")?.value ?? "";
        const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name);
        const minutes = m?.[1] ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
        const temporal = T.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).offsetNanoseconds / 6e10;
        if (!m || temporal !== minutes) out.push(`${zone} at ${new Date(ms).toISOString()}: Intl ${name}, Temporal ${temporal} min`);
      }
    }
    return out;
  });
  expect(disagreements).toEqual([]);
});
