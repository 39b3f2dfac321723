// Changing plans from the booking detail: rescheduling offers only the host's
// valid free times and moves the booking (same id); cancelling shows the policy
// before the click and records the reason. Checked through the API as well.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signInViaApi } from "./helpers/auth";
import { apiToken, bearer, bookViaApi, createClientUser, createHost, dateIn, instantAt, longDate, slotList } from "./helpers/booking";

const ZONE = "UTC";
test.use({ timezoneId: ZONE });

/** Two consecutive dates at least a week out, in the same month (the panel opens on the booking's month). */
function sameMonthPair(): [string, string] {
  for (let days = 8; ; days += 1) {
    const first = dateIn(ZONE, days);
    const second = dateIn(ZONE, days + 1);
    if (first.slice(0, 7) === second.slice(0, 7)) return [first, second];
  }
}

async function bookingOf(request: APIRequestContext, token: string, id: string) {
  const response = await request.get(`/api/v1/bookings/${id}`, { headers: bearer(token) });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as { id: string; status: string; start: string; end: string; cancellation: { reason: string | null; by: string | null } | null };
}

test.describe("booking detail", () => {
  test("reschedule offers only valid times and moves the booking", async ({ page, request }) => {
    const host = await createHost(request);
    // Mornings only: 09:00, 10:00 and 11:00 each day.
    const week = await request.put("/api/v1/availability/weekly", {
      headers: bearer(host.token),
      data: { rules: [0, 1, 2, 3, 4, 5, 6].map((dayOfWeek) => ({ dayOfWeek, start: "09:00", end: "12:00" })) },
    });
    expect(week.ok(), await week.text()).toBe(true);
    const [day, nextDay] = sameMonthPair();
    const client = await createClientUser(request);
    const token = await apiToken(request, client);
    const booking = await bookViaApi(request, token, { hostId: host.id, start: instantAt(day, "09:00", ZONE) });
    // Someone else holds 10:00 the next day.
    const other = await createClientUser(request);
    await bookViaApi(request, await apiToken(request, other), { hostId: host.id, start: instantAt(nextDay, "10:00", ZONE) });

    await signInViaApi(page, client);
    await page.goto(`/bookings/${booking.id}`);
    await page.getByRole("button", { name: "Reschedule" }).click();
    await expect(page.getByRole("heading", { name: "Pick a new time" })).toBeFocused();
    await page.getByRole("button", { name: new RegExp(`^${longDate(nextDay)}, 2 free slots`) }).click();
    const slots = page.getByRole("region", { name: `Free times on ${longDate(nextDay)}` });
    // Only the host's hours, without the taken 10:00.
    await expect(slots.getByRole("button")).toHaveText(["09:00", "11:00"]);

    await slots.getByRole("button", { name: "11:00", exact: true }).click();
    const confirm = page.getByRole("form", { name: "Confirm the new time" });
    await expect(confirm).toContainText("11:00–12:00");
    await confirm.getByLabel(`Message to ${host.user.name} (optional)`).fill("Mornings suit me better");
    await confirm.getByRole("button", { name: "Confirm new time" }).click();
    await expect(page.getByRole("heading", { name: "Pick a new time" })).toHaveCount(0);
    await expect(page.getByRole("main")).toContainText("11:00–12:00");

    // The same booking, at the new instant.
    const moved = await bookingOf(request, token, booking.id);
    expect(moved.id).toBe(booking.id);
    expect(moved.start).toBe(instantAt(nextDay, "11:00", ZONE));
    expect(moved.status).toBe("confirmed");
  });

  test("cancel shows the policy before the click and records the reason", async ({ page, request }) => {
    const host = await createHost(request);
    const client = await createClientUser(request);
    const token = await apiToken(request, client);
    const [day] = sameMonthPair();
    const booking = await bookViaApi(request, token, { hostId: host.id, start: instantAt(day, "15:00", ZONE) });

    await signInViaApi(page, client);
    await page.goto(`/bookings/${booking.id}`);
    const plans = page.getByRole("region", { name: "Change plans" });
    // The host's 24-hour notice, as a deadline, before anything is pressed.
    await expect(plans).toContainText(/Free cancellation until .* \(24 hours before\); after that, contact /);
    await plans.getByRole("button", { name: "Cancel booking" }).click();
    const form = page.getByRole("form", { name: "Cancel booking" });
    const reason = form.getByLabel("Reason (optional)");
    await expect(reason).toBeFocused();
    await expect(reason).toHaveAccessibleDescription(`${host.user.name} sees your reason.`);
    await reason.fill("A conflict at work");
    await form.getByRole("button", { name: "Cancel booking" }).click();

    await expect(page.getByText("Cancelled", { exact: true }).first()).toBeVisible();
    await expect(page.getByText("“A conflict at work”")).toBeVisible();
    await expect(page.getByRole("region", { name: "Change plans" })).toHaveCount(0);

    const cancelled = await bookingOf(request, token, booking.id);
    expect(cancelled.status).toBe("cancelled");
    expect(cancelled.cancellation).toMatchObject({ reason: "A conflict at work", by: "client" });

    // The time is free again on the host page.
    await page.goto(`/hosts/${host.id}?date=${day}`);
    await expect(slotList(page).getByRole("button", { name: "15:00", exact: true })).toBeVisible();
  });
});

test.describe("private pages answer with their real status", () => {
  test("signed out, each private page is a 307 to sign-in that comes back to it", async ({ request }) => {
    for (const path of ["/bookings", "/bookings/00000000-0000-4000-8000-000000000000", "/dashboard", "/availability", "/services", "/clients", "/settings", "/admin/mail", "/bookings?tab=past"]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(307);
      const location = new URL(response.headers()["location"] ?? "", "http://x");
      expect(location.pathname, path).toBe("/signin");
      expect(location.searchParams.get("callbackUrl"), path).toBe(path);
    }
  });

  test("a booking that does not exist, or is someone else's, is a 404 with its own message", async ({ page, request }) => {
    // createHost opens every hour of every day.
    const host = await createHost(request);
    const owner = await createClientUser(request);
    const booking = await bookViaApi(request, await apiToken(request, owner), { hostId: host.id, start: instantAt(dateIn(ZONE, 9), "10:00", ZONE) });
    const stranger = await createClientUser(request);
    await signInViaApi(page, stranger);
    for (const id of ["00000000-0000-4000-8000-000000000000", booking.id]) {
      const response = await page.goto(`/bookings/${id}`);
      expect(response?.status(), id).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Booking not found" })).toBeVisible();
    }
    // Its owner sees it.
    await signInViaApi(page, owner);
    const mine = await page.goto(`/bookings/${booking.id}`);
    expect(mine?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
});
