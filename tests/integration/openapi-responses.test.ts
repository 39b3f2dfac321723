// Keeps the OpenAPI document honest: every operation is called through its
// real route handler and the answer is parsed with the zod schema the document
// was generated from. A field the code returns but the docs do not list, a
// wrong type or nullability, an undocumented status or error code: all fail.
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { POST as signUpRoute } from "@/app/api/v1/auth/signup/route";
import { POST as tokenRoute } from "@/app/api/v1/auth/token/route";
import { GET as meRoute } from "@/app/api/v1/me/route";
import { GET as feedUrlGet, POST as feedUrlRotate } from "@/app/api/v1/me/calendar-feed/route";
import { GET as calendarsGet } from "@/app/api/v1/me/calendars/route";
import { DELETE as calendarDelete } from "@/app/api/v1/me/calendars/[provider]/route";
import { POST as calendarConnectPost } from "@/app/api/v1/me/calendars/[provider]/connect/route";
import { GET as hostSettingsGet, PATCH as hostSettingsPatch } from "@/app/api/v1/me/host-settings/route";
import { GET as hostsRoute } from "@/app/api/v1/hosts/route";
import { GET as hostRoute } from "@/app/api/v1/hosts/[id]/route";
import { GET as hostServicesRoute } from "@/app/api/v1/hosts/[id]/services/route";
import { GET as slotsRoute } from "@/app/api/v1/hosts/[id]/slots/route";
import { GET as availabilityGet, POST as availabilityPost } from "@/app/api/v1/availability/route";
import { DELETE as availabilityDelete, PATCH as availabilityPatch } from "@/app/api/v1/availability/[id]/route";
import { PUT as weeklyPut } from "@/app/api/v1/availability/weekly/route";
import { GET as servicesGet, POST as servicesPost } from "@/app/api/v1/services/route";
import { DELETE as serviceDelete, PATCH as servicePatch } from "@/app/api/v1/services/[id]/route";
import { POST as occurrencesPost } from "@/app/api/v1/services/[id]/occurrences/route";
import { GET as bookingsGet, POST as bookingsPost } from "@/app/api/v1/bookings/route";
import { POST as purchasesPost } from "@/app/api/v1/bookings/purchases/route";
import { GET as statisticsGet } from "@/app/api/v1/bookings/statistics/route";
import { GET as bookingGet, PATCH as bookingPatch } from "@/app/api/v1/bookings/[id]/route";
import { POST as actionPost } from "@/app/api/v1/bookings/[id]/[action]/route";
import { GET as notesGet, POST as notesPost } from "@/app/api/v1/bookings/[id]/notes/route";
import { POST as feedbackPost } from "@/app/api/v1/bookings/[id]/feedback/route";
import { GET as icsGet } from "@/app/api/v1/bookings/[id]/ics/route";
import { GET as feedGet } from "@/app/api/v1/calendar/[feed]/route";
import { GET as webhooksGet, POST as webhooksPost } from "@/app/api/v1/webhooks/route";
import { DELETE as webhookDelete } from "@/app/api/v1/webhooks/[id]/route";
import { GET as deliveriesGet } from "@/app/api/v1/webhooks/[id]/deliveries/route";
import { GET as openApiGet } from "@/app/api/v1/openapi.json/route";
import { GET as tokensGet, POST as tokensPost } from "@/app/api/v1/me/tokens/route";
import { DELETE as tokenDelete } from "@/app/api/v1/me/tokens/[id]/route";
import { GET as clientsGet, POST as clientsPost } from "@/app/api/v1/clients/route";
import { DELETE as clientDelete } from "@/app/api/v1/clients/[id]/route";
import { GET as integrationsGet } from "@/app/api/v1/integrations/route";
import { GET as notificationsGet, PATCH as notificationsPatch } from "@/app/api/v1/me/notifications/route";
import { GET as mailListGet } from "@/app/api/v1/admin/mail/route";
import { GET as mailGet } from "@/app/api/v1/admin/mail/[id]/route";
import { POST as stripeWebhookPost } from "@/app/api/v1/payments/stripe/webhook/route";
import { stripeSignatureHeader } from "@/lib/integrations/payments/stripe-signature";
import { getPrisma } from "@/lib/db";
import { problemCodes } from "@/lib/http/openapi/document";
import { OPERATIONS, type OperationSpec } from "@/lib/http/openapi/registry";
import { problemSchema } from "@/lib/http/openapi/responses";
import { callRoute, type CallOptions, type CallResult } from "../support/call-route";
import { futureStart, makeAdmin, makeHost, makeUser, type TestUser } from "../support/fixtures";

