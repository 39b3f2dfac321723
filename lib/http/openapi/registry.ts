// Every /api/v1 operation, described once with the zod schemas the handlers
// parse with. lib/http/openapi/document.ts turns this list into the OpenAPI
// document; tests/integration/openapi.test.ts checks it against the route
// files under app/api/v1 (an undocumented route, or an entry without a route,
// fails), and that `auth` and `idempotent` match the wrapper each handler uses.
import { z } from "zod";
import { createTokenSchema, signUpSchema } from "@/lib/server/auth/schemas";
import {
  addNoteSchema,
  cancelBookingSchema,
  createBookingSchema,
  createPurchaseSchema,
  declineBookingSchema,
  feedbackSchema,
  listBookingsQuerySchema,
  rescheduleBookingSchema,
  slotsQuerySchema,
  updateBookingSchema,
} from "@/lib/server/bookings/schemas";
import type { AppErrorCode } from "@/lib/server/errors";
import {
  createAvailabilitySchema,
  createServiceSchema,
  hostSettingsSchema,
  replaceWeeklySchema,
  scheduleOccurrenceSchema,
  updateAvailabilitySchema,
  updateServiceSchema,
} from "@/lib/server/host-setup/schemas";
import { addClientSchema } from "@/lib/server/host-setup/clients";
import { createApiTokenSchema } from "@/lib/server/host-setup/profile";
import { listHostsQuerySchema } from "@/lib/server/hosts/list-hosts";
import { listMailQuerySchema } from "@/lib/server/mail/schemas";
import { notificationPreferencesSchema } from "@/lib/server/notifications/schemas";
import { createWebhookSchema, pageQuerySchema } from "@/lib/server/webhooks/schemas";
import {
  apiTokenCreatedSchema,
  apiTokenListSchema,
  clientListSchema,
  clientViewSchema,
  integrationStatusSchema,
  stripeAckSchema,
  availabilityCreatedSchema,
  availabilityUpdatedSchema,
  availabilityViewSchema,
  groupOccurrenceSchema,
  hostSettingsViewSchema,
  purchaseSchema,
  serviceDeletedSchema,
  serviceViewSchema,
  bookingPageSchema,
  bookingViewSchema,
  calendarConnectionListSchema,
  calendarConnectSchema,
  calendarFeedSchema,
  feedbackViewSchema,
  hostPageSchema,
  hostViewSchema,
  icsSchema,
  meSchema,
  noteListSchema,
  noteViewSchema,
  openApiDocumentSchema,
  serviceListSchema,
  signUpResponseSchema,
  slotsResultSchema,
  statisticsSchema,
  tokenResponseSchema,
  webhookCreatedSchema,
  webhookDeliveryPageSchema,
  webhookPageSchema,
  mailDetailSchema,
  mailPageSchema,
  notificationPreferencesViewSchema,
} from "./responses";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
export const HTTP_METHODS: readonly HttpMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/** required: token or session; optional: anonymous works, credentials change the answer; none: public. */
export type AuthMode = "required" | "optional" | "none";

export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  /** Defaults to application/json. */
  contentType?: string;
  headers?: Record<string, { description: string; schema?: z.ZodType }>;
}

export interface OperationSpec {
  method: HttpMethod;
  /** OpenAPI path, e.g. /api/v1/bookings/{id}. */
  path: string;
  /**
   * The route file's path when `path` specialises one of its dynamic segments
   * (POST /api/v1/bookings/{id}/confirm lives in bookings/[id]/[action]).
   */
  route?: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: [string, ...string[]];
  auth: AuthMode;
  pathParams?: Record<string, { description: string; schema?: z.ZodType }>;
  /** Request headers the operation reads (Idempotency-Key is added by `idempotent`). */
  headers?: Record<string, { description: string; required?: boolean; schema?: z.ZodType }>;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Name of the request body under components.schemas (defaults to <OperationId>Request). */
  bodyName?: string;
  /** Documents the Idempotency-Key request header (idempotentRoute). */
  idempotent?: boolean;
  responses: Record<number, ResponseSpec>;
  /** Problem responses the operation can give beyond the automatic ones (400, 401, 404, 413...), with their codes. */
  errors?: Partial<Record<number, AppErrorCode[]>>;
}

export interface TagSpec {
  name: string;
  description: string;
}

