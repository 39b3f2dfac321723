// axe-core on the booking pages (directory, host page with the calendar and
// the details form, my bookings, booking detail with its panels open), in
// both colour schemes, plus the mobile width.
import { expect, test, type Page } from "@playwright/test";
import { signInViaApi } from "./helpers/auth";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./helpers/axe";
import { apiToken, bookViaApi, createClientUser, createHost, dateIn, instantAt, longDate } from "./helpers/booking";

const expectNoViolations = (page: Page, where: string) => expectNoAxeViolations(page, { where });

async function seed(page: Page) {
  const request = page.request;
  const host = await createHost(request, { durations: [30, 60] });
  const client = await createClientUser(request);
  const token = await apiToken(request, client);
  const date = dateIn("UTC", 8);
  const booking = await bookViaApi(request, token, { hostId: host.id, start: instantAt(date, "15:00", "UTC") });
  await signInViaApi(page, client);
  return { host, client, booking, date };
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`booking pages accessibility (${colorScheme})`, () => {
    test.use({ colorScheme, timezoneId: "UTC" });
    // axe on pages with a calendar and a zone list takes a while on a busy machine.
    test.describe.configure({ timeout: 120_000 });

    test("host directory", async ({ page }) => {
      const { host } = await seed(page);
      // Searched by name: on a database shared with other tests the host may not be on the first page.
      await page.goto(`/hosts?q=${encodeURIComponent(host.user.name)}`);
      await expect(page.getByRole("heading", { level: 1, name: "Find a host" })).toBeVisible();
      await expect(page.getByRole("listitem").filter({ hasText: host.user.name }).first()).toBeVisible();
      await expectNoViolations(page, "/hosts");
    });

    test("host page and booking form", async ({ page }) => {
      const { host, date } = await seed(page);
      await page.goto(`/hosts/${host.id}?date=${date}`);
      const slots = page.getByRole("region", { name: `Free times on ${longDate(date)}` });
      await expect(slots.getByRole("button", { name: "10:00", exact: true })).toBeVisible();
      await expectNoViolations(page, "host page");

      await slots.getByRole("button", { name: "10:00", exact: true }).click();
      await expect(page.getByRole("form", { name: "Booking details" })).toBeVisible();
      await expectNoViolations(page, "booking form");
    });

    test("my bookings and the booking confirmation", async ({ page }) => {
      const { booking } = await seed(page);
      await page.goto("/bookings");
      await expect(page.getByRole("link", { name: booking.title })).toBeVisible();
      await expectNoViolations(page, "/bookings");

      await page.goto(`/bookings/${booking.id}?new=1`);
      await expect(page.getByRole("heading", { level: 1, name: "You’re booked" })).toBeVisible();
      await expectNoViolations(page, "booking confirmation");
    });

    test("booking detail with the reschedule and cancel panels open", async ({ page }) => {
      const { booking } = await seed(page);
      await page.goto(`/bookings/${booking.id}`);
      await page.getByRole("button", { name: "Reschedule" }).click();
      await expect(page.getByRole("heading", { name: "Pick a new time" })).toBeFocused();
      await expect(page.getByRole("region", { name: /^Free times on / }).getByRole("button").first()).toBeVisible();
      await page.getByRole("button", { name: "Cancel booking" }).click();
      await expect(page.getByRole("form", { name: "Cancel booking" })).toBeVisible();
      await expectNoViolations(page, "booking detail with panels");
    });
  });
}

test.describe("booking pages at 360 px", () => {
  test.use({ viewport: { width: 360, height: 780 }, timezoneId: "UTC" });
  test.describe.configure({ timeout: 120_000 });

  test("host page, my bookings and the booking detail fit without horizontal scrolling", async ({ page }) => {
    const { host, date, booking } = await seed(page);
    for (const path of [`/hosts/${host.id}?date=${date}`, "/bookings", "/hosts", `/bookings/${booking.id}`]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoHorizontalScroll(page, path);
      // The host page is checked below, once its slots are in.
      if (!path.startsWith("/hosts/")) await expectNoViolations(page, `${path} at 360 px`);
    }
    await page.goto(`/hosts/${host.id}?date=${date}`);
    await expect(page.getByRole("region", { name: `Free times on ${longDate(date)}` }).getByRole("button").first()).toBeVisible();
    await expectNoViolations(page, "host page at 360 px");
    // The header folds its links into a menu.
    await page.getByRole("button", { name: "Menu" }).click();
    await expect(page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "My bookings" })).toBeVisible();
  });
});
