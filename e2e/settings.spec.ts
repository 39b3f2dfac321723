// Settings end to end: an API token is shown once, works, and stops working
// when revoked.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signedInUser } from "./helpers/auth";
import { open, waitForHydration } from "./helpers/navigation";

test.describe("settings", () => {
  test("a user creates an API token, sees it once, uses it and revokes it", async ({ page, playwright, baseURL }) => {
    // A context of its own, without the browser's cookies and with fresh
    // connections (a keep-alive socket idle while the UI works may be reset).
    const meWith = async (token: string) => {
      const api: APIRequestContext = await playwright.request.newContext({ baseURL });
      try {
        const response = await api.get("/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
        return { status: response.status(), body: (await response.json()) as { email?: string } };
      } finally {
        await api.dispose();
      }
    };
    const user = await signedInUser(page, { roles: ["client"] });
    await open(page, "/settings");
    const section = page.getByRole("region", { name: "API tokens" });
    await expect(section.getByText("No API tokens")).toBeVisible();

    // A name is required: the error sits next to the field.
    await section.getByRole("button", { name: "Create token" }).click();
    await expect(section.getByLabel("Token name")).toHaveAccessibleDescription(/Name the token/);

    await section.getByLabel("Token name").fill("E2E script");
    await section.getByRole("button", { name: "Create token" }).click();
    const shown = section.getByRole("region", { name: "Your new token" });
    await expect(shown).toContainText("won’t be shown again");
    const token = (await shown.getByTestId("new-token").textContent())?.trim() ?? "";
    expect(token).toMatch(/^sb_[A-Za-z0-9_-]{20,}$/);
    await expect(shown.getByRole("button", { name: "Copy token" })).toBeVisible();

    const me = await meWith(token);
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(user.email);

    // Shown once: after a reload only its name and prefix remain.
    await page.reload();
    await waitForHydration(page);
    const list = page.getByRole("region", { name: "API tokens" }).getByRole("list", { name: "API tokens" });
    await expect(list.getByRole("listitem")).toHaveCount(1);
    await expect(list).toContainText("E2E script");
    await expect(list).toContainText(token.slice(0, 10));
    await expect(page.getByText(token)).toHaveCount(0);

    await list.getByRole("button", { name: "Revoke E2E script" }).click();
    const dialog = page.getByRole("dialog", { name: "Revoke “E2E script”?" });
    await expect(dialog.getByRole("button", { name: "Keep it" })).toBeFocused();
    await dialog.getByRole("button", { name: "Revoke token" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("region", { name: "API tokens" }).getByText("No API tokens")).toBeVisible();

    expect((await meWith(token)).status).toBe(401);
  });

  test("a client starts hosting from settings and reaches the dashboard", async ({ page }) => {
    await signedInUser(page, { roles: ["client"] });
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1, name: "The dashboard is for hosts" })).toBeVisible();
    await page.getByRole("link", { name: "Start hosting in Settings" }).click();
    await expect(page).toHaveURL(/\/settings#hosting$/);
    await waitForHydration(page);
    await page.getByRole("button", { name: "Start hosting" }).click();
    await expect(page).toHaveURL(/\/availability\?welcome=1$/);
    await expect(page.getByText("Welcome — you’re a host now.")).toBeVisible();
    await expect(page.getByRole("form", { name: "Weekly hours" })).toBeVisible();
    await open(page, "/dashboard");
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await expect(page.getByText("You haven’t published any weekly hours yet")).toBeVisible();
  });

  test("profile changes show at once, with errors next to their field", async ({ page }) => {
    await signedInUser(page, { roles: ["client"], timeZone: "UTC" });
    await open(page, "/settings");
    const profile = page.getByRole("form", { name: "Profile" });
    await profile.getByLabel("Avatar URL").fill("http://insecure.example/me.png");
    await profile.getByRole("button", { name: "Save profile" }).click();
    await expect(profile.getByLabel("Avatar URL")).toHaveAccessibleDescription(/Use an https:\/\/ image URL/);
    await profile.getByLabel("Avatar URL").fill("");
    await profile.getByLabel("Name", { exact: true }).fill("Renamed Person");
    await profile.getByRole("combobox", { name: "Time zone" }).focus();
    await profile.getByRole("combobox", { name: "Time zone" }).selectOption("Asia/Tokyo");
    await profile.getByRole("button", { name: "Save profile" }).click();
    await expect(profile.getByText("Profile saved.")).toBeVisible();
    await expect(page.getByRole("banner")).toContainText("Renamed Person");
    // The same session, through the API.
    await page.reload();
    await expect(page.getByRole("form", { name: "Profile" }).getByRole("combobox", { name: "Time zone" })).toHaveValue("Asia/Tokyo");
    await expect(page.getByRole("form", { name: "Profile" }).getByLabel("Name", { exact: true })).toHaveValue("Renamed Person");
  });
});

test.describe("calendar connections", () => {
  test("without calendar credentials on the server both providers say so, and Google Meet cannot be picked", async ({ page }) => {
    await signedInUser(page, { roles: ["client", "host"] });
    await open(page, "/settings");
    const list = page.getByRole("list", { name: "Calendar connections" });
    await expect(list.getByRole("listitem")).toHaveCount(2);
    await expect(list.getByText("Not configured", { exact: true })).toHaveCount(2);
    await expect(list).toContainText("Google Calendar is not configured on this server");
    await expect(list).toContainText("Outlook Calendar is not configured on this server");
    await expect(list.getByRole("button")).toHaveCount(0);
    const choice = page.getByLabel("Meeting links for your video sessions");
    await expect(choice).toHaveValue("auto");
    await expect(choice.getByRole("option", { name: /Google Meet/ })).toBeDisabled();
  });

  test("the OAuth callback sends an unfinished connection back to settings with the reason", async ({ page }) => {
    await signedInUser(page, { roles: ["client"] });
    await page.goto("/settings/calendars/google/callback?error=access_denied");
    await expect(page).toHaveURL(/\/settings\?calendar_error=access_denied#integrations$/);
    await expect(page.getByText("The calendar could not be connected (access_denied). Try again.")).toBeVisible();
  });
});