type AnyHandler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;

const byId = new Map(OPERATIONS.map((op) => [op.operationId, op]));
const succeeded = new Set<string>();

/** Checks one real answer against the documented responses of `operationId`. */
function expectDocumented(operationId: string, res: CallResult): void {
  const op = byId.get(operationId) as OperationSpec;
  expect(op, `no operation ${operationId} in the registry`).toBeDefined();
  const where = `${op.method} ${op.path} -> ${res.status}`;
  const spec = op.responses[res.status];
  if (spec) {
    if (res.status < 300) succeeded.add(operationId);
    if (!spec.schema) {
      expect(res.text, `${where}: documented without a body`).toBe("");
      return;
    }
    const contentType = spec.contentType ?? "application/json";
    expect(res.headers.get("content-type") ?? "", where).toContain(contentType);
    if (contentType !== "application/json") {
      spec.schema.parse(res.text);
      return;
    }
    const parsed = (spec.schema as z.ZodType).safeParse(res.body);
    expect(parsed.success ? [] : parsed.error.issues, `${where}: the body does not match the documented schema`).toEqual([]);
    // zod objects drop unknown keys: a difference is a field the docs do not list.
    expect(parsed.data, `${where}: the body has fields the documented schema does not list`).toEqual(res.body);
    return;
  }
  const codes = problemCodes(op).get(res.status);
  expect(codes, `${where}: status not documented (body ${res.text.slice(0, 300)})`).toBeDefined();
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  expect(problemSchema.safeParse(res.body).success, `${where}: not a problem document`).toBe(true);
  expect(codes, `${where}: code not documented`).toContain((res.body as { code: string }).code);
}

async function call(operationId: string, handler: unknown, options: CallOptions & { params?: Record<string, string> } = {}): Promise<CallResult> {
  const op = byId.get(operationId);
  const res = await callRoute(handler as AnyHandler, { method: op?.method, ...options } as CallOptions & { params?: never });
  expectDocumented(operationId, res);
  return res;
}

let host: TestUser;
let setupHost: TestUser;
let client: TestUser;
let otherClient: TestUser;

beforeAll(async () => {
  host = await makeHost({ requiresConfirmation: true, minCancelNoticeHours: 0 });
  setupHost = await makeHost({ requiresConfirmation: false });
  client = await makeUser({ name: "Casey" });
  otherClient = await makeUser();
});

describe("auth and account", () => {
  it("sign-up, token, me, calendar feed", async () => {
    const email = `docs-${Date.now()}@test.dev`;
    const signup = await call("signUp", signUpRoute, { body: { email, password: "correct horse", name: "Docs Reader", roles: ["client", "host"], timeZone: "Europe/Paris" } });
    expect(signup.status).toBe(201);
    expect((await call("signUp", signUpRoute, { body: { email, password: "correct horse", name: "Again" } })).status).toBe(409);
    expect((await call("signUp", signUpRoute, { body: { email: "nope", password: "x" } })).status).toBe(400);
    expect((await call("createToken", tokenRoute, { body: { email, password: "correct horse" } })).status).toBe(201);
    expect((await call("createToken", tokenRoute, { body: { email, password: "wrong password" } })).status).toBe(401);
    expect((await call("getMe", meRoute, { token: host.token })).status).toBe(200);
    expect((await call("getMe", meRoute, {})).status).toBe(401);
    expect((await call("getCalendarFeed", feedUrlGet, { token: client.token })).status).toBe(200);
    expect((await call("rotateCalendarFeed", feedUrlRotate, { token: client.token })).status).toBe(200);
    const token = await call("createApiToken", tokensPost, { token: client.token, body: { name: "Docs script" } });
    expect(token.status).toBe(201);
    expect((await call("listApiTokens", tokensGet, { token: client.token })).status).toBe(200);
    expect((await call("revokeApiToken", tokenDelete, { token: client.token, params: { id: (token.body as { id: string }).id } })).status).toBe(204);
    expect((await call("revokeApiToken", tokenDelete, { token: client.token, params: { id: "00000000-0000-4000-8000-000000000000" } })).status).toBe(404);
  });
});

