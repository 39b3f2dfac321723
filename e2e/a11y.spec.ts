// Automated accessibility checks (axe-core) on every page of the shell, in both
// colour schemes. Axe finds roughly a third of real issues: it complements, not
// replaces, keyboard and screen-reader testing.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signedInUser } from "./helpers/auth";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, "axe violations").toEqual([]);
}

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

    test("signed-in home", async ({ page }) => {
      const user = await signedInUser(page, { roles: ["client", "host"] });
      await page.goto("/");
      await expect(page.getByRole("heading", { level: 1, name: `Welcome, ${user.name}` })).toBeVisible();
      await expectNoViolations(page);
    });
  });
}

test("skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/signin");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main")).toBeFocused();
});
