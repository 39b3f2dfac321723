// zod schemas of what /api/v1 answers, for the OpenAPI document. They mirror the
// view functions (toBookingView, toHostView, ...) and are kept honest by
// tests/integration/openapi-responses.test.ts, which parses real responses of
// the real route handlers with them: a field added to a view without being
// documented here fails that test.
import { z } from "zod";
import { ActorRole, BookingAudience, BookingKind, BookingStatus, DeliveryStatus, PaymentStatus, Role, ServiceKind, SessionType } from "@/lib/generated/prisma/enums";
import { WEBHOOK_EVENT_TYPES } from "@/lib/integrations/webhooks/event-types";

const uuid = z.uuid();
/** JSON instants are ISO-8601 in UTC with a Z, e.g. 2026-03-08T17:00:00.000Z. */
const instant = z.iso.datetime();
const int = z.number().int();

export const bookingActionSchema = z.enum(["confirm", "decline", "cancel", "start", "complete", "no_show", "reschedule"]);

export const problemSchema = z
  .object({
    type: z.string().meta({ description: "URI of the problem type, https://slotbook.dev/problems/<code>.", examples: ["https://slotbook.dev/problems/validation_failed"] }),
    title: z.string().meta({ description: "Short, human-readable summary of the problem type.", examples: ["Invalid request"] }),
    status: int.meta({ description: "The HTTP status code.", examples: [400] }),
    detail: z.string().meta({ description: "What went wrong this time, for humans.", examples: ["start: Use an ISO-8601 date-time with Z or an offset."] }),
    code: z.string().meta({ description: "Stable machine-readable error code, e.g. validation_failed, slot_unavailable.", examples: ["validation_failed"] }),
    errors: z
      .array(z.object({ field: z.string().describe('Dotted path of the offending field, "" for the whole body.'), message: z.string() }))
      .optional()
      .describe("Field-level validation errors."),
  })
  .catchall(z.unknown())
  .describe("RFC 9457 problem details (application/problem+json). Some problems add members, e.g. currentStatus, reason, retryAfter.");

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    page: int.min(1).describe("1-based page number."),
    pageSize: int.min(1).max(100),
    total: int.min(0).describe("Number of items across all pages."),
  });

const personSchema = {
  id: uuid,
  name: z.string(),
  email: z.email(),
  avatarUrl: z.string().nullable(),
  timeZone: z.string().describe("IANA time zone."),
};

export const bookingViewSchema = z
  .object({
    id: uuid,
    code: z.string().describe("Human-friendly booking code, e.g. SB-7K2M9Q."),
    kind: z.enum(BookingKind),
    status: z.enum(BookingStatus),
    paymentStatus: z.enum(PaymentStatus),
    hostId: uuid,
    clientId: uuid.nullable(),
    serviceId: uuid.nullable(),
    parentId: uuid.nullable(),
    occurrenceId: uuid.nullable(),
    host: z.object({ ...personSchema, company: z.string() }),
    client: z.object(personSchema).nullable(),
    service: z
      .object({ id: uuid, name: z.string(), kind: z.enum(ServiceKind), durationMinutes: int, priceCents: int, currency: z.string().length(3) })
      .nullable(),
    start: instant.nullable().describe("Null for purchases without a time of their own (packages, courses)."),
    end: instant.nullable(),
    durationMinutes: int.nullable(),
    actualStart: instant.nullable(),
    actualEnd: instant.nullable(),
    timeZone: z.string().describe("IANA zone the booking was made in."),
    sessionType: z.enum(SessionType),
    capacity: int.nullable(),
    title: z.string(),
    description: z.string(),
    notes: z.string(),
    clientNotes: z.string(),
    agenda: z.string(),
    location: z.string(),
    meeting: z.object({ provider: z.string().nullable(), id: z.string().nullable(), url: z.string(), password: z.string().nullable() }).nullable(),
    priceCents: int,
    currency: z.string().length(3),
    refundedCents: int,
    creditsTotal: int.nullable(),
    confirmedAt: instant.nullable(),
    cancellation: z
      .object({ reason: z.string().nullable(), by: z.enum(ActorRole).nullable(), at: instant, noticeHours: z.number().nullable() })
      .nullable(),
    rescheduledFromId: uuid.nullable().describe("The cancelled history row holding the previous time, after a reschedule."),
    rescheduleReason: z.string().nullable(),
    canCancel: z.boolean().describe("Whether the caller may cancel now (status and notice period)."),
    canReschedule: z.boolean(),
    isUpcoming: z.boolean(),
    allowedActions: z.array(bookingActionSchema).describe("Actions the caller may take now: POST /api/v1/bookings/{id}/<action> (no_show is /no-show)."),
    createdAt: instant,
    updatedAt: instant,
  })
  .describe("A booking as its client, its host or an admin sees it.");