describe("hosts and host setup", () => {
  it("host directory, profile, services and slots", async () => {
    const created = await call("createService", servicesPost, { token: host.token, body: { name: "Mock interview", durationMinutes: 60, priceCents: 5000, currency: "EUR", sessionType: "video" } });
    expect(created.status).toBe(201);
    expect((await call("listHosts", hostsRoute, { path: "/api/v1/hosts?pageSize=100" })).status).toBe(200);
    expect((await call("getHost", hostRoute, { params: { id: host.id } })).status).toBe(200);
    expect((await call("getHost", hostRoute, { params: { id: client.id } })).status).toBe(404);
    expect((await call("listHostServices", hostServicesRoute, { params: { id: host.id } })).status).toBe(200);
    const day = futureStart(3).slice(0, 10);
    const slots = await call("getHostSlots", slotsRoute, { params: { id: host.id }, path: `/api/v1/hosts/${host.id}/slots?start=${day}&end=${day}&duration=30&duration=60` });
    expect(slots.status).toBe(200);
    expect((await call("getHostSlots", slotsRoute, { params: { id: host.id }, path: `/api/v1/hosts/${host.id}/slots?start=${day}` })).status).toBe(400);
  });

  it("availability", async () => {
    const token = setupHost.token;
    expect((await call("listAvailability", availabilityGet, { token })).status).toBe(200);
    expect((await call("listAvailability", availabilityGet, { token: client.token })).status).toBe(403);
    const off = await call("createAvailability", availabilityPost, { token, body: { type: "time_off", startDate: "2031-08-01", endDate: "2031-08-03", reason: "Holiday" } });
    expect(off.status).toBe(201);
    const override = await call("createAvailability", availabilityPost, { token, body: { type: "override", date: "2031-12-24", start: "09:00", end: "12:00" } });
    expect(override.status).toBe(201);
    const overrideId = (override.body as { created: { id: string } }).created.id;
    expect((await call("updateAvailability", availabilityPatch, { token, params: { id: overrideId }, body: { end: "13:00" } })).status).toBe(200);
    expect((await call("deleteAvailability", availabilityDelete, { token, params: { id: overrideId } })).status).toBe(204);
    expect((await call("deleteAvailability", availabilityDelete, { token, params: { id: overrideId } })).status).toBe(404);
    const week = [0, 1, 2, 3, 4, 5, 6].map((dayOfWeek) => ({ dayOfWeek, start: "00:00", end: "24:00" }));
    expect((await call("replaceWeeklyAvailability", weeklyPut, { token, body: { rules: week } })).status).toBe(200);
  });

  it("host settings, services and group occurrences", async () => {
    const token = setupHost.token;
    expect((await call("getHostSettings", hostSettingsGet, { token })).status).toBe(200);
    expect((await call("updateHostSettings", hostSettingsPatch, { token, body: { headline: "Docs host", dailyBookingLimit: null } })).status).toBe(200);
    expect((await call("updateHostSettings", hostSettingsPatch, { token, body: {} })).status).toBe(400);
    const group = await call("createService", servicesPost, { token, body: { kind: "group", name: "Workshop", durationMinutes: 90, priceCents: 0, capacity: 5 } });
    expect(group.status).toBe(201);
    const groupId = (group.body as { id: string }).id;
    expect((await call("updateService", servicePatch, { token, params: { id: groupId }, body: { description: "Hands-on" } })).status).toBe(200);
    expect((await call("scheduleOccurrence", occurrencesPost, { token, params: { id: groupId }, body: { start: futureStart(20, 9) } })).status).toBe(201);
    expect((await call("listMyServices", servicesGet, { token })).status).toBe(200);
    const spare = await call("createService", servicesPost, { token, body: { name: "Spare", durationMinutes: 30, priceCents: 0 } });
    expect((await call("deleteService", serviceDelete, { token, params: { id: (spare.body as { id: string }).id } })).status).toBe(200);
    expect((await call("deleteService", serviceDelete, { token, params: { id: (spare.body as { id: string }).id } })).status).toBe(404);
  });
});

