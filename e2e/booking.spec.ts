// The client's booking journey: pick a slot on a host's page, book it, find it
// among upcoming bookings; the host confirms; two clients race for one slot.
// Every test seeds its own host and clients through the API.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInViaApi, type TestUser } from "./helpers/auth";
import { createClientUser, createHost, dateIn, longDate, pickSlot, slotList } from "./helpers/booking";

const ZONE = "Europe/Paris";
test.use({ timezoneId: ZONE });

async function signedInPage(browser: Browser, user: TestUser): Promise<Page> {
  const context = await browser.newContext({ timezoneId: ZONE });
  const page = await context.newPage();
  await signInViaApi(page, user);
  return page;
}

test.describe("booking", () => {
  test("a client books a slot and sees it among upcoming bookings", async ({ page, request }) => {
    const host = await createHost(request);
    const client = await createClientUser(request);
    await signInViaApi(page, client);
    const date = dateIn(ZONE, 3);

    await page.goto(`/hosts/${host.id}?date=${date}`);
    await expect(page.getByRole("heading", { level: 1, name: host.user.name })).toBeVisible();
    // The zone is detected from the browser and can be switched.
    await expect(page.getByRole("combobox", { name: "Times shown in" })).toHaveValue(ZONE);
    await expect(page.getByRole("button", { name: `${longDate(date)}, 24 free slots, selected` })).toBeVisible();

    await slotList(page).getByRole("button", { name: "10:00", exact: true }).click();
    await expect(page.getByRole("heading", { level: 3, name: `Session with ${host.user.name}` })).toBeFocused();
    await expect(page.getByText(/, 10:00–11:00$/)).toBeVisible();
    await page.getByLabel("What would you like to cover? (optional)").fill("Career plan for next year");
    await page.getByRole("button", { name: "Confirm booking" }).click();

    await expect(page).toHaveURL(/\/bookings\/[0-9a-f-]{36}\?new=1$/);
    await expect(page.getByRole("heading", { level: 1, name: "You’re booked" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Add to calendar" }).first().getByRole("link", { name: /Google Calendar/ })).toHaveAttribute(
      "href",
      /^https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE&dates=\d{8}T\d{6}Z\/\d{8}T\d{6}Z/,
    );
    // The .ics download is a calendar file for this session.
    const ics = page.getByRole("list", { name: "Add to calendar" }).first().getByRole("link", { name: /\.ics/ });
    const icsFile = await page.request.get((await ics.getAttribute("href")) ?? "");
    expect(icsFile.status()).toBe(200);
    expect(icsFile.headers()["content-type"]).toContain("text/calendar");
    expect(await icsFile.text()).toMatch(/BEGIN:VEVENT[\s\S]*DTSTART/);
    await expect(page.getByText("Career plan for next year")).toBeVisible();

    await page.getByRole("banner").getByRole("link", { name: "My bookings" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "My bookings" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Bookings" }).getByRole("link", { name: "Upcoming" })).toHaveAttribute("aria-current", "page");
    const item = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: `Session with ${host.user.name}` }) });
    await expect(item).toBeVisible();
    await expect(item).toContainText("10:00–11:00");
    await expect(item).toContainText("Confirmed");
  });

  test("the host confirms a request; the client then sees it confirmed with the meeting link", async ({ page, browser, request }) => {
    const host = await createHost(request, { requiresConfirmation: true });
    const client = await createClientUser(request);
    await signInViaApi(page, client);
    const date = dateIn(ZONE, 4);

    await pickSlot(page, host.id, date, "14:00");
    await page.getByRole("button", { name: "Request booking" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Request sent" })).toBeVisible();
    await expect(page.getByText("Awaiting confirmation", { exact: true })).toBeVisible();
    await expect(page.getByText(`The link appears here once ${host.user.name} confirms.`)).toBeVisible();
    const bookingUrl = new URL(page.url()).pathname;

    // The host opens the same booking in their own browser and confirms it.
    const hostPage = await signedInPage(browser, host.user);
    await hostPage.goto(bookingUrl);
    await expect(hostPage.getByRole("heading", { name: "This request needs your answer" })).toBeVisible();
    await hostPage.getByRole("button", { name: "Confirm booking" }).click();
    await expect(hostPage.getByText("Confirmed", { exact: true })).toBeVisible();
    await hostPage.context().close();

    await page.goto(bookingUrl);
    await expect(page.getByText("Confirmed", { exact: true })).toBeVisible();
    const join = page.getByRole("link", { name: /Join video call/ });
    await expect(join).toBeVisible();
    await expect(join).toHaveAttribute("href", /^https:\/\/\S+\/\S+$/);
  });

  test("two clients race for one slot: one wins, the other is told and sees fresh slots", async ({ browser, request }) => {
    const host = await createHost(request);
    const [alice, bob] = await Promise.all([createClientUser(request), createClientUser(request)]);
    const date = dateIn(ZONE, 5);
    const [a, b] = await Promise.all([signedInPage(browser, alice), signedInPage(browser, bob)]);

    await Promise.all([pickSlot(a, host.id, date, "09:00"), pickSlot(b, host.id, date, "09:00")]);
    await Promise.all([a.getByRole("button", { name: "Confirm booking" }).click(), b.getByRole("button", { name: "Confirm booking" }).click()]);

    const booked = (p: Page) => p.getByRole("heading", { level: 1, name: "You’re booked" });
    const taken = (p: Page) => p.getByRole("alert").filter({ hasText: "This time was just taken. Pick another slot." });
    await expect(booked(a).or(taken(a))).toBeVisible();
    await expect(booked(b).or(taken(b))).toBeVisible();
    const aWon = await booked(a).isVisible();
    const [winner, loser] = aWon ? [a, b] : [b, a];
    await expect(booked(winner)).toBeVisible();
    await expect(taken(loser)).toBeVisible();

    // The loser is back on the calendar, on the same day, without the taken time.
    const slots = loser.getByRole("region", { name: `Free times on ${longDate(date)}` });
    await expect(slots.getByRole("button", { name: "10:00", exact: true })).toBeVisible();
    await expect(slots.getByRole("button", { name: "09:00", exact: true })).toHaveCount(0);
    await expect(loser.getByRole("button", { name: `${longDate(date)}, 23 free slots, selected` })).toBeVisible();

    await a.context().close();
    await b.context().close();
  });

  test("keyboard only: arrows move through the calendar, Enter picks a day and a time", async ({ page, request }) => {
    const host = await createHost(request);
    const client = await createClientUser(request);
    await signInViaApi(page, client);
    const date = dateIn(ZONE, 2);
    const next = dateIn(ZONE, 3);

    await page.goto(`/hosts/${host.id}?date=${date}`);
    const selected = page.getByRole("button", { name: `${longDate(date)}, 24 free slots, selected` });
    await expect(selected).toBeVisible();
    await selected.focus();
    await page.keyboard.press("ArrowRight");
    const nextDay = page.getByRole("button", { name: new RegExp(`^${longDate(next)}, 24 free slots`) });
    await expect(nextDay).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: `${longDate(next)}, 24 free slots, selected` })).toBeFocused();
    await expect(page.getByRole("region", { name: `Free times on ${longDate(next)}` })).toBeVisible();

    // Tab leaves the grid in one stop (roving tabindex), then reaches the zone select and the first time.
    await page.keyboard.press("Tab");
    await expect(page.getByRole("combobox", { name: "Times shown in" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "00:00", exact: true })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 3, name: `Session with ${host.user.name}` })).toBeFocused();
  });

  test("signed-out visitors are sent to sign in and come back to the slot they picked", async ({ page, request }) => {
    const host = await createHost(request);
    const client = await createClientUser(request);
    const date = dateIn(ZONE, 6);

    await page.goto(`/hosts/${host.id}?date=${date}`);
    await slotList(page).getByRole("button", { name: "11:00", exact: true }).click();
    await page.getByRole("link", { name: "Sign in to book" }).click();
    await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
    await page.getByLabel("Email").fill(client.email);
    await page.getByLabel("Password", { exact: true }).fill(client.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();

    await expect(page).toHaveURL(new RegExp(`/hosts/${host.id}\\?`));
    await expect(page.getByRole("form", { name: "Booking details" })).toBeVisible();
    await expect(page.getByText(/11:00–12:00/)).toBeVisible();
    await page.getByRole("button", { name: "Confirm booking" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "You’re booked" })).toBeVisible();
  });
});
