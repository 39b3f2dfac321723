import { expect, test } from "@playwright/test";
import { createUser, signInViaApi, uniqueUser } from "./helpers/auth";

test.describe("authentication", () => {
  test("sign up, sign out and sign in again through the UI", async ({ page }) => {
    const user = uniqueUser();

    await page.goto("/");
    await page.getByRole("banner").getByRole("link", { name: "Sign up" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Create your account" })).toBeVisible();

    await page.getByLabel("Full name").fill(user.name);
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password", { exact: true }).fill(user.password);
    await page.getByRole("checkbox", { name: /I want to offer sessions/ }).check();
    await page.getByRole("combobox", { name: "Time zone" }).focus();
    await page.getByRole("combobox", { name: "Time zone" }).selectOption("Europe/Paris");
    await page.getByRole("button", { name: "Create account" }).click();

    await expect(page).toHaveURL("/");
    await expect(page.getByRole("heading", { level: 1, name: `Welcome, ${user.name}` })).toBeVisible();
    const account = page.getByRole("region", { name: "Your account" });
    await expect(account.getByText(user.email, { exact: true })).toBeVisible();
    await expect(account.getByText("Europe/Paris")).toBeVisible();
    await expect(account.getByRole("list", { name: "Roles" }).getByRole("listitem")).toHaveText(["Client", "Host"]);

    await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Book the right person/ })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();

    await page.getByRole("banner").getByRole("link", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Welcome back" })).toBeVisible();
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password", { exact: true }).fill(user.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();

    await expect(page.getByRole("heading", { level: 1, name: `Welcome, ${user.name}` })).toBeVisible();
    await expect(page).toHaveURL("/");
  });

  test("sign-in form rejects a wrong password", async ({ page }) => {
    const user = await createUser(page.request);
    await page.goto("/signin");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password", { exact: true }).fill("not-the-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toHaveText("Email or password is incorrect.");
    await expect(page).toHaveURL(/\/signin$/);
  });

  test("sign-up shows a taken email next to the email field", async ({ page }) => {
    const existing = await createUser(page.request);
    await page.goto("/signup");
    await page.getByLabel("Full name").fill("Someone Else");
    await page.getByLabel("Email").fill(existing.email);
    await page.getByLabel("Password", { exact: true }).fill("another-password");
    await page.getByRole("button", { name: "Create account" }).click();

    const email = page.getByLabel("Email");
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveAccessibleDescription("This email is already registered.");
    await expect(email).toBeFocused();
  });

  test("client-side validation uses the shared schema", async ({ page }) => {
    await page.goto("/signup");
    await page.getByRole("checkbox", { name: /I want to book sessions/ }).uncheck();
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByLabel("Full name")).toHaveAccessibleDescription("Enter your name.");
    await expect(page.getByLabel("Email")).toHaveAccessibleDescription("Enter a valid email address.");
    await expect(page.getByLabel("Password", { exact: true })).toHaveAccessibleDescription(
      "At least 8 characters. Use at least 8 characters.",
    );
    await expect(page.getByText("Choose at least one: booking sessions, offering them, or both.")).toBeVisible();
  });

  test("signs in without the UI via the credentials endpoint", async ({ page }) => {
    const user = await createUser(page.request, uniqueUser({ timeZone: "America/New_York" }));
    await signInViaApi(page, user);

    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: `Welcome, ${user.name}` })).toBeVisible();
    await expect(page.getByRole("region", { name: "Your account" }).getByText("America/New_York")).toBeVisible();

    // Signed-in users skip the sign-in page.
    await page.goto("/signin");
    await expect(page).toHaveURL("/");
  });
});
