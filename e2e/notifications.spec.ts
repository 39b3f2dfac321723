// Notification preferences in Settings, and the admin mail outbox's access
// rules as a browser meets them.
import { expect, test } from "@playwright/test";
import { signedInUser } from "./helpers/auth";
import { open, waitForHydration } from "./helpers/navigation";

test.describe("notifications", () => {
  test("a user turns session reminders off, and the choice sticks", async ({ page }) => {
    await signedInUser(page, { roles: ["client"] });
    await open(page, "/settings");
    const section = page.getByRole("region", { name: "Notifications" });
    const reminders = section.getByRole("checkbox", { name: /Session reminders/ });
    await expect(reminders).toBeChecked();

    await reminders.uncheck();
    await expect(section.getByText("You have unsaved changes.")).toBeVisible();
    await section.getByRole("button", { name: "Save preferences" }).click();
    await expect(section.getByText("Preferences saved.")).toBeVisible();

    const api = await page.request.get("/api/v1/me/notifications");
    expect(await api.json()).toEqual({ emailReminders: false });

    await page.reload();
    await waitForHydration(page);
    await expect(page.getByRole("region", { name: "Notifications" }).getByRole("checkbox", { name: /Session reminders/ })).not.toBeChecked();
  });

  test("the mail outbox asks anonymous visitors to sign in and is not found for non-admins", async ({ page }) => {
    await page.goto("/admin/mail");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin%2Fmail$/);

    await signedInUser(page, { roles: ["client", "host"] });
    const response = await page.goto("/admin/mail");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });
});
