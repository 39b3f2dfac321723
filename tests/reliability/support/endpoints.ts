// Every endpoint of /api/v1 and of the five compat APIs, with what each actor
// must get. The authorization matrix runs every row for every actor; the fuzzer
// mutates the valid body of every write row. A route file (or an exported
// method of one) missing here fails the matrix, so a new endpoint cannot ship
// without its row.
//
// Expectation rows list, in this order:
//   owning client, other client, owning host, other host, anonymous, admin, revoked token
// "ok" is any 2xx; a number is that exact status. Business refusals that are
// not about who is asking (a pending booking cannot be started: 409; a host
// cannot book themselves: 400/409) are written as such: they prove the caller
// got past authorization, which other parties must not.
import { freshOverrideDate, freshSlot, type ActorName, type Cell } from "./world";

export type Expect = "ok" | number;
export type Row = readonly [Expect, Expect, Expect, Expect, Expect, Expect, Expect];
export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
export type Dialect = "v1" | "mentorship" | "drf" | "culturebridge" | "mentara" | "zoom";

export interface Endpoint {
  /** Route file under app/api/, e.g. "v1/bookings/[id]/route.ts". */
  file: string;
  method: Method;
  dialect: Dialect;
  /** Public path; {name} is replaced by the resolved param of that name. */
  path: string;
  params?: (c: Cell) => Promise<Record<string, string>>;
  query?: (c: Cell) => Promise<string>;
  body?: (c: Cell, actor: ActorName) => Promise<unknown>;
  expect: Row;
  /** The body legitimately names the owning client (the caller sent their email). */
  echoesClientEmail?: boolean;
  /**
   * A secret in the path is the credential (the calendar feed URL): whoever
   * holds it reads as the owning client, so only tokens and hashes are scanned.
   */
  pathIsCredential?: boolean;
}

const ALL_OK: Row = ["ok", "ok", "ok", "ok", "ok", "ok", "ok"];
const AUTHED_OK: Row = ["ok", "ok", "ok", "ok", 401, "ok", 401];
/** v1 booking of the owning client and host: parties and admins; everyone else 404. */
const BOOKING_PARTIES: Row = ["ok", 404, "ok", 404, 401, "ok", 401];
/** A host's own object (rule, service, webhook...): clients lack the role. */
const HOST_OWNED: Row = [403, 403, "ok", 404, 401, 403, 401];
const HOSTS_ONLY: Row = [403, 403, "ok", "ok", 401, 403, 401];
/** The mail outbox: administrators only. */
const ADMINS_ONLY: Row = [403, 403, 403, 403, 401, "ok", 401];
/** Anyone may book or buy, except the host from themselves. */
const BUYERS = (self: number): Row => ["ok", "ok", self, "ok", 401, "ok", 401];

const id = (name: string, get: (c: Cell) => Promise<string | number>) => async (c: Cell) => ({ [name]: String(await get(c)) });
const bookingId = id("id", async (c) => (await c.booking()).id);
const bookingNumber = id("id", async (c) => (await c.booking()).number);
const day = (iso: string) => iso.slice(0, 10);