export const TAGS: readonly TagSpec[] = [
  { name: "Auth", description: "Accounts and personal API tokens." },
  { name: "Account", description: "The caller's own account and settings." },
  { name: "Hosts", description: "Public host directory, services and free slots." },
  { name: "Host setup", description: "A host's availability, services, group sessions and booking policy. Host accounts only (403 otherwise)." },
  { name: "Bookings", description: "Booking, confirming, rescheduling and cancelling sessions; notes and feedback." },
  { name: "Calendar", description: "iCalendar (.ics) files for a booking and the subscribable per-user feed." },
  { name: "Webhooks", description: "Signed event deliveries (Standard Webhooks) to your own endpoints." },
  { name: "Integrations", description: "Video, payment and email providers: what is configured, and inbound provider callbacks." },
  { name: "Admin", description: "Operator views for administrators (403 for other accounts)." },
  { name: "Meta", description: "This API description." },
];

// Mirrors of small schemas that live inline in route files (keep in sync).
/** app/api/v1/bookings/statistics/route.ts */
const statisticsQuerySchema = z.strictObject({ role: z.enum(["client", "host"]).default("client") });
/** app/api/v1/integrations/route.ts */
const integrationsQuerySchema = z.strictObject({ bookingId: z.uuid().optional() });
/** What Stripe posts (only these members are read; the rest is Stripe's Event object). */
const stripeEventSchema = z.looseObject({ id: z.string(), type: z.string(), data: z.looseObject({ object: z.looseObject({}) }) });
/** Bodies of the actions that take none (app/api/v1/bookings/[id]/[action]) and of feed rotation. */
export const emptyBodySchema = z.strictObject({});

const booking = { description: "Booking id (UUID).", schema: z.uuid() };
const hostId = { description: "Host (user) id (UUID).", schema: z.uuid() };
const bookingOk = { 200: { description: "The booking after the change.", schema: bookingViewSchema } };

const icsResponse = (description: string, headers: ResponseSpec["headers"] = {}): ResponseSpec => ({
  description,
  schema: icsSchema,
  contentType: "text/calendar",
  headers,
});

const ACTIONS: Array<{ action: string; summary: string; description: string; body?: z.ZodType; bodyName?: string; errors: OperationSpec["errors"] }> = [
  {
    action: "confirm",
    summary: "Confirm a pending request",
    description: "Host or admin. The meeting link is created on confirmation.",
    errors: { 403: ["forbidden"], 409: ["illegal_transition", "not_modifiable"] },
  },
  {
    action: "decline",
    summary: "Decline a pending request",
    description: "Host or admin, with an optional reason shown to the client.",
    body: declineBookingSchema,
    bodyName: "CancelBookingRequest",
    errors: { 403: ["forbidden"], 409: ["illegal_transition"] },
  },
  {
    action: "cancel",
    summary: "Cancel a booking",
    description: "Either party or an admin. Clients must respect the host's minimum cancellation notice on confirmed sessions.",
    body: cancelBookingSchema,
    bodyName: "CancelBookingRequest",
    errors: { 403: ["forbidden"], 409: ["illegal_transition", "not_modifiable"] },
  },
  {
    action: "reschedule",
    summary: "Move a booking to another time",
    description:
      "Keeps the booking id (and its calendar UID); the old time is kept as a cancelled history row referenced by rescheduledFromId. A confirmed booking goes back to pending when the host reviews requests.",
    body: rescheduleBookingSchema,
    bodyName: "RescheduleBookingRequest",
    errors: { 403: ["forbidden"], 409: ["illegal_transition", "not_modifiable", "slot_unavailable", "booking_conflict"] },
  },
  { action: "start", summary: "Start a session", description: "Host or admin, from 15 minutes before the start.", errors: { 403: ["forbidden"], 409: ["illegal_transition", "not_modifiable"] } },
  { action: "complete", summary: "Mark a session completed", description: "Host or admin, once the session has begun.", errors: { 403: ["forbidden"], 409: ["illegal_transition", "not_modifiable"] } },
  { action: "no-show", summary: "Mark the client as a no-show", description: "Host or admin, once the session has begun.", errors: { 403: ["forbidden"], 409: ["illegal_transition", "not_modifiable"] } },
];

const pascal = (s: string) => s.replace(/(^|[-_ ])(\w)/g, (_, __, ch: string) => ch.toUpperCase());

