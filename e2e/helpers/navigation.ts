import { expect, type Page } from "@playwright/test";

/**
 * Navigates and waits until React has hydrated the page: input typed into
 * server-rendered fields before hydration would be lost. The host pages mark
 * their live region (components/host/announcer.tsx) once hydrated.
 */
export async function open(page: Page, path: string) {
  await page.goto(path);
  await waitForHydration(page);
}

export async function waitForHydration(page: Page) {
  await expect(page.locator("[data-hydrated]")).toBeAttached();
}