export const hostViewSchema = z
  .object({
    id: uuid,
    name: z.string(),
    avatarUrl: z.string().nullable(),
    timeZone: z.string(),
    headline: z.string(),
    bio: z.string(),
    company: z.string(),
    topics: z.array(z.string()),
    active: z.boolean(),
    sessionTypes: z.array(z.enum(SessionType)),
    priceFromCents: int.nullable().describe("Lowest price of an active service; null without services."),
    currency: z.string().nullable(),
    policy: z
      .object({
        slotIntervalMinutes: int,
        durationsMinutes: z.array(int),
        minNoticeMinutes: int,
        horizonDays: int,
        minCancelNoticeHours: int,
        requiresConfirmation: z.boolean(),
        audience: z.enum(BookingAudience),
      })
      .nullable(),
  })
  .describe("What anyone may see of a host (never their email).");

export const serviceViewSchema = z.object({
  id: uuid,
  kind: z.enum(ServiceKind),
  name: z.string(),
  description: z.string(),
  durationMinutes: int,
  priceCents: int,
  currency: z.string().length(3),
  sessionType: z.enum(SessionType),
  location: z.string(),
  capacity: int.nullable(),
  bundleCredits: int.nullable(),
  active: z.boolean(),
});

export const slotsResultSchema = z.object({
  hostId: uuid,
  timeZone: z.string().describe("The zone the dates were read in."),
  slots: z.array(
    z.object({
      start: instant,
      end: instant.describe("End for the shortest listed duration."),
      durations: z.array(int).describe("Durations in minutes that fit at this start."),
    }),
  ),
  calendarSync: z
    .literal("stale")
    .optional()
    .describe("Present when the host's connected calendar did not answer in time: its busy times may be missing from these slots."),
});

export const userSchema = z.object({
  id: uuid,
  email: z.email(),
  name: z.string(),
  avatarUrl: z.string().nullable(),
  timeZone: z.string(),
  roles: z.array(z.enum(Role)),
  createdAt: instant,
});

export const meSchema = userSchema.extend({
  hostProfile: z.object({ headline: z.string(), active: z.boolean() }).nullable(),
});

export const signUpResponseSchema = z.object({ user: userSchema });

export const tokenResponseSchema = z.object({
  token: z.string().meta({ description: "Personal API token, shown once: send it as Authorization: Bearer <token>.", examples: ["sb_3q9…"] }),
  user: userSchema,
});

export const noteViewSchema = z.object({
  id: uuid,
  content: z.string(),
  isPrivate: z.boolean().describe("Private notes are visible to their author only."),
  author: z.object({ id: uuid, name: z.string() }),
  createdAt: instant,
});

export const feedbackViewSchema = z.object({
  id: uuid,
  bookingId: uuid,
  rating: int.min(1).max(5),
  comment: z.string(),
  createdAt: instant,
});

export const statisticsSchema = z.object({
  totalSessions: int,
  completedSessions: int,
  upcomingSessions: int,
  cancelledSessions: int,
  totalHours: z.number(),
  favoriteSessionTypes: z.array(z.enum(SessionType)).max(3),
});

export const webhookViewSchema = z.object({
  id: uuid,
  url: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENT_TYPES)).describe("Subscribed event types; empty means every type."),
  active: z.boolean(),
  disabledAt: instant.nullable(),
  disabledReason: z.string().nullable(),
  createdAt: instant,
  secretHint: z.string().describe("Last characters of the signing secret, to tell secrets apart."),
});

export const webhookCreatedSchema = webhookViewSchema.extend({
  secret: z.string().describe("Standard Webhooks signing secret (whsec_…). Returned once, on creation."),
});

