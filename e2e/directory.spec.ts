// The host directory's filters: topic, session type, price and next available
// narrow the list (the selects apply at once), and each card shows the host's
// next free time.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { bearer, createHost, type TestHost } from "./helpers/booking";

async function offer(request: APIRequestContext, host: TestHost, service: { name: string; sessionType: string; priceCents: number }) {
  const response = await request.post("/api/v1/services", {
    headers: bearer(host.token),
    data: { kind: "individual", durationMinutes: 60, currency: "USD", ...service },
  });
  expect(response.status(), await response.text()).toBe(201);
}

test("topic, session type and price filters narrow the directory", async ({ page, request }) => {
  // A topic of their own keeps other tests' hosts out of the list.
  const topic = `filters-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const [video, phone] = await Promise.all([createHost(request, { topics: [topic] }), createHost(request, { topics: [topic] })]);
  await offer(request, video, { name: "Video mentoring", sessionType: "video", priceCents: 2000 });
  await offer(request, phone, { name: "Phone coaching", sessionType: "audio", priceCents: 15000 });

  await page.goto(`/hosts?topic=${topic}`);
  const cards = page.getByRole("main").getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2 }) });
  const card = (host: TestHost) => cards.filter({ has: page.getByRole("link", { name: host.user.name }) });
  await expect(page.getByRole("combobox", { name: "Topic" })).toHaveValue(topic);
  await expect(page.getByRole("status").filter({ hasText: "2 hosts match" })).toBeVisible();
  await expect(cards).toHaveCount(2);
  // Both are open around the clock: each card names a next free time.
  for (const host of [video, phone]) {
    await expect(card(host).getByRole("definition").last()).not.toContainText(/Nothing in the next|Not available|Checking/);
  }

  await page.getByRole("combobox", { name: "Session type" }).selectOption({ label: "Phone call" });
  await expect(page).toHaveURL(/sessionType=audio/);
  await expect(cards).toHaveCount(1);
  await expect(card(phone)).toBeVisible();

  await page.getByRole("combobox", { name: "Session type" }).selectOption({ label: "Any type" });
  await expect(cards).toHaveCount(2);
  await page.getByRole("combobox", { name: "Price" }).selectOption({ label: "Up to $25" });
  await expect(page).toHaveURL(/maxPriceCents=2500/);
  await expect(cards).toHaveCount(1);
  await expect(card(video)).toBeVisible();

  await page.getByRole("combobox", { name: "Price" }).selectOption({ label: "Any price" });
  await expect(page).toHaveURL(/maxPriceCents=(&|$)/);
  await expect(cards).toHaveCount(2);

  // The phone coach takes no more sessions: "next available" leaves them out.
  const closed = await request.put("/api/v1/availability/weekly", { headers: bearer(phone.token), data: { rules: [] } });
  expect(closed.status(), await closed.text()).toBe(200);
  await page.getByRole("combobox", { name: "Next available" }).selectOption({ label: "Within a week" });
  await expect(page).toHaveURL(/freeWithinDays=7/);
  await expect(cards).toHaveCount(1);
  await expect(card(video)).toBeVisible();
  await page.getByRole("combobox", { name: "Next available" }).selectOption({ label: "Any time" });
  await expect(cards).toHaveCount(2);

  // Search by name within the topic, then clear everything.
  await page.getByRole("searchbox", { name: "Search" }).fill(phone.user.name);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(cards).toHaveCount(1);
  await expect(card(phone)).toBeVisible();
  await page.getByRole("link", { name: "Clear" }).click();
  await expect(page).toHaveURL(/\/hosts$/);
});