// ---------------------------------------------------------------------------
// /api/v1
const v1: Endpoint[] = [
  { file: "v1/auth/signup/route.ts", method: "POST", dialect: "v1", path: "/api/v1/auth/signup", expect: ALL_OK,
    body: async (c) => ({ email: `${c.canary.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@test.dev`, password: "correct horse", name: "New" }) },
  { file: "v1/auth/token/route.ts", method: "POST", dialect: "v1", path: "/api/v1/auth/token", expect: ALL_OK,
    body: async (c) => ({ email: c.world.passwordUser.email, password: c.world.passwordUser.password }) },
  { file: "v1/availability/route.ts", method: "GET", dialect: "v1", path: "/api/v1/availability", expect: HOSTS_ONLY },
  { file: "v1/availability/route.ts", method: "POST", dialect: "v1", path: "/api/v1/availability", expect: HOSTS_ONLY,
    body: async () => ({ type: "override", date: freshOverrideDate(), start: "09:00", end: "10:00" }) },
  { file: "v1/availability/[id]/route.ts", method: "PATCH", dialect: "v1", path: "/api/v1/availability/{id}", params: id("id", (c) => c.rule()), expect: HOST_OWNED,
    body: async () => ({ notes: "changed" }) },
  { file: "v1/availability/[id]/route.ts", method: "DELETE", dialect: "v1", path: "/api/v1/availability/{id}", params: id("id", (c) => c.rule()), expect: HOST_OWNED },
  { file: "v1/availability/weekly/route.ts", method: "PUT", dialect: "v1", path: "/api/v1/availability/weekly", expect: HOSTS_ONLY,
    body: async () => ({ rules: [0, 1, 2, 3, 4, 5, 6].map((dayOfWeek) => ({ dayOfWeek, start: "00:00", end: "24:00" })) }) },
  ...(["confirm", "decline", "cancel", "reschedule", "start", "complete", "no-show", "frobnicate"] as const).map((action): Endpoint => ({
    file: "v1/bookings/[id]/[action]/route.ts", method: "POST", dialect: "v1", path: `/api/v1/bookings/{id}/${action}`,
    // start needs a confirmed session that has begun; complete and no-show one in progress.
    params: async (c) => ({ id: (await c.booking(action === "start" ? "confirmed" : action === "complete" || action === "no-show" ? "in_progress" : "pending")).id, action }),
    body: async () => (action === "reschedule" ? { start: freshSlot(), duration: 60 } : action === "cancel" || action === "decline" ? { reason: "r" } : {}),
    expect: {
      confirm: [403, 404, "ok", 404, 401, "ok", 401],
      decline: [403, 404, "ok", 404, 401, "ok", 401],
      cancel: BOOKING_PARTIES,
      reschedule: BOOKING_PARTIES,
      start: [403, 404, "ok", 404, 401, "ok", 401],
      complete: [403, 404, "ok", 404, 401, "ok", 401],
      "no-show": [403, 404, "ok", 404, 401, "ok", 401],
      frobnicate: [404, 404, 404, 404, 401, 404, 401],
    }[action] as Row,
  })),
  { file: "v1/bookings/[id]/feedback/route.ts", method: "POST", dialect: "v1", path: "/api/v1/bookings/{id}/feedback", params: bookingId,
    body: async () => ({ rating: 5 }), expect: [409, 404, 403, 404, 401, 403, 401] },
  { file: "v1/bookings/[id]/ics/route.ts", method: "GET", dialect: "v1", path: "/api/v1/bookings/{id}/ics", params: bookingId, expect: BOOKING_PARTIES },
  { file: "v1/bookings/[id]/notes/route.ts", method: "GET", dialect: "v1", path: "/api/v1/bookings/{id}/notes", params: bookingId, expect: BOOKING_PARTIES },
  { file: "v1/bookings/[id]/notes/route.ts", method: "POST", dialect: "v1", path: "/api/v1/bookings/{id}/notes", params: bookingId,
    body: async () => ({ content: "a note" }), expect: BOOKING_PARTIES },
  { file: "v1/bookings/[id]/route.ts", method: "GET", dialect: "v1", path: "/api/v1/bookings/{id}", params: bookingId, expect: BOOKING_PARTIES },
  { file: "v1/bookings/[id]/route.ts", method: "PATCH", dialect: "v1", path: "/api/v1/bookings/{id}", params: bookingId,
    body: async () => ({ title: "Renamed" }), expect: BOOKING_PARTIES },
  { file: "v1/bookings/purchases/route.ts", method: "POST", dialect: "v1", path: "/api/v1/bookings/purchases",
    body: async (c) => ({ serviceId: c.world.services.bundle.id }), expect: BUYERS(400) },
  { file: "v1/bookings/route.ts", method: "GET", dialect: "v1", path: "/api/v1/bookings", expect: AUTHED_OK },
  { file: "v1/bookings/route.ts", method: "POST", dialect: "v1", path: "/api/v1/bookings",
    body: async (c) => ({ hostId: c.hostId, start: freshSlot(), duration: 60 }), expect: BUYERS(400) },
  { file: "v1/bookings/statistics/route.ts", method: "GET", dialect: "v1", path: "/api/v1/bookings/statistics", expect: AUTHED_OK },
  { file: "v1/calendar/[feed]/route.ts", method: "GET", dialect: "v1", path: "/api/v1/calendar/{feed}", params: id("feed", (c) => c.feed()), expect: ALL_OK, pathIsCredential: true },
  { file: "v1/clients/[id]/route.ts", method: "DELETE", dialect: "v1", path: "/api/v1/clients/{id}", params: id("id", (c) => c.relation()), expect: HOST_OWNED },
  { file: "v1/clients/route.ts", method: "GET", dialect: "v1", path: "/api/v1/clients", expect: HOSTS_ONLY },
  { file: "v1/clients/route.ts", method: "POST", dialect: "v1", path: "/api/v1/clients", echoesClientEmail: true,
    body: async (c) => ({ email: c.world.users.ownerClient.email }), expect: HOSTS_ONLY },
  { file: "v1/hosts/[id]/route.ts", method: "GET", dialect: "v1", path: "/api/v1/hosts/{id}", params: id("id", async (c) => c.hostId), expect: ALL_OK },
  { file: "v1/hosts/[id]/services/route.ts", method: "GET", dialect: "v1", path: "/api/v1/hosts/{id}/services", params: id("id", async (c) => c.hostId), expect: ALL_OK },
  { file: "v1/hosts/[id]/slots/route.ts", method: "GET", dialect: "v1", path: "/api/v1/hosts/{id}/slots", params: id("id", async (c) => c.hostId),
    query: async () => { const d = day(freshSlot()); return `?start=${d}&end=${d}`; }, expect: ALL_OK },
  { file: "v1/hosts/route.ts", method: "GET", dialect: "v1", path: "/api/v1/hosts", expect: ALL_OK },
  { file: "v1/integrations/route.ts", method: "GET", dialect: "v1", path: "/api/v1/integrations", query: async (c) => `?bookingId=${(await c.booking()).id}`, expect: BOOKING_PARTIES },
  { file: "v1/me/calendar-feed/route.ts", method: "GET", dialect: "v1", path: "/api/v1/me/calendar-feed", expect: AUTHED_OK },
  { file: "v1/me/calendar-feed/route.ts", method: "POST", dialect: "v1", path: "/api/v1/me/calendar-feed", body: async () => ({}), expect: AUTHED_OK },
  { file: "v1/me/notifications/route.ts", method: "GET", dialect: "v1", path: "/api/v1/me/notifications", expect: AUTHED_OK },
  { file: "v1/me/notifications/route.ts", method: "PATCH", dialect: "v1", path: "/api/v1/me/notifications", body: async () => ({ emailReminders: false }), expect: AUTHED_OK },
  { file: "v1/me/calendars/route.ts", method: "GET", dialect: "v1", path: "/api/v1/me/calendars", expect: AUTHED_OK },
  // Google is configured (support/providers.ts): everyone may start connecting their own calendar.
  { file: "v1/me/calendars/[provider]/connect/route.ts", method: "POST", dialect: "v1", path: "/api/v1/me/calendars/{provider}/connect",
    params: async () => ({ provider: "google" }), body: async () => ({}), expect: AUTHED_OK },
  // Only the owning client has a connection: nobody else can remove it.
  { file: "v1/me/calendars/[provider]/route.ts", method: "DELETE", dialect: "v1", path: "/api/v1/me/calendars/{provider}", params: id("provider", (c) => c.calendar()),
    expect: ["ok", 404, 404, 404, 401, 404, 401] },
  { file: "v1/admin/mail/route.ts", method: "GET", dialect: "v1", path: "/api/v1/admin/mail", expect: ADMINS_ONLY },
  { file: "v1/admin/mail/[id]/route.ts", method: "GET", dialect: "v1", path: "/api/v1/admin/mail/{id}", params: id("id", (c) => c.mail()), expect: ADMINS_ONLY },
  { file: "v1/me/host-settings/route.ts", method: "GET", dialect: "v1", path: "/api/v1/me/host-settings", expect: HOSTS_ONLY },
  { file: "v1/me/host-settings/route.ts", method: "PATCH", dialect: "v1", path: "/api/v1/me/host-settings", body: async () => ({ headline: "Hi" }), expect: HOSTS_ONLY },
  { file: "v1/me/route.ts", method: "GET", dialect: "v1", path: "/api/v1/me", expect: AUTHED_OK },
  { file: "v1/me/tokens/[id]/route.ts", method: "DELETE", dialect: "v1", path: "/api/v1/me/tokens/{id}", params: id("id", (c) => c.token()),
    expect: ["ok", 404, 404, 404, 401, 404, 401] },
  { file: "v1/me/tokens/route.ts", method: "GET", dialect: "v1", path: "/api/v1/me/tokens", expect: AUTHED_OK },
  { file: "v1/me/tokens/route.ts", method: "POST", dialect: "v1", path: "/api/v1/me/tokens", body: async () => ({ name: "script" }), expect: AUTHED_OK },
  { file: "v1/openapi.json/route.ts", method: "GET", dialect: "v1", path: "/api/v1/openapi.json", expect: ALL_OK },
  // No valid Stripe-Signature: everyone 400 (the signature is the credential).
  { file: "v1/payments/stripe/webhook/route.ts", method: "POST", dialect: "v1", path: "/api/v1/payments/stripe/webhook",
    body: async () => ({ id: "evt_1", type: "checkout.session.completed" }), expect: [400, 400, 400, 400, 400, 400, 400] },
  { file: "v1/services/[id]/occurrences/route.ts", method: "POST", dialect: "v1", path: "/api/v1/services/{id}/occurrences",
    params: id("id", async (c) => (await c.service("group")).id), body: async () => ({ start: freshSlot() }), expect: HOST_OWNED },
  { file: "v1/services/[id]/route.ts", method: "PATCH", dialect: "v1", path: "/api/v1/services/{id}", params: id("id", async (c) => (await c.service()).id),
    body: async () => ({ name: "Renamed" }), expect: HOST_OWNED },
  { file: "v1/services/[id]/route.ts", method: "DELETE", dialect: "v1", path: "/api/v1/services/{id}", params: id("id", async (c) => (await c.service()).id), expect: HOST_OWNED },
  { file: "v1/services/route.ts", method: "GET", dialect: "v1", path: "/api/v1/services", expect: HOSTS_ONLY },
  { file: "v1/services/route.ts", method: "POST", dialect: "v1", path: "/api/v1/services", body: async () => ({ name: "New", durationMinutes: 60, priceCents: 0 }), expect: HOSTS_ONLY },
  { file: "v1/webhooks/[id]/deliveries/route.ts", method: "GET", dialect: "v1", path: "/api/v1/webhooks/{id}/deliveries", params: id("id", (c) => c.webhook()),
    expect: [404, 404, "ok", 404, 401, 404, 401] },
  { file: "v1/webhooks/[id]/route.ts", method: "DELETE", dialect: "v1", path: "/api/v1/webhooks/{id}", params: id("id", (c) => c.webhook()),
    expect: [404, 404, "ok", 404, 401, 404, 401] },
  { file: "v1/webhooks/route.ts", method: "GET", dialect: "v1", path: "/api/v1/webhooks", expect: AUTHED_OK },
  { file: "v1/webhooks/route.ts", method: "POST", dialect: "v1", path: "/api/v1/webhooks", body: async () => ({ url: "https://example.com/hook" }), expect: AUTHED_OK },
  { file: "health/route.ts", method: "GET", dialect: "v1", path: "/api/health", expect: ALL_OK },
  { file: "ping/route.ts", method: "GET", dialect: "v1", path: "/api/ping", expect: ALL_OK },
];