export const OPERATIONS: readonly OperationSpec[] = [
  // ---------------------------------------------------------------- Auth
  {
    method: "POST",
    path: "/api/v1/auth/signup",
    operationId: "signUp",
    summary: "Create an account",
    description: "Creates a client (and optionally host) account. Sign in afterwards, or exchange the password for a token with POST /api/v1/auth/token. Rate-limited per client IP: 429 with Retry-After (seconds).",
    tags: ["Auth"],
    auth: "none",
    body: signUpSchema,
    bodyName: "SignUpRequest",
    responses: { 201: { description: "The new account.", schema: signUpResponseSchema } },
    errors: { 409: ["email_taken"], 429: ["rate_limited"] },
  },
  {
    method: "POST",
    path: "/api/v1/auth/token",
    operationId: "createToken",
    summary: "Exchange email and password for an API token",
    description: "Returns a personal API token once. Send it as `Authorization: Bearer <token>` (or `Token <token>`). Rate-limited per client IP and per email: 429 with Retry-After (seconds).",
    tags: ["Auth"],
    auth: "none",
    body: createTokenSchema,
    bodyName: "CreateTokenRequest",
    responses: { 201: { description: "The token and its user.", schema: tokenResponseSchema } },
    errors: { 401: ["invalid_credentials"], 429: ["rate_limited"] },
  },
  // ---------------------------------------------------------------- Account
  {
    method: "GET",
    path: "/api/v1/me",
    operationId: "getMe",
    summary: "The caller's account",
    tags: ["Account"],
    auth: "required",
    responses: { 200: { description: "The caller.", schema: meSchema } },
  },
  {
    method: "GET",
    path: "/api/v1/me/calendar-feed",
    operationId: "getCalendarFeed",
    summary: "Where the caller's calendar feed is",
    description: "The path of the caller's subscribable iCalendar feed. Treat it like a password: anyone with the URL can read the feed.",
    tags: ["Account", "Calendar"],
    auth: "required",
    responses: { 200: { description: "The feed path.", schema: calendarFeedSchema } },
  },
  {
    method: "POST",
    path: "/api/v1/me/calendar-feed",
    operationId: "rotateCalendarFeed",
    summary: "Replace the calendar feed's secret",
    description: "Issues a new feed token; the previous feed URL answers 404 from now on. Send no body or `{}`.",
    tags: ["Account", "Calendar"],
    auth: "required",
    body: emptyBodySchema,
    bodyName: "EmptyRequest",
    responses: { 200: { description: "The new feed path.", schema: calendarFeedSchema } },
  },
  {
    method: "GET",
    path: "/api/v1/me/calendars",
    operationId: "listCalendarConnections",
    summary: "The caller's Google and Outlook calendar connections",
    description:
      "One entry per provider: not_configured (the server lacks its OAuth credentials or CALENDAR_TOKEN_KEY), not_connected, connected, or needs_reconnect (the provider refused the stored grant: bookings are not synced and its busy times not read until the user connects again). Never a token.",
    tags: ["Account", "Calendar"],
    auth: "required",
    responses: { 200: { description: "Both providers.", schema: calendarConnectionListSchema } },
  },
  {
    method: "POST",
    path: "/api/v1/me/calendars/{provider}/connect",
    operationId: "connectCalendar",
    summary: "Start connecting a calendar (OAuth 2.0 with PKCE)",
    description:
      "Answers the provider's consent URL. After consent the provider redirects the browser to /settings/calendars/{provider}/callback, which stores the tokens (AES-256-GCM) and returns to /settings. Send no body or `{}`.",
    tags: ["Account", "Calendar"],
    auth: "required",
    pathParams: { provider: { description: "google or outlook.", schema: z.enum(["google", "outlook"]) } },
    body: emptyBodySchema,
    bodyName: "EmptyRequest",
    responses: { 200: { description: "Where to send the browser.", schema: calendarConnectSchema } },
    errors: { 501: ["feature_disabled"] },
  },
  {
    method: "DELETE",
    path: "/api/v1/me/calendars/{provider}",
    operationId: "disconnectCalendar",
    summary: "Disconnect a calendar",
    description: "Forgets the connection and its tokens. Events already written stay in that calendar; new bookings are no longer written to it.",
    tags: ["Account", "Calendar"],
    auth: "required",
    pathParams: { provider: { description: "google or outlook.", schema: z.enum(["google", "outlook"]) } },
    responses: { 204: { description: "Disconnected." } },
  },
  {
    method: "GET",
    path: "/api/v1/me/tokens",
    operationId: "listApiTokens",
    summary: "The caller's API tokens",
    description: "Never the tokens themselves: only their names, prefixes and use.",
    tags: ["Account", "Auth"],
    auth: "required",
    responses: { 200: { description: "Tokens, newest first.", schema: apiTokenListSchema } },
  },
  {
    method: "POST",
    path: "/api/v1/me/tokens",
    operationId: "createApiToken",
    summary: "Create an API token",
    tags: ["Account", "Auth"],
    auth: "required",
    body: createApiTokenSchema,
    bodyName: "CreateApiTokenRequest",
    responses: {
      201: {
        description: "The token, shown this once.",
        schema: apiTokenCreatedSchema,
        headers: { Location: { description: "URL of the token (for DELETE).", schema: z.string() } },
      },
    },
  },
  {
    method: "DELETE",
    path: "/api/v1/me/tokens/{id}",
    operationId: "revokeApiToken",
    summary: "Revoke an API token",
    description: "Revoking an already revoked token is fine (204).",
    tags: ["Account", "Auth"],
    auth: "required",
    pathParams: { id: { description: "Token id (UUID).", schema: z.uuid() } },
    responses: { 204: { description: "Revoked." } },
  },
  {
    method: "GET",
    path: "/api/v1/me/notifications",
    operationId: "getNotificationPreferences",
    summary: "The caller's notification preferences",
    tags: ["Account"],
    auth: "required",
    responses: { 200: { description: "Preferences.", schema: notificationPreferencesViewSchema } },
  },
  {
    method: "PATCH",
    path: "/api/v1/me/notifications",
    operationId: "updateNotificationPreferences",
    summary: "Change the caller's notification preferences",
    description: "Booking lifecycle mails (requests, confirmations, changes, cancellations) always go out; reminders can be turned off. Applies to reminders of sessions already booked.",
    tags: ["Account"],
    auth: "required",
    body: notificationPreferencesSchema,
    bodyName: "NotificationPreferencesRequest",
    responses: { 200: { description: "Preferences after the change.", schema: notificationPreferencesViewSchema } },
  },
  // ---------------------------------------------------------------- Hosts
  {
    method: "GET",
    path: "/api/v1/hosts",
    operationId: "listHosts",
    summary: "Search hosts",
    tags: ["Hosts"],
    auth: "none",
    query: listHostsQuerySchema,
    responses: { 200: { description: "A page of active hosts, by name.", schema: hostPageSchema } },
  },
  {
    method: "GET",
    path: "/api/v1/hosts/{id}",
    operationId: "getHost",
    summary: "A host's public profile",
    tags: ["Hosts"],
    auth: "none",
    pathParams: { id: hostId },
    responses: { 200: { description: "The host.", schema: hostViewSchema } },
  },
  {
    method: "GET",
    path: "/api/v1/hosts/{id}/services",
    operationId: "listHostServices",
    summary: "A host's active services",
    tags: ["Hosts"],
    auth: "none",
    pathParams: { id: hostId },
    responses: { 200: { description: "Services, cheapest first.", schema: serviceListSchema } },
  },
  {
    method: "GET",
    path: "/api/v1/hosts/{id}/slots",
    operationId: "getHostSlots",
    summary: "Free start times of a host",
    description:
      "Free slots for whole dates (start..end, at most 62 days) read in `timeZone`. Anyone may ask; with credentials, the caller's own sessions are taken out too. Repeat `duration` to ask for several lengths.",
    tags: ["Hosts"],
    auth: "optional",
    pathParams: { id: hostId },
    query: slotsQuerySchema,
    responses: { 200: { description: "Free slots.", schema: slotsResultSchema } },
  },
  // ---------------------------------------------------------------- Host setup
  {
    method: "GET",
    path: "/api/v1/availability",
    operationId: "listAvailability",
    summary: "The caller's availability",
    tags: ["Host setup"],
    auth: "required",
    responses: { 200: { description: "Weekly rules, overrides and time off.", schema: availabilityViewSchema } },
    errors: { 403: ["forbidden"] },
  },
  {
    method: "POST",
    path: "/api/v1/availability",
    operationId: "createAvailability",
    summary: "Add a weekly range, a dated override or time off",
    description:
      "`type` selects the entry: `weekly` (dayOfWeek, start, end as HH:MM in the host's zone), `override` (a date with special hours, or closed when start/end are left out) or `time_off` (whole days startDate..endDate, or instants start..end). Overlapping weekly ranges are refused.",
    tags: ["Host setup"],
    auth: "required",
    idempotent: true,
    body: createAvailabilitySchema,
    bodyName: "CreateAvailabilityRequest",
    responses: { 201: { description: "The new entry and the whole availability.", schema: availabilityCreatedSchema } },
    errors: { 403: ["forbidden"] },
  },
  {
    method: "PUT",
    path: "/api/v1/availability/weekly",
    operationId: "replaceWeeklyAvailability",
    summary: "Replace all weekly rules at once",
    tags: ["Host setup"],
    auth: "required",
    body: replaceWeeklySchema,
    bodyName: "ReplaceWeeklyRequest",
    responses: { 200: { description: "The whole availability.", schema: availabilityViewSchema } },
    errors: { 403: ["forbidden"] },
  },
  {
    method: "PATCH",
    path: "/api/v1/availability/{id}",
    operationId: "updateAvailability",
    summary: "Change a weekly rule or override (or a time-off reason)",
    tags: ["Host setup"],
    auth: "required",
    pathParams: { id: { description: "Availability entry id (UUID).", schema: z.uuid() } },
    body: updateAvailabilitySchema,
    bodyName: "UpdateAvailabilityRequest",
    responses: { 200: { description: "The changed entry and the whole availability.", schema: availabilityUpdatedSchema } },
    errors: { 403: ["forbidden"] },
  },
  {
    method: "DELETE",
    path: "/api/v1/availability/{id}",
    operationId: "deleteAvailability",
    summary: "Remove an availability entry",
    tags: ["Host setup"],
    auth: "required",
    pathParams: { id: { description: "Availability entry id (UUID).", schema: z.uuid() } },
    responses: { 204: { description: "Deleted." } },
    errors: { 403: ["forbidden"] },
  },
  {
    method: "GET",
    path: "/api/v1/me/host-settings",
    operationId: "getHostSettings",
    summary: "The caller's host profile and booking policy",
    tags: ["Host setup", "Account"],
    auth: "required",
    responses: { 200: { description: "Profile and policy.", schema: hostSettingsViewSchema } },
    errors: { 403: ["forbidden"] },
  },
  {
    method: "PATCH",
    path: "/api/v1/me/host-settings",
    operationId: "updateHostSettings",
    summary: "Change the host profile and booking policy",
    description: "Send only the fields to change. The merged policy is validated as a whole (e.g. durations must fit the slot interval).",
    tags: ["Host setup", "Account"],
    auth: "required",
    body: hostSettingsSchema,
    bodyName: "HostSettingsRequest",
    responses: { 200: { description: "Profile and policy after the change.", schema: hostSettingsViewSchema } },
    errors: { 403: ["forbidden"] },
  },
  {
    method: "GET",
    path: "/api/v1/services",
    operationId: "listMyServices",
    summary: "The caller's services, archived ones included",
    tags: ["Host setup"],
    auth: "required",
    responses: { 200: { description: "Active services first, by name.", schema: serviceListSchema } },
    errors: { 403: ["forbidden"] },
  },
  {
    method: "POST",
    path: "/api/v1/services",
    operationId: "createService",
    summary: "Create a service",
    description: "Kinds: individual (booked at a time), group and course (the host schedules occurrences; `capacity` required), package (`packageItems`) and bundle (`bundleCredits`).",
    tags: ["Host setup"],
    auth: "required",
    idempotent: true,
    body: createServiceSchema,
    bodyName: "CreateServiceRequest",
    responses: { 201: { description: "The service.", schema: serviceViewSchema } },
    errors: { 403: ["forbidden"] },
  },
  {
    method: "PATCH",
    path: "/api/v1/services/{id}",
    operationId: "updateService",
    summary: "Change a service",
    tags: ["Host setup"],
    auth: "required",
    pathParams: { id: { description: "Service id (UUID).", schema: z.uuid() } },
    body: updateServiceSchema,
    bodyName: "UpdateServiceRequest",
    responses: { 200: { description: "The service after the change.", schema: serviceViewSchema } },
    errors: { 403: ["forbidden"] },
  },
  {
    method: "DELETE",
    path: "/api/v1/services/{id}",
    operationId: "deleteService",
    summary: "Delete (or archive) a service",
    description: "A service with bookings is archived (active: false) rather than deleted.",
    tags: ["Host setup"],
    auth: "required",
    pathParams: { id: { description: "Service id (UUID).", schema: z.uuid() } },
    responses: { 200: { description: "Whether it was archived instead of deleted.", schema: serviceDeletedSchema } },
    errors: { 403: ["forbidden"] },
  },
  {
    method: "POST",
    path: "/api/v1/services/{id}/occurrences",
    operationId: "scheduleOccurrence",
    summary: "Schedule a group session or course meeting",
    description: "Creates a confirmed group_session that clients then book seats in (POST /api/v1/bookings with occurrenceId).",
    tags: ["Host setup"],
    auth: "required",
    idempotent: true,
    pathParams: { id: { description: "Group or course service id (UUID).", schema: z.uuid() } },
    body: scheduleOccurrenceSchema,
    bodyName: "ScheduleOccurrenceRequest",
    responses: { 201: { description: "The occurrence.", schema: groupOccurrenceSchema } },
    errors: { 403: ["forbidden"], 409: ["booking_conflict"] },
  },
  {
    method: "GET",
    path: "/api/v1/clients",
    operationId: "listClients",
    summary: "The caller's clients",
    description: "Everyone who booked with the host or whom the host related to themselves, with session counts. Next session first.",
    tags: ["Host setup"],
    auth: "required",
    responses: { 200: { description: "Clients.", schema: clientListSchema } },
    errors: { 403: ["forbidden"] },
  },
  {
    method: "POST",
    path: "/api/v1/clients",
    operationId: "addClient",
    summary: "Relate a client by email",
    description: "For hosts who take bookings from related clients only. Adding an already active client is a 200.",
    tags: ["Host setup"],
    auth: "required",
    body: addClientSchema,
    bodyName: "AddClientRequest",
    responses: {
      200: { description: "Already an active client.", schema: clientViewSchema },
      201: { description: "Related.", schema: clientViewSchema, headers: { Location: { description: "URL of the relationship.", schema: z.string() } } },
    },
    errors: { 403: ["forbidden"] },
  },
  {
    method: "DELETE",
    path: "/api/v1/clients/{id}",
    operationId: "deactivateClient",
    summary: "End a client relationship",
    description: "The client's history stays; POST /api/v1/clients with their email reactivates it.",
    tags: ["Host setup"],
    auth: "required",
    pathParams: { id: { description: "The client's user id (UUID).", schema: z.uuid() } },
    responses: { 200: { description: "The client, relation inactive.", schema: clientViewSchema } },
    errors: { 403: ["forbidden"] },
  },
  // ---------------------------------------------------------------- Bookings
  {
    method: "GET",
    path: "/api/v1/bookings",
    operationId: "listBookings",
    summary: "List the caller's bookings",
    description: "Bookings where the caller is client or host (`role` narrows it; admins see all). Repeat `status` to match several.",
    tags: ["Bookings"],
    auth: "required",
    query: listBookingsQuerySchema,
    responses: { 200: { description: "A page of bookings.", schema: bookingPageSchema } },
  },
  {
    method: "POST",
    path: "/api/v1/bookings",
    operationId: "createBooking",
    summary: "Book a session",
    description:
      "Books `start` with a host for `duration` minutes (or until `end`). The booking is pending until the host confirms, or confirmed at once when the host does not review requests. The time is re-checked against availability and existing bookings atomically.",
    tags: ["Bookings"],
    auth: "required",
    idempotent: true,
    body: createBookingSchema,
    bodyName: "CreateBookingRequest",
    responses: {
      201: {
        description: "The new booking.",
        schema: bookingViewSchema,
        headers: { Location: { description: "URL of the new booking.", schema: z.string() } },
      },
    },
    errors: { 403: ["forbidden"], 409: ["slot_unavailable", "booking_conflict"] },
  },
  {
    method: "POST",
    path: "/api/v1/bookings/purchases",
    operationId: "createPurchase",
    summary: "Buy a course, package or bundle",
    description:
      "A course takes a seat in every future meeting of the course; a package or bundle adds session credits with the host (spend them with useCredit on POST /api/v1/bookings). Confirmed at once; priced purchases are left unpaid until payment is settled.",
    tags: ["Bookings"],
    auth: "required",
    idempotent: true,
    body: createPurchaseSchema,
    bodyName: "CreatePurchaseRequest",
    responses: {
      201: {
        description: "The purchase and its parts.",
        schema: purchaseSchema,
        headers: { Location: { description: "URL of the purchase booking.", schema: z.string() } },
      },
    },
    errors: { 403: ["forbidden"], 409: ["slot_unavailable", "booking_conflict"] },
  },
  {
    method: "GET",
    path: "/api/v1/bookings/statistics",
    operationId: "getBookingStatistics",
    summary: "Session counts and hours",
    tags: ["Bookings"],
    auth: "required",
    query: statisticsQuerySchema,
    responses: { 200: { description: "Statistics of the caller as client or host.", schema: statisticsSchema } },
  },
  {
    method: "GET",
    path: "/api/v1/bookings/{id}",
    operationId: "getBooking",
    summary: "One booking",
    description: "A booking the caller is not a party to is a 404, as if it did not exist.",
    tags: ["Bookings"],
    auth: "required",
    pathParams: { id: booking },
    responses: { 200: { description: "The booking.", schema: bookingViewSchema } },
  },
  {
    method: "PATCH",
    path: "/api/v1/bookings/{id}",
    operationId: "updateBooking",
    summary: "Edit a booking's details",
    description: "Pending or confirmed future bookings only. Location and meeting URL are the host's to change.",
    tags: ["Bookings"],
    auth: "required",
    pathParams: { id: booking },
    body: updateBookingSchema,
    bodyName: "UpdateBookingRequest",
    responses: bookingOk,
    errors: { 403: ["forbidden"], 409: ["not_modifiable", "illegal_transition"] },
  },
  ...ACTIONS.map(
    ({ action, summary, description, body, bodyName, errors }): OperationSpec => ({
      method: "POST",
      path: `/api/v1/bookings/{id}/${action}`,
      route: "/api/v1/bookings/{id}/{action}",
      operationId: `${action === "no-show" ? "noShow" : action}Booking`,
      summary,
      description,
      tags: ["Bookings"],
      auth: "required",
      idempotent: true,
      pathParams: { id: booking },
      body: body ?? emptyBodySchema,
      bodyName: bodyName ?? "EmptyRequest",
      responses: bookingOk,
      errors,
    }),
  ),
  {
    method: "GET",
    path: "/api/v1/bookings/{id}/notes",
    operationId: "listBookingNotes",
    summary: "Notes on a booking",
    description: "Shared notes of both parties plus the caller's own private notes.",
    tags: ["Bookings"],
    auth: "required",
    pathParams: { id: booking },
    responses: { 200: { description: "Notes, oldest first.", schema: noteListSchema } },
  },
  {
    method: "POST",
    path: "/api/v1/bookings/{id}/notes",
    operationId: "addBookingNote",
    summary: "Add a note",
    tags: ["Bookings"],
    auth: "required",
    idempotent: true,
    pathParams: { id: booking },
    body: addNoteSchema,
    bodyName: "AddNoteRequest",
    responses: { 201: { description: "The note.", schema: noteViewSchema } },
  },
  {
    method: "POST",
    path: "/api/v1/bookings/{id}/feedback",
    operationId: "submitFeedback",
    summary: "Rate a completed session",
    description: "The client of a completed session, once.",
    tags: ["Bookings"],
    auth: "required",
    idempotent: true,
    pathParams: { id: booking },
    body: feedbackSchema,
    bodyName: "FeedbackRequest",
    responses: { 201: { description: "The feedback.", schema: feedbackViewSchema } },
    errors: { 403: ["forbidden"], 409: ["not_modifiable"] },
  },
  // ---------------------------------------------------------------- Calendar
  {
    method: "GET",
    path: "/api/v1/bookings/{id}/ics",
    operationId: "getBookingIcs",
    summary: "The booking as an .ics file",
    description:
      "An iTIP message for calendar apps: METHOD:REQUEST while the session is on, METHOD:CANCEL once it is cancelled or declined. The UID (`<id>@slotbook`) never changes and SEQUENCE grows with every change, so importing a newer file updates the event in place.",
    tags: ["Calendar", "Bookings"],
    auth: "required",
    pathParams: { id: booking },
    responses: {
      200: icsResponse("The iCalendar file.", {
        "Content-Disposition": { description: 'attachment; filename="slotbook-<code>.ics"', schema: z.string() },
      }),
    },
  },
  {
    method: "GET",
    path: "/api/v1/calendar/{feedToken}.ics",
    route: "/api/v1/calendar/{feed}",
    operationId: "getCalendarFeedIcs",
    summary: "Subscribable calendar feed",
    description:
      "The user's sessions as client and as host, from 30 days ago on (METHOD:PUBLISH). Cancelled sessions stay in with STATUS:CANCELLED. The secret token is the only credential; get it from GET /api/v1/me/calendar-feed.",
    tags: ["Calendar"],
    auth: "none",
    pathParams: { feedToken: { description: "The feed's secret token (UUID).", schema: z.uuid() } },
    responses: { 200: icsResponse("The feed.") },
  },
  // ---------------------------------------------------------------- Webhooks
  {
    method: "GET",
    path: "/api/v1/webhooks",
    operationId: "listWebhooks",
    summary: "The caller's webhook subscriptions",
    tags: ["Webhooks"],
    auth: "required",
    query: pageQuerySchema,
    responses: { 200: { description: "A page of subscriptions, newest first.", schema: webhookPageSchema } },
  },
  {
    method: "POST",
    path: "/api/v1/webhooks",
    operationId: "createWebhook",
    summary: "Subscribe an endpoint",
    description: "Deliveries are signed with the returned secret (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature headers).",
    tags: ["Webhooks"],
    auth: "required",
    idempotent: true,
    body: createWebhookSchema,
    bodyName: "CreateWebhookRequest",
    responses: {
      201: {
        description: "The subscription, with its secret (shown once).",
        schema: webhookCreatedSchema,
        headers: { Location: { description: "URL of the subscription.", schema: z.string() } },
      },
    },
  },
  {
    method: "DELETE",
    path: "/api/v1/webhooks/{id}",
    operationId: "deleteWebhook",
    summary: "Unsubscribe",
    tags: ["Webhooks"],
    auth: "required",
    pathParams: { id: { description: "Subscription id (UUID).", schema: z.uuid() } },
    responses: { 204: { description: "Deleted." } },
  },
  {
    method: "GET",
    path: "/api/v1/webhooks/{id}/deliveries",
    operationId: "listWebhookDeliveries",
    summary: "Delivery log of a subscription",
    tags: ["Webhooks"],
    auth: "required",
    pathParams: { id: { description: "Subscription id (UUID).", schema: z.uuid() } },
    query: pageQuerySchema,
    responses: { 200: { description: "Deliveries, newest first.", schema: webhookDeliveryPageSchema } },
  },
  // ---------------------------------------------------------------- Integrations
  {
    method: "GET",
    path: "/api/v1/integrations",
    operationId: "getIntegrations",
    summary: "Which providers are on",
    description: "Flags, never secrets. With `bookingId` (a party of the booking or an admin): that booking's meeting, payment and provider jobs.",
    tags: ["Integrations"],
    auth: "optional",
    query: integrationsQuerySchema,
    responses: { 200: { description: "Provider status.", schema: integrationStatusSchema } },
    errors: { 401: ["unauthenticated"], 404: ["not_found"] },
  },
  {
    method: "POST",
    path: "/api/v1/payments/stripe/webhook",
    operationId: "stripeWebhook",
    summary: "Stripe event receiver",
    description:
      "For Stripe, not for API clients: checkout and refund events. The Stripe-Signature header is checked on the raw body. A 2xx is sent only once the event's effect is committed; replays are acknowledged without being applied twice.",
    tags: ["Integrations"],
    auth: "none",
    headers: { "Stripe-Signature": { description: "t=<unix seconds>,v1=<HMAC-SHA256 hex> (Stripe webhook signing).", required: true } },
    body: stripeEventSchema,
    bodyName: "StripeEvent",
    responses: { 200: { description: "Received.", schema: stripeAckSchema } },
    errors: { 400: ["validation_failed", "invalid_json"], 413: ["payload_too_large"], 501: ["feature_disabled"] },
  },
  // ---------------------------------------------------------------- Admin
  {
    method: "GET",
    path: "/api/v1/admin/mail",
    operationId: "listMail",
    summary: "The mail outbox",
    description: "Every notification Slotbook rendered, newest first, whether or not SMTP is configured. Administrators only. Filter by kind and by part of the recipient's address.",
    tags: ["Admin", "Integrations"],
    auth: "required",
    query: listMailQuerySchema,
    responses: { 200: { description: "A page of messages, newest first.", schema: mailPageSchema } },
    errors: { 403: ["forbidden"] },
  },
  {
    method: "GET",
    path: "/api/v1/admin/mail/{id}",
    operationId: "getMail",
    summary: "One message of the mail outbox",
    description: "With its bodies and attachment. Administrators only.",
    tags: ["Admin", "Integrations"],
    auth: "required",
    pathParams: { id: { description: "Message id (UUID).", schema: z.uuid() } },
    responses: { 200: { description: "The message.", schema: mailDetailSchema } },
    errors: { 403: ["forbidden"] },
  },
  // ---------------------------------------------------------------- Meta
  {
    method: "GET",
    path: "/api/v1/openapi.json",
    operationId: "getOpenApiDocument",
    summary: "This OpenAPI document",
    description: "Generated from the same zod schemas the handlers validate with. Human-readable version: /docs/api.",
    tags: ["Meta"],
    auth: "none",
    responses: { 200: { description: "OpenAPI 3.1 document.", schema: openApiDocumentSchema } },
  },
];

/** Default component name of an operation's request body. */
export const defaultBodyName = (op: OperationSpec) => `${pascal(op.operationId)}Request`;