describe("bookings", () => {
  const book = async (days: number, hh: number, by = client) => {
    const res = await call("createBooking", bookingsPost, { token: by.token, body: { hostId: host.id, start: futureStart(days, hh), duration: 60, agenda: "Talk" } });
    expect(res.status, res.text).toBe(201);
    return (res.body as { id: string }).id;
  };
  /** Moves a booking so it started `minutesAgo` minutes ago (negative: starts in the future). */
  const shift = (id: string, minutesAgo: number) =>
    getPrisma().booking.update({
      where: { id },
      data: { startAt: new Date(Date.now() - minutesAgo * 60_000), endAt: new Date(Date.now() - minutesAgo * 60_000 + 3_600_000) },
      select: { id: true },
    });

  it("create, read, list, edit, notes, statistics, calendar", async () => {
    const id = await book(3, 9);
    expect((await call("createBooking", bookingsPost, { token: client.token, body: { hostId: host.id, start: futureStart(3, 9, 10), duration: 60 } })).status).toBe(409);
    expect((await call("createBooking", bookingsPost, { token: client.token, body: { hostId: host.id } })).status).toBe(400);
    expect((await call("getBooking", bookingGet, { token: client.token, params: { id } })).status).toBe(200);
    expect((await call("getBooking", bookingGet, { token: otherClient.token, params: { id } })).status).toBe(404);
    expect((await call("listBookings", bookingsGet, { token: client.token, path: "/api/v1/bookings?status=pending&status=confirmed&sort=-start" })).status).toBe(200);
    expect((await call("updateBooking", bookingPatch, { token: host.token, params: { id }, body: { location: "Room 4", meetingUrl: "https://meet.example.com/abc" } })).status).toBe(200);
    expect((await call("updateBooking", bookingPatch, { token: client.token, params: { id }, body: { location: "Home" } })).status).toBe(403);
    expect((await call("addBookingNote", notesPost, { token: host.token, params: { id }, body: { content: "Prep the CV", isPrivate: true } })).status).toBe(201);
    expect((await call("listBookingNotes", notesGet, { token: host.token, params: { id } })).status).toBe(200);
    expect((await call("getBookingStatistics", statisticsGet, { token: host.token, path: "/api/v1/bookings/statistics?role=host" })).status).toBe(200);
    expect((await call("getBookingIcs", icsGet, { token: client.token, params: { id } })).status).toBe(200);
    const feed = (await callRoute(feedUrlGet, { token: client.token })).body as { url: string };
    expect((await call("getCalendarFeedIcs", feedGet, { params: { feed: feed.url.split("/").at(-1) ?? "" } })).status).toBe(200);
    expect((await call("getCalendarFeedIcs", feedGet, { params: { feed: "nope.ics" } })).status).toBe(404);
  });

  it("every action", async () => {
    const a = await book(4, 9);
    expect((await call("confirmBooking", actionPost, { token: host.token, params: { id: a, action: "confirm" } })).status).toBe(200);
    expect((await call("confirmBooking", actionPost, { token: host.token, params: { id: a, action: "confirm" } })).status).toBe(409);
    expect((await call("rescheduleBooking", actionPost, { token: client.token, params: { id: a, action: "reschedule" }, body: { start: futureStart(4, 13), reason: "Clash" } })).status).toBe(200);
    expect((await call("cancelBooking", actionPost, { token: client.token, params: { id: a, action: "cancel" }, body: { reason: "Sick" } })).status).toBe(200);
    expect((await call("getBooking", bookingGet, { token: client.token, params: { id: a } })).status).toBe(200);
    const b = await book(4, 16);
    expect((await call("declineBooking", actionPost, { token: client.token, params: { id: b, action: "decline" } })).status).toBe(403);
    expect((await call("declineBooking", actionPost, { token: host.token, params: { id: b, action: "decline" }, body: { reason: "Away" } })).status).toBe(200);

    const c = await book(5, 9);
    expect((await call("confirmBooking", actionPost, { token: host.token, params: { id: c, action: "confirm" } })).status).toBe(200);
    await shift(c, -5);
    expect((await call("startBooking", actionPost, { token: host.token, params: { id: c, action: "start" } })).status).toBe(200);
    await shift(c, 10);
    expect((await call("completeBooking", actionPost, { token: host.token, params: { id: c, action: "complete" } })).status).toBe(200);
    expect((await call("submitFeedback", feedbackPost, { token: client.token, params: { id: c }, body: { rating: 5, comment: "Great" } })).status).toBe(201);
    expect((await call("submitFeedback", feedbackPost, { token: client.token, params: { id: c }, body: { rating: 4 } })).status).toBe(409);

    const d = await book(5, 13);
    expect((await call("noShowBooking", actionPost, { token: host.token, params: { id: d, action: "no-show" } })).status).toBe(409);
    expect((await call("confirmBooking", actionPost, { token: host.token, params: { id: d, action: "confirm" } })).status).toBe(200);
    await shift(d, 30);
    expect((await call("noShowBooking", actionPost, { token: host.token, params: { id: d, action: "no-show" } })).status).toBe(200);
    expect((await call("listBookings", bookingsGet, { token: host.token, path: "/api/v1/bookings?role=host&pageSize=100" })).status).toBe(200);
  });

  it("purchases", async () => {
    const bundle = await call("createService", servicesPost, { token: host.token, body: { kind: "bundle", name: "5 sessions", durationMinutes: 60, priceCents: 20000, bundleCredits: 5 } });
    expect(bundle.status).toBe(201);
    const res = await call("createPurchase", purchasesPost, { token: client.token, body: { serviceId: (bundle.body as { id: string }).id } });
    expect(res.status, res.text).toBe(201);
    expect((await call("getBooking", bookingGet, { token: client.token, params: { id: (res.body as { id: string }).id } })).status).toBe(200);
  });
});