// ---------------------------------------------------------------------------
// Seed 000, /api/mentors/bookings/: the mentee's API. Mentors and admins get 404 (docs/compat/000).
const MENTEE_ONLY: Row = ["ok", 404, 404, 404, 401, 404, 401];
const mentorship: Endpoint[] = [
  { file: "compat/mentorship/route.ts", method: "GET", dialect: "mentorship", path: "/api/mentors/bookings/", expect: AUTHED_OK },
  { file: "compat/mentorship/route.ts", method: "POST", dialect: "mentorship", path: "/api/mentors/bookings/", body: async () => ({}), expect: [405, 405, 405, 405, 401, 405, 401] },
  { file: "compat/mentorship/[id]/route.ts", method: "GET", dialect: "mentorship", path: "/api/mentors/bookings/{id}/", params: bookingNumber, expect: MENTEE_ONLY },
  { file: "compat/mentorship/[id]/route.ts", method: "PUT", dialect: "mentorship", path: "/api/mentors/bookings/{id}/", params: bookingNumber, body: async () => ({ notes: "n" }), expect: MENTEE_ONLY },
  { file: "compat/mentorship/[id]/route.ts", method: "PATCH", dialect: "mentorship", path: "/api/mentors/bookings/{id}/", params: bookingNumber, body: async () => ({ agenda: "a" }), expect: MENTEE_ONLY },
  { file: "compat/mentorship/[id]/route.ts", method: "DELETE", dialect: "mentorship", path: "/api/mentors/bookings/{id}/", params: bookingNumber, expect: MENTEE_ONLY },
  { file: "compat/mentorship/[id]/reschedule/route.ts", method: "POST", dialect: "mentorship", path: "/api/mentors/bookings/{id}/reschedule/", params: bookingNumber,
    body: async () => { const s = freshSlot(); return { session_date: day(s), start_time: s.slice(11, 16), duration: 60 }; }, expect: MENTEE_ONLY },
  { file: "compat/mentorship/upcoming/route.ts", method: "GET", dialect: "mentorship", path: "/api/mentors/bookings/upcoming/", expect: AUTHED_OK },
  { file: "compat/mentorship/past/route.ts", method: "GET", dialect: "mentorship", path: "/api/mentors/bookings/past/", expect: AUTHED_OK },
  { file: "compat/mentorship/statistics/route.ts", method: "GET", dialect: "mentorship", path: "/api/mentors/bookings/statistics/", expect: AUTHED_OK },
];