export const webhookDeliverySchema = z.object({
  id: uuid,
  messageId: z.string().describe("The webhook-id header, stable across retries."),
  eventId: uuid,
  eventType: z.string(),
  status: z.enum(DeliveryStatus),
  attempts: int,
  nextAttemptAt: instant.nullable(),
  lastStatusCode: int.nullable(),
  lastError: z.string().nullable(),
  deliveredAt: instant.nullable(),
  createdAt: instant,
});

const hhmm = z.string().describe("Wall-clock time HH:MM (24-hour) in the host's zone; 24:00 is the end of the day.");
const isoDate = z.iso.date();

export const availabilityViewSchema = z
  .object({
    timeZone: z.string().describe("The host's IANA zone: weekly rules and dates are read in it."),
    weekly: z.array(
      z.object({
        id: uuid,
        type: z.literal("weekly"),
        dayOfWeek: int.min(0).max(6).describe("0 = Sunday … 6 = Saturday."),
        start: hhmm,
        end: hhmm,
        isAvailable: z.boolean(),
        notes: z.string(),
        createdAt: instant,
        updatedAt: instant,
      }),
    ),
    overrides: z.array(
      z.object({
        id: uuid,
        type: z.literal("override"),
        date: isoDate.nullable(),
        start: hhmm.nullable(),
        end: hhmm.nullable(),
        closed: z.boolean().describe("The whole date is closed (no start/end)."),
      }),
    ),
    timeOff: z.array(
      z.object({
        id: uuid,
        type: z.literal("time_off"),
        startDate: isoDate.nullable(),
        endDate: isoDate.nullable(),
        start: instant.nullable(),
        end: instant.nullable(),
        reason: z.string(),
      }),
    ),
  })
  .describe("A host's whole availability: weekly rules, dated overrides and time off.");

const availabilityEntrySchema = z.object({ id: uuid, type: z.enum(["weekly", "override", "time_off"]) });
export const availabilityCreatedSchema = z.object({ created: availabilityEntrySchema, availability: availabilityViewSchema });
export const availabilityUpdatedSchema = z.object({ updated: availabilityEntrySchema, availability: availabilityViewSchema });

export const hostSettingsViewSchema = z.object({
  headline: z.string(),
  bio: z.string(),
  company: z.string(),
  topics: z.array(z.string()),
  active: z.boolean().describe("Whether the host takes bookings."),
  slotIntervalMinutes: int,
  durationsMinutes: z.array(int),
  bufferBeforeMinutes: int,
  bufferAfterMinutes: int,
  minNoticeMinutes: int,
  horizonDays: int,
  minCancelNoticeHours: int,
  requiresConfirmation: z.boolean(),
  audience: z.enum(BookingAudience),
  dailyBookingLimit: int.nullable(),
  weeklyBookingLimit: int.nullable(),
  refundFullNoticeHours: int,
  videoProvider: z
    .enum(["auto", "google_meet"])
    .describe("auto: Zoom when the server has it, else Jitsi. google_meet: a Meet link from the host's connected Google Calendar (Jitsi while none is connected)."),
  timeZone: z.string(),
});

export const serviceDeletedSchema = z.object({
  archived: z.boolean().describe("True when the service had bookings: it is deactivated instead of deleted, so history keeps it."),
});

export const groupOccurrenceSchema = z.object({
  id: uuid.describe("Id of the group_session booking; clients book a seat with occurrenceId."),
  serviceId: uuid,
  start: instant,
  end: instant,
  capacity: int.nullable(),
  seatsTaken: int,
  status: z.enum(BookingStatus),
});

export const purchaseSchema = bookingViewSchema
  .extend({ children: z.array(bookingViewSchema).describe("The course seats taken by the purchase (empty for packages and bundles).") })
  .describe("A course, package or bundle purchase: a booking without a time of its own, and its parts.");

export const clientViewSchema = z
  .object({
    id: uuid,
    name: z.string(),
    email: z.email(),
    timeZone: z.string(),
    sessions: z.object({ total: int, completed: int, upcoming: int, cancelled: int }),
    lastSessionAt: instant.nullable(),
    nextSessionAt: instant.nullable(),
    relation: z
      .object({ id: uuid, active: z.boolean(), createdAt: instant })
      .nullable()
      .describe("The explicit client relationship, which hosts taking only related clients need; null when the person is a client through bookings only."),
  })
  .describe("Someone who booked with the host or whom the host related to themselves.");
