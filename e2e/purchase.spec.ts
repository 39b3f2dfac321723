// Buying a bundle of sessions from the host page: the purchase goes through
// POST /api/v1/bookings/purchases and opens as a booking of the client's.
import { expect, test } from "@playwright/test";
import { signInViaApi } from "./helpers/auth";
import { apiToken, bearer, createClientUser, createHost } from "./helpers/booking";

test("a client buys a bundle from the host page", async ({ page, request }) => {
  const host = await createHost(request);
  const name = `Three-session bundle ${Date.now().toString(36)}`;
  const created = await request.post("/api/v1/services", {
    headers: bearer(host.token),
    data: { kind: "bundle", name, durationMinutes: 60, priceCents: 15000, currency: "USD", bundleCredits: 3 },
  });
  expect(created.status(), await created.text()).toBe(201);

  // Signed out, the offer asks to sign in first.
  await page.goto(`/hosts/${host.id}`);
  const offers = page.getByRole("region", { name: "Packages and courses" });
  await expect(offers.getByRole("link", { name: `Sign in to buy ${name}` })).toBeVisible();

  const client = await createClientUser(request);
  const token = await apiToken(request, client);
  await signInViaApi(page, client);
  await page.goto(`/hosts/${host.id}`);
  await expect(offers).toContainText("$150");
  await offers.getByRole("button", { name: `Buy ${name}` }).click();

  await expect(page).toHaveURL(/\/bookings\/[0-9a-f-]{36}\?new=1$/);
  await expect(page.getByRole("heading", { level: 1, name: "You’re booked" })).toBeVisible();
  const id = new URL(page.url()).pathname.split("/").pop();
  const response = await request.get(`/api/v1/bookings/${id}`, { headers: bearer(token) });
  expect(response.status(), await response.text()).toBe(200);
  expect(await response.json()).toMatchObject({ kind: "bundle", status: "confirmed", hostId: host.id });
});