// ---------------------------------------------------------------------------
// Seed 001, /api/v1/drf/bookings/: parties and admins; practitioner-only actions are 403 for clients.
const PRACTITIONER_ACTION: Row = [403, 404, "ok", 404, 401, "ok", 401];
const inProgress = id("id", async (c) => (await c.booking("in_progress")).number);
const drf: Endpoint[] = [
  { file: "v1/drf/bookings/route.ts", method: "GET", dialect: "drf", path: "/api/v1/drf/bookings/", expect: AUTHED_OK },
  { file: "v1/drf/bookings/route.ts", method: "POST", dialect: "drf", path: "/api/v1/drf/bookings/", expect: BUYERS(400),
    body: async (c) => { const s = freshSlot(); return { practitioner_id: c.world.users.ownerHost.number, service_id: c.world.services.individual.number, start_time: s.slice(0, 19), end_time: new Date(new Date(s).getTime() + 3_600_000).toISOString().slice(0, 19) }; } },
  { file: "v1/drf/bookings/[id]/route.ts", method: "GET", dialect: "drf", path: "/api/v1/drf/bookings/{id}/", params: bookingNumber, expect: BOOKING_PARTIES },
  { file: "v1/drf/bookings/[id]/route.ts", method: "PATCH", dialect: "drf", path: "/api/v1/drf/bookings/{id}/", params: bookingNumber, body: async () => ({ title: "Renamed" }), expect: BOOKING_PARTIES },
  { file: "v1/drf/bookings/[id]/route.ts", method: "DELETE", dialect: "drf", path: "/api/v1/drf/bookings/{id}/", params: bookingNumber, expect: BOOKING_PARTIES },
  { file: "v1/drf/bookings/[id]/cancel/route.ts", method: "POST", dialect: "drf", path: "/api/v1/drf/bookings/{id}/cancel/", params: bookingNumber,
    body: async () => ({ reason: "r" }), expect: BOOKING_PARTIES },
  { file: "v1/drf/bookings/[id]/confirm/route.ts", method: "POST", dialect: "drf", path: "/api/v1/drf/bookings/{id}/confirm/", params: bookingNumber,
    body: async () => ({}), expect: [403, 404, "ok", 404, 401, "ok", 401] },
  { file: "v1/drf/bookings/[id]/complete/route.ts", method: "POST", dialect: "drf", path: "/api/v1/drf/bookings/{id}/complete/", params: inProgress, body: async () => ({}), expect: PRACTITIONER_ACTION },
  { file: "v1/drf/bookings/[id]/no-show/route.ts", method: "POST", dialect: "drf", path: "/api/v1/drf/bookings/{id}/no-show/", params: inProgress, body: async () => ({}), expect: PRACTITIONER_ACTION },
  { file: "v1/drf/bookings/[id]/reschedule/route.ts", method: "POST", dialect: "drf", path: "/api/v1/drf/bookings/{id}/reschedule/", params: bookingNumber,
    body: async () => ({ start_time: freshSlot().slice(0, 19) }), expect: BOOKING_PARTIES },
  { file: "v1/drf/bookings/[id]/notes/route.ts", method: "GET", dialect: "drf", path: "/api/v1/drf/bookings/{id}/notes/", params: bookingNumber, expect: BOOKING_PARTIES },
  { file: "v1/drf/bookings/[id]/notes/route.ts", method: "POST", dialect: "drf", path: "/api/v1/drf/bookings/{id}/notes/", params: bookingNumber,
    body: async () => ({ content: "a note", is_private: false }), expect: BOOKING_PARTIES },
  { file: "v1/drf/bookings/check-availability/route.ts", method: "POST", dialect: "drf", path: "/api/v1/drf/bookings/check-availability/",
    body: async (c) => ({ practitioner_id: c.world.users.ownerHost.number, date: day(freshSlot()) }), expect: AUTHED_OK },
  ...(["package", "bundle", "course"] as const).map((kind): Endpoint => ({
    file: `v1/drf/bookings/create-${kind}/route.ts`, method: "POST", dialect: "drf", path: `/api/v1/drf/bookings/create-${kind}/`,
    body: async (c) => ({ service_id: c.world.services[kind === "package" ? "pkg" : kind].number }),
    // The course has no sessions scheduled: every buyer reaches the 409 "no_sessions".
    expect: kind === "course" ? [409, 409, 400, 409, 401, 409, 401] : BUYERS(400),
  })),
];