export const clientListSchema = z.object({ items: z.array(clientViewSchema) });

export const apiTokenSchema = z.object({
  id: uuid,
  name: z.string(),
  prefix: z.string().describe("First characters of the token, to recognise it."),
  createdAt: instant,
  lastUsedAt: instant.nullable(),
  revokedAt: instant.nullable(),
});
export const apiTokenListSchema = z.object({ items: z.array(apiTokenSchema) });
export const apiTokenCreatedSchema = z.object({
  id: uuid,
  name: z.string(),
  prefix: z.string(),
  createdAt: instant,
  token: z.string().meta({ description: "The token itself, shown once: send it as Authorization: Bearer <token>.", examples: ["sb_3q9…"] }),
});

const jobViewSchema = z.object({
  id: uuid,
  kind: z.string().describe("e.g. video.create, email.send."),
  status: z.enum(["pending", "done", "failed", "dead", "skipped"]),
  attempts: int,
  nextAttemptAt: instant.nullable(),
  lastError: z.string().nullable(),
  eventType: z.string(),
  createdAt: instant,
  updatedAt: instant,
});

export const paymentSummarySchema = z.object({
  provider: z.string(),
  status: z.enum(PaymentStatus),
  checkoutUrl: z.string().nullable().describe("The hosted checkout page while the booking waits for payment."),
  checkoutExpiresAt: instant.nullable(),
  amountCents: int,
  currency: z.string().length(3),
  refundedCents: int,
});

export const integrationStatusSchema = z.object({
  video: z.object({ provider: z.enum(["zoom", "jitsi"]), configured: z.boolean(), missing: z.array(z.string()), summary: z.string() }),
  payments: z.object({ provider: z.enum(["stripe"]).nullable(), configured: z.boolean(), webhookConfigured: z.boolean(), summary: z.string() }),
  email: z.object({ provider: z.enum(["smtp"]).nullable(), configured: z.boolean(), summary: z.string() }),
  calendar: z.object({
    configured: z.boolean(),
    google: z.boolean().describe("Google Calendar (and Google Meet) can be connected."),
    outlook: z.boolean().describe("Outlook (Microsoft Graph) can be connected."),
    summary: z.string(),
  }),
  booking: z
    .object({
      id: uuid,
      meeting: z.object({ provider: z.string().nullable(), status: z.enum(["ready", "pending", "failed", "none"]) }),
      payment: paymentSummarySchema.nullable(),
      jobs: z.array(jobViewSchema),
    })
    .optional()
    .describe("With ?bookingId= only: that booking's meeting, payment and provider jobs."),
});

export const calendarConnectionListSchema = z.object({
  items: z.array(
    z.object({
      provider: z.enum(["google", "outlook"]),
      label: z.string(),
      status: z
        .enum(["not_configured", "not_connected", "connected", "needs_reconnect"])
        .describe("needs_reconnect: the provider refused the stored grant; nothing is synced until the user connects again."),
      accountEmail: z.string().nullable(),
      connectedAt: instant.nullable(),
      lastError: z.string().nullable(),
      summary: z.string(),
    }),
  ),
});

export const calendarConnectSchema = z.object({
  authUrl: z.url().describe("The provider's consent page (state and PKCE challenge included). Send the browser there."),
});

export const stripeAckSchema = z.object({
  received: z.literal(true),
  duplicate: z.boolean().describe("The event was already applied (Stripe retried it)."),
  outcome: z.string().describe("What the event did, e.g. paid, refund_recorded, ignored."),
  bookingId: uuid.nullable(),
});

export const calendarFeedSchema = z.object({
  url: z.string().meta({
    description: "Path of the subscribable feed, /api/v1/calendar/<feedToken>.ics. The token is a secret.",
    examples: ["/api/v1/calendar/1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b.ics"],
  }),
});

/** text/calendar and other non-JSON bodies. */
export const icsSchema = z.string().meta({
  description: "An iCalendar (RFC 5545) object.",
  examples: ["BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Slotbook//Slotbook//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:6f1c2a4e-…@slotbook\r\nSEQUENCE:0\r\n…\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"],
});

