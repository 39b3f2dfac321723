// Automated accessibility checks (axe-core) on every page of the shell (landing,
// sign-in/up, API reference, not-found and error pages), in both colour
// schemes and at 360 px. The booking pages are in booking-a11y.spec.ts, the
// host and settings pages in host-a11y.spec.ts.
import { expect, test } from "@playwright/test";
import { signedInUser } from "./helpers/auth";
import { expectNoAxeViolations as expectNoViolations, expectNoHorizontalScroll } from "./helpers/axe";

const NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`accessibility (${colorScheme})`, () => {
    test.use({ colorScheme });

    test("landing page", async ({ page }) => {
      await page.goto("/");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoViolations(page);
    });

    test("sign-in page, with validation errors", async ({ page }) => {
      await page.goto("/signin");
      await expectNoViolations(page);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await expect(page.getByText("Enter your password.")).toBeVisible();
      await expectNoViolations(page);
    });

    test("sign-up page, with validation errors", async ({ page }) => {
      await page.goto("/signup");
      await expect(page.getByRole("combobox", { name: "Time zone" })).toBeVisible();
      await expectNoViolations(page);
      await page.getByRole("checkbox", { name: /I want to book sessions/ }).uncheck();
      await page.getByRole("button", { name: "Create account" }).click();
      await expect(page.getByText("Enter your name.")).toBeVisible();
      await expectNoViolations(page);
    });

    test("not-found page", async ({ page }) => {
      const response = await page.goto("/no-such-page");
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
      await expectNoViolations(page);
    });

    test("host and booking not-found pages", async ({ page }) => {
      await signedInUser(page, { roles: ["client"] });
      const host = await page.goto(`/hosts/${NO_SUCH_ID}`);
      expect(host?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Host not found" })).toBeVisible();
      await expectNoViolations(page, { where: "host not found" });
      // The booking page streams behind its loading skeleton, so its 404 comes after a 200 status line.
      await page.goto(`/bookings/${NO_SUCH_ID}`);
      await expect(page.getByRole("heading", { level: 1, name: "Booking not found" })).toBeVisible();
      await expectNoViolations(page, { where: "booking not found" });
    });

    test("API reference", async ({ page }) => {
      // The reference renders every operation of the OpenAPI document (some 12,000 elements):
      // axe needs over a minute on a busy 2-core machine.
      test.setTimeout(300_000);
      await page.goto("/docs/api");
      await expect(page.getByRole("heading", { level: 1, name: /reference$/ })).toBeVisible();
      await expectNoViolations(page, { where: "/docs/api" });
    });

    test("signed-in home", async ({ page }) => {
      const user = await signedInUser(page, { roles: ["client", "host"] });
      await page.goto("/");
      await expect(page.getByRole("heading", { level: 1, name: `Welcome, ${user.name}` })).toBeVisible();
      await expectNoViolations(page);
    });
  });
}

test.describe("shell pages at 360 px", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test("landing, sign-in, sign-up, API reference and not-found fit without sideways scrolling", async ({ page }) => {
    test.setTimeout(180_000);
    for (const path of ["/", "/signin", "/signup", "/docs/api", "/no-such-page"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoHorizontalScroll(page, path);
      // The API reference is scanned in both colour schemes above (over a minute each).
      if (path !== "/docs/api") await expectNoViolations(page, { where: `${path} at 360 px` });
    }
  });

  test("signed-in home fits", async ({ page }) => {
    await signedInUser(page, { roles: ["client", "host"] });
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: /^Welcome, / })).toBeVisible();
    await expectNoHorizontalScroll(page, "signed-in home");
    await expectNoViolations(page, { where: "signed-in home at 360 px" });
  });
});

test("skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/signin");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main")).toBeFocused();
});