// ---------------------------------------------------------------------------
// Seed 002 (CultureBridge): someone else's existing booking is 403 (the doc's answer).
const CB_PARTIES: Row = ["ok", 403, "ok", 403, 401, "ok", 401];
const cbId = id("id", async (c) => (await c.booking()).id);
const culturebridge: Endpoint[] = [
  { file: "compat/culturebridge/booking/route.ts", method: "POST", dialect: "culturebridge", path: "/booking", expect: BUYERS(400),
    body: async (c) => ({ coach_id: c.hostId, session_datetime: freshSlot().replace(".000Z", "Z"), duration_minutes: 60 }) },
  { file: "compat/culturebridge/booking/[id]/route.ts", method: "GET", dialect: "culturebridge", path: "/booking/{id}", params: cbId, expect: CB_PARTIES },
  { file: "compat/culturebridge/booking/[id]/route.ts", method: "DELETE", dialect: "culturebridge", path: "/booking/{id}", params: cbId, expect: CB_PARTIES },
  { file: "compat/culturebridge/booking/[id]/status/route.ts", method: "PATCH", dialect: "culturebridge", path: "/booking/{id}/status", params: cbId,
    body: async () => ({ status: "cancelled" }), expect: CB_PARTIES },
  { file: "compat/culturebridge/booking/client/[clientId]/route.ts", method: "GET", dialect: "culturebridge", path: "/booking/client/{clientId}",
    params: id("clientId", async (c) => c.clientId), expect: ["ok", 403, 403, 403, 401, "ok", 401] },
  { file: "compat/culturebridge/booking/coach/[coachId]/route.ts", method: "GET", dialect: "culturebridge", path: "/booking/coach/{coachId}",
    params: id("coachId", async (c) => c.hostId), expect: [403, 403, "ok", 403, 401, "ok", 401] },
  { file: "compat/culturebridge/booking/coach/[coachId]/availability/route.ts", method: "GET", dialect: "culturebridge", path: "/booking/coach/{coachId}/availability",
    params: id("coachId", async (c) => c.hostId), query: async () => { const s = freshSlot(); return `?start_date=${s.slice(0, 10)}T00:00:00Z&end_date=${s.slice(0, 10)}T23:00:00Z`; }, expect: ALL_OK },
  { file: "compat/culturebridge/calendar/[provider]/auth-url/route.ts", method: "GET", dialect: "culturebridge", path: "/calendar/{provider}/auth-url",
    params: async () => ({ provider: "google" }), query: async () => "?redirect_uri=http%3A%2F%2Flocalhost%2Fcb", expect: AUTHED_OK },
  { file: "compat/culturebridge/calendar/[provider]/exchange-token/route.ts", method: "POST", dialect: "culturebridge", path: "/calendar/{provider}/exchange-token",
    params: async () => ({ provider: "google" }), body: async () => ({ code: "c", state: "unknown-state", redirect_uri: "http://localhost/cb" }), expect: [400, 400, 400, 400, 401, 400, 401] },
  { file: "compat/culturebridge/calendar/sync-booking/route.ts", method: "POST", dialect: "culturebridge", path: "/calendar/sync-booking",
    body: async (c) => ({ booking_id: (await c.booking()).id, calendar_type: "google", access_token: "x" }), expect: [400, 403, 400, 403, 401, 403, 401] },
];