export const bookingPageSchema = pageOf(bookingViewSchema);
export const hostPageSchema = pageOf(hostViewSchema);
export const webhookPageSchema = pageOf(webhookViewSchema);
export const webhookDeliveryPageSchema = pageOf(webhookDeliverySchema);
export const noteListSchema = z.object({ items: z.array(noteViewSchema) });
export const serviceListSchema = z.object({ items: z.array(serviceViewSchema) });

export const notificationPreferencesViewSchema = z.object({
  emailReminders: z.boolean().describe("Reminder mails 24 hours and 1 hour before each confirmed session."),
});

export const mailSummarySchema = z.object({
  id: uuid,
  kind: z.string().describe("request, booked, confirmed, declined, cancelled, rescheduled, reminder_24h, reminder_1h or feedback_request."),
  to: z.string().describe("Recipient address."),
  toName: z.string(),
  userId: uuid.nullable().describe("The recipient's account."),
  bookingId: uuid.nullable(),
  subject: z.string(),
  status: z.enum(["stored", "sent", "failed"]).describe("stored: in the outbox only (SMTP off); sent: accepted by the SMTP server; failed: the last attempt failed and is retried."),
  attempts: int.min(0).describe("SMTP attempts made."),
  sentAt: instant.nullable(),
  error: z.string().nullable().describe("The last SMTP error."),
  createdAt: instant,
});
export const mailPageSchema = pageOf(mailSummarySchema);
export const mailDetailSchema = mailSummarySchema.extend({
  text: z.string().describe("Plain-text body."),
  html: z.string().nullable().describe("HTML body (every user-supplied value escaped)."),
  ics: z.string().nullable().describe("The attached iCalendar invitation, if any."),
});

export const openApiDocumentSchema = z.object({ openapi: z.string() }).catchall(z.unknown()).describe("This document.");

/** Names under components.schemas for the shared response shapes. */
export const RESPONSE_COMPONENTS: ReadonlyArray<readonly [string, z.ZodType]> = [
  ["Problem", problemSchema],
  ["Booking", bookingViewSchema],
  ["BookingPage", bookingPageSchema],
  ["BookingAction", bookingActionSchema],
  ["Host", hostViewSchema],
  ["HostPage", hostPageSchema],
  ["Service", serviceViewSchema],
  ["Slots", slotsResultSchema],
  ["User", userSchema],
  ["Me", meSchema],
  ["SignUpResponse", signUpResponseSchema],
  ["TokenResponse", tokenResponseSchema],
  ["Note", noteViewSchema],
  ["Feedback", feedbackViewSchema],
  ["BookingStatistics", statisticsSchema],
  ["Webhook", webhookViewSchema],
  ["WebhookCreated", webhookCreatedSchema],
  ["WebhookPage", webhookPageSchema],
  ["WebhookDelivery", webhookDeliverySchema],
  ["WebhookDeliveryPage", webhookDeliveryPageSchema],
  ["NoteList", noteListSchema],
  ["ServiceList", serviceListSchema],
  ["CalendarFeed", calendarFeedSchema],
  ["Availability", availabilityViewSchema],
  ["AvailabilityCreated", availabilityCreatedSchema],
  ["AvailabilityUpdated", availabilityUpdatedSchema],
  ["HostSettings", hostSettingsViewSchema],
  ["ServiceDeleted", serviceDeletedSchema],
  ["GroupOccurrence", groupOccurrenceSchema],
  ["Purchase", purchaseSchema],
  ["Client", clientViewSchema],
  ["ClientList", clientListSchema],
  ["ApiToken", apiTokenSchema],
  ["ApiTokenList", apiTokenListSchema],
  ["ApiTokenCreated", apiTokenCreatedSchema],
  ["PaymentSummary", paymentSummarySchema],
  ["IntegrationStatus", integrationStatusSchema],
  ["StripeWebhookAck", stripeAckSchema],
  ["ICalendar", icsSchema],
  ["OpenApiDocument", openApiDocumentSchema],
  ["NotificationPreferences", notificationPreferencesViewSchema],
  ["MailMessage", mailSummarySchema],
  ["MailPage", mailPageSchema],
  ["MailMessageDetail", mailDetailSchema],
];