describe("clients", () => {
  it("relate, list, end", async () => {
    const person = await makeUser({ name: "Related" });
    const added = await call("addClient", clientsPost, { token: setupHost.token, body: { email: person.email } });
    expect(added.status).toBe(201);
    expect((await call("addClient", clientsPost, { token: setupHost.token, body: { email: person.email } })).status).toBe(200);
    expect((await call("addClient", clientsPost, { token: client.token, body: { email: person.email } })).status).toBe(403);
    expect((await call("listClients", clientsGet, { token: setupHost.token })).status).toBe(200);
    expect((await call("listClients", clientsGet, { token: host.token })).status).toBe(200);
    expect((await call("deactivateClient", clientDelete, { token: setupHost.token, params: { id: person.id } })).status).toBe(200);
    expect((await call("deactivateClient", clientDelete, { token: setupHost.token, params: { id: client.id } })).status).toBe(404);
  });
});

describe("integrations", () => {
  it("provider status, with and without a booking", async () => {
    expect((await call("getIntegrations", integrationsGet, {})).status).toBe(200);
    const booking = await callRoute(bookingsPost, { method: "POST", token: client.token, body: { hostId: host.id, start: futureStart(11, 9), duration: 60 } });
    const id = (booking.body as { id: string }).id;
    expect((await call("getIntegrations", integrationsGet, { token: client.token, path: `/api/v1/integrations?bookingId=${id}` })).status).toBe(200);
    expect((await call("getIntegrations", integrationsGet, { path: `/api/v1/integrations?bookingId=${id}` })).status).toBe(401);
    expect((await call("getIntegrations", integrationsGet, { token: otherClient.token, path: `/api/v1/integrations?bookingId=${id}` })).status).toBe(404);
  });

  it("notification preferences and the admin mail outbox", async () => {
    expect((await call("getNotificationPreferences", notificationsGet, { token: client.token })).status).toBe(200);
    expect((await call("updateNotificationPreferences", notificationsPatch, { token: client.token, body: { emailReminders: false } })).status).toBe(200);
    expect((await call("updateNotificationPreferences", notificationsPatch, { token: client.token, body: { emailReminders: "no" } })).status).toBe(400);
    expect((await call("getNotificationPreferences", notificationsGet, {})).status).toBe(401);
    const admin = await makeAdmin();
    const message = await getPrisma().mailMessage.create({
      data: { party: "client", userId: client.id, kind: "confirmed", to: client.email, toName: "Casey", subject: "Confirmed: Docs", text: "Hello\n", html: "<p>Hello</p>" },
      select: { id: true },
    });
    expect((await call("listMail", mailListGet, { token: admin.token, path: "/api/v1/admin/mail?kind=confirmed&pageSize=5" })).status).toBe(200);
    expect((await call("listMail", mailListGet, { token: admin.token, path: "/api/v1/admin/mail?kind=nope" })).status).toBe(400);
    expect((await call("listMail", mailListGet, { token: host.token })).status).toBe(403);
    expect((await call("listMail", mailListGet, {})).status).toBe(401);
    expect((await call("getMail", mailGet, { token: admin.token, params: { id: message.id } })).status).toBe(200);
    expect((await call("getMail", mailGet, { token: admin.token, params: { id: "00000000-0000-4000-8000-000000000000" } })).status).toBe(404);
    expect((await call("getMail", mailGet, { token: client.token, params: { id: message.id } })).status).toBe(403);
  });

  it("calendar connections: list, connect, disconnect", async () => {
    expect((await call("listCalendarConnections", calendarsGet, { token: client.token })).status).toBe(200);
    expect((await call("listCalendarConnections", calendarsGet, {})).status).toBe(401);
    const connect = (provider: string) => call("connectCalendar", calendarConnectPost, { token: client.token, params: { provider }, body: {} });
    const names = ["GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET", "CALENDAR_TOKEN_KEY"] as const;
    const saved = names.map((name) => [name, process.env[name]] as const);
    for (const name of names) delete process.env[name];
    try {
      expect((await connect("google")).status).toBe(501);
      process.env.GOOGLE_CLIENT_ID = "docs-client";
      process.env.GOOGLE_CLIENT_SECRET = "docs-secret";
      process.env.CALENDAR_TOKEN_KEY = Buffer.alloc(32, 7).toString("base64");
      expect((await connect("google")).status).toBe(200);
      expect((await connect("icloud")).status).toBe(404);
      expect((await call("disconnectCalendar", calendarDelete, { token: client.token, params: { provider: "google" } })).status).toBe(404);
      await getPrisma().calendarConnection.create({ data: { userId: client.id, provider: "google", accessTokenEnc: "x.y.z" }, select: { id: true } });
      expect((await call("disconnectCalendar", calendarDelete, { token: client.token, params: { provider: "google" } })).status).toBe(204);
    } finally {
      for (const [name, value] of saved) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });

  it("the Stripe receiver", async () => {
    const body = JSON.stringify({ id: `evt_docs_${Date.now()}`, type: "customer.created", data: { object: { id: "cus_1" } } });
    const send = (signature: string) => call("stripeWebhook", stripeWebhookPost, { rawBody: body, headers: { "content-type": "application/json", "stripe-signature": signature } });
    expect((await send("t=1,v1=00")).status).toBe(501);
    const saved = { key: process.env.STRIPE_SECRET_KEY, secret: process.env.STRIPE_WEBHOOK_SECRET };
    process.env.STRIPE_SECRET_KEY = "sk_test_docs";
    process.env.STRIPE_WEBHOOK_SECRET = "whsec_docs";
    try {
      expect((await send("t=1,v1=00")).status).toBe(400);
      expect((await send(stripeSignatureHeader("whsec_docs", Math.floor(Date.now() / 1000), body))).status).toBe(200);
    } finally {
      for (const [name, value] of [["STRIPE_SECRET_KEY", saved.key], ["STRIPE_WEBHOOK_SECRET", saved.secret]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});

describe("webhooks and meta", () => {
  it("subscribe, list, deliveries, unsubscribe", async () => {
    const created = await call("createWebhook", webhooksPost, { token: client.token, body: { url: "https://example.com/hooks/slotbook", events: ["booking.created"] } });
    expect(created.status, created.text).toBe(201);
    const id = (created.body as { id: string }).id;
    expect((await call("listWebhooks", webhooksGet, { token: client.token })).status).toBe(200);
    expect((await call("listWebhookDeliveries", deliveriesGet, { token: client.token, params: { id } })).status).toBe(200);
    expect((await call("deleteWebhook", webhookDelete, { token: client.token, params: { id } })).status).toBe(204);
    expect((await call("deleteWebhook", webhookDelete, { token: client.token, params: { id } })).status).toBe(404);
  });

  it("the document itself", async () => {
    expect((await call("getOpenApiDocument", openApiGet)).status).toBe(200);
  });
});

it("exercised every documented operation with a documented success (runs last)", () => {
  const missing = OPERATIONS.map((op) => op.operationId).filter((id) => !succeeded.has(id));
  expect(missing, "Operations never exercised with a 2xx here: add a call to tests/integration/openapi-responses.test.ts").toEqual([]);
});