// ---------------------------------------------------------------------------
// Seed 003 (Mentara): someone else's meeting 403; availability is for therapists (others 401, the doc's status).
const MENTARA_PARTIES: Row = ["ok", 403, "ok", 403, 401, "ok", 401];
const THERAPISTS: Row = [401, 401, "ok", "ok", 401, 401, 401];
const mentara: Endpoint[] = [
  { file: "compat/mentara/meetings/route.ts", method: "POST", dialect: "mentara", path: "/booking/meetings", expect: BUYERS(400),
    body: async (c) => ({ therapistId: c.hostId, startTime: freshSlot(), duration: 60 }) },
  { file: "compat/mentara/meetings/route.ts", method: "GET", dialect: "mentara", path: "/booking/meetings", expect: AUTHED_OK },
  { file: "compat/mentara/meetings/[id]/route.ts", method: "GET", dialect: "mentara", path: "/booking/meetings/{id}", params: bookingId, expect: MENTARA_PARTIES },
  { file: "compat/mentara/meetings/[id]/route.ts", method: "PUT", dialect: "mentara", path: "/booking/meetings/{id}", params: bookingId, body: async () => ({ title: "Renamed" }), expect: MENTARA_PARTIES },
  { file: "compat/mentara/meetings/[id]/cancel/route.ts", method: "DELETE", dialect: "mentara", path: "/booking/meetings/{id}/cancel", params: bookingId, expect: MENTARA_PARTIES },
  { file: "compat/mentara/availability/route.ts", method: "GET", dialect: "mentara", path: "/booking/availability", expect: THERAPISTS },
  { file: "compat/mentara/availability/route.ts", method: "POST", dialect: "mentara", path: "/booking/availability", expect: [401, 401, 400, 400, 401, 401, 401],
    // Both hosts are open 24/7: a new weekly slot overlaps (400), which still proves the therapist got through.
    body: async () => ({ dayOfWeek: 1, startTime: "09:00", endTime: "10:00" }) },
  { file: "compat/mentara/availability/[id]/route.ts", method: "PUT", dialect: "mentara", path: "/booking/availability/{id}", params: id("id", (c) => c.rule()),
    body: async () => ({ notes: "changed" }), expect: [401, 401, "ok", 403, 401, 401, 401] },
  { file: "compat/mentara/availability/[id]/route.ts", method: "DELETE", dialect: "mentara", path: "/booking/availability/{id}", params: id("id", (c) => c.rule()),
    expect: [401, 401, "ok", 403, 401, 401, 401] },
  { file: "compat/mentara/slots/route.ts", method: "GET", dialect: "mentara", path: "/booking/slots", query: async (c) => `?therapistId=${c.hostId}&date=${day(freshSlot())}`, expect: AUTHED_OK },
];

