// Auth helpers for e2e tests: unique users, and signing in without the UI.
import { expect, type APIRequestContext, type Page } from "@playwright/test";

export interface TestUser {
  email: string;
  password: string;
  name: string;
  roles?: ("client" | "host")[];
  timeZone?: string;
}

let counter = 0;

/** A user nobody else has: unique per test, per worker and per run. */
export function uniqueUser(overrides: Partial<TestUser> = {}): TestUser {
  counter += 1;
  const id = `${Date.now().toString(36)}${process.pid.toString(36)}${counter}${Math.random().toString(36).slice(2, 7)}`;
  return {
    email: `e2e-${id}@example.test`,
    password: `pw-${id}-secret`,
    name: `Test User ${id.slice(-6)}`,
    ...overrides,
  };
}

/** Creates the user through the public API (no UI). */
export async function createUser(request: APIRequestContext, user: TestUser = uniqueUser()): Promise<TestUser> {
  const response = await request.post("/api/v1/auth/signup", {
    data: {
      email: user.email,
      password: user.password,
      name: user.name,
      ...(user.roles ? { roles: user.roles } : {}),
      ...(user.timeZone ? { timeZone: user.timeZone } : {}),
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return user;
}

/**
 * Signs in through next-auth's credentials endpoint with the page's own request
 * context, so the session cookie lands in the browser context.
 */
export async function signInViaApi(page: Page, user: Pick<TestUser, "email" | "password">): Promise<void> {
  const csrf = await page.request.get("/api/auth/csrf");
  expect(csrf.ok()).toBe(true);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { email: user.email, password: user.password, csrfToken, json: "true" },
  });
  expect(response.ok()).toBe(true);
  const cookies = await page.context().cookies();
  expect(
    cookies.some((cookie) => cookie.name.endsWith("next-auth.session-token")),
    "next-auth did not set a session cookie: wrong credentials?",
  ).toBe(true);
}

/** Creates a fresh user and signs them in without touching the UI. */
export async function signedInUser(page: Page, overrides: Partial<TestUser> = {}): Promise<TestUser> {
  const user = await createUser(page.request, uniqueUser(overrides));
  await signInViaApi(page, user);
  return user;
}