// ---------------------------------------------------------------------------
// Seed 004 (Zoom booking), /api/bookings/.
const ZOOM_PARTIES: Row = ["ok", 404, "ok", 404, 401, "ok", 401];
const zoomId = bookingId;
const zoom: Endpoint[] = [
  { file: "compat/zoom/availability/route.ts", method: "GET", dialect: "zoom", path: "/api/bookings/availability/", expect: HOSTS_ONLY },
  { file: "compat/zoom/availability/route.ts", method: "POST", dialect: "zoom", path: "/api/bookings/availability/", expect: HOSTS_ONLY,
    body: async () => ({ start_time: "09:00:00", end_time: "10:00:00", is_recurring: false, date: freshOverrideDate() }) },
  { file: "compat/zoom/availability/[id]/route.ts", method: "DELETE", dialect: "zoom", path: "/api/bookings/availability/{id}/", params: id("id", (c) => c.rule()), expect: HOST_OWNED },
  { file: "compat/zoom/bookings/route.ts", method: "POST", dialect: "zoom", path: "/api/bookings/bookings/", expect: BUYERS(400),
    body: async (c) => ({ teacher_id: c.hostId, start_time: freshSlot().replace(".000Z", "Z"), duration: 60 }) },
  { file: "compat/zoom/bookings/route.ts", method: "GET", dialect: "zoom", path: "/api/bookings/bookings/", expect: AUTHED_OK },
  { file: "compat/zoom/bookings/my/route.ts", method: "GET", dialect: "zoom", path: "/api/bookings/bookings/my/", expect: AUTHED_OK },
  { file: "compat/zoom/bookings/[id]/route.ts", method: "GET", dialect: "zoom", path: "/api/bookings/bookings/{id}/", params: zoomId, expect: ZOOM_PARTIES },
  { file: "compat/zoom/bookings/[id]/route.ts", method: "PATCH", dialect: "zoom", path: "/api/bookings/bookings/{id}/", params: zoomId, body: async () => ({ status: "CANCELLED" }), expect: ZOOM_PARTIES },
  { file: "compat/zoom/bookings/[id]/confirm/route.ts", method: "POST", dialect: "zoom", path: "/api/bookings/bookings/{id}/confirm/", params: zoomId, body: async () => ({}),
    expect: [403, 404, "ok", 404, 401, "ok", 401] },
  { file: "compat/zoom/bookings/[id]/cancel/route.ts", method: "POST", dialect: "zoom", path: "/api/bookings/bookings/{id}/cancel/", params: zoomId, body: async () => ({ reason: "r" }), expect: ZOOM_PARTIES },
  { file: "compat/zoom/bookings/[id]/reschedule/route.ts", method: "POST", dialect: "zoom", path: "/api/bookings/bookings/{id}/reschedule/", params: zoomId,
    body: async () => ({ start_time: freshSlot().replace(".000Z", "Z") }), expect: ZOOM_PARTIES },
  { file: "compat/zoom/feedback/route.ts", method: "POST", dialect: "zoom", path: "/api/bookings/feedback/", body: async (c) => ({ booking_id: (await c.booking()).id, rating: 5 }),
    expect: [400, 404, 403, 404, 401, 403, 401] },
  { file: "compat/zoom/schedule/route.ts", method: "GET", dialect: "zoom", path: "/api/bookings/schedule/", expect: AUTHED_OK,
    query: async (c) => { const d = day(freshSlot()); return `?teacher_id=${c.hostId}&start_date=${d}&end_date=${d}`; } },
  { file: "compat/zoom/slots/available/route.ts", method: "GET", dialect: "zoom", path: "/api/bookings/slots/available/", expect: AUTHED_OK,
    query: async (c) => `?teacher_id=${c.hostId}&date=${day(freshSlot())}` },
];

export const ENDPOINTS: Endpoint[] = [...v1, ...mentorship, ...drf, ...culturebridge, ...mentara, ...zoom];

/**
 * Methods a route file exports but the seed does not offer: the dialect's 405.
 * DRF (000, 001) authenticates first, so no credentials is 401 there.
 */
export const NOT_OFFERED: Record<Dialect, Row> = {
  v1: [405, 405, 405, 405, 405, 405, 405],
  mentorship: [405, 405, 405, 405, 401, 405, 401],
  drf: [405, 405, 405, 405, 401, 405, 401],
  culturebridge: [405, 405, 405, 405, 405, 405, 405],
  mentara: [405, 405, 405, 405, 405, 405, 405],
  zoom: [405, 405, 405, 405, 405, 405, 405],
};

export function dialectOf(file: string): Dialect {
  if (file.startsWith("v1/drf/")) return "drf";
  const compat = /^compat\/(\w+)\//.exec(file)?.[1];
  return (compat as Dialect | undefined) ?? "v1";
}

/** Route files not driven in-process, and why (each is covered elsewhere). */
export const NOT_IN_PROCESS: Record<string, string> = {
  "auth/[...nextauth]/route.ts": "next-auth reads next/headers (request scope of a real server): its rate limit is tested over HTTP in crash-and-headers.test.ts and in-process on the wrapper in rate-limits.test.ts",
};
