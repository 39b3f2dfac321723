// Create an individual session or a seat in a group session. The engine's check
// gives a precise reason first; the exclusion constraints have the last word
// when two requests race for one slot.
import { randomUUID } from "node:crypto";
import { checkBooking, resolvePolicy } from "@/lib/domain";
import type { Db } from "@/lib/db";
import type { Actor } from "../actor";
import { isDeadlock, isExclusionViolation, isUniqueViolation, violatedConstraint } from "../db-errors";
import { AppError, notFound } from "../errors";
import { plannedJobsFor, recordEventWithSideEffects } from "@/lib/integrations/jobs/record-with-side-effects";
import { outboxRow, storedPayload, type NewEvent } from "../outbox";
import { kickIntegrationRunner } from "@/lib/integrations/jobs/kick";
import { stripeConfig } from "@/lib/integrations/payments/stripe-config";
import type { PaymentSummary } from "../payments/payment-summary";
import { startCheckout } from "../payments/start-checkout";
import { loadGroupOccurrences, loadSchedulingContext } from "../scheduling-context";
import { newBookingCode } from "../booking-code";
import { bookingSelect, toBookingView, type BookingRow, type BookingView } from "./booking-view";
import { bookingConflict, slotRefusal } from "./engine-errors";
import { insertBookingWithEvents } from "./insert-booking";
import { lockOccurrenceSeats } from "./lock-occurrence";
import { hostWantsGoogleMeet, meetingFieldsOnConfirm } from "./meeting-on-confirm";
import type { CreateBookingInput } from "./schemas";
import { creditBalance } from "./credits";

const MINUTE = 60_000;

/** `payment` is present when a payment provider takes the money (Stripe Checkout). */
export type CreatedBookingView = BookingView & { payment?: PaymentSummary | null };

export async function createBooking(db: Db, actor: Actor, input: CreateBookingInput, now = new Date(), attempt = 1): Promise<CreatedBookingView> {
  if (input.hostId === actor.userId) {
    throw new AppError("validation_failed", "You cannot book a session with yourself.", { fields: [{ field: "hostId", message: "This is you." }] });
  }
  const service = input.serviceId
    ? await db.service.findFirst({
        where: { id: input.serviceId, hostId: input.hostId, active: true },
        select: { id: true, kind: true, name: true, durationMinutes: true, priceCents: true, currency: true, sessionType: true, location: true, capacity: true },
      })
    : null;
  if (input.serviceId && !service) throw notFound("Service");
  if (service && service.kind !== "individual" && service.kind !== "group") {
    throw new AppError("validation_failed", `A ${service.kind} is bought, not booked at a time: use POST /api/v1/bookings/purchases.`, {
      fields: [{ field: "serviceId", message: "Not a bookable session." }],
    });
  }

  const duration = input.duration ?? (input.end ? Math.round((input.end.getTime() - input.start.getTime()) / MINUTE) : service?.durationMinutes);
  if (!duration) throw new AppError("validation_failed", "Send duration (minutes) or end.", { fields: [{ field: "duration", message: "Required." }] });
  if (input.end && input.duration && input.end.getTime() - input.start.getTime() !== input.duration * MINUTE) {
    throw new AppError("validation_failed", "end and duration disagree.", { fields: [{ field: "end", message: "Does not match duration." }] });
  }
  const end = new Date(input.start.getTime() + duration * MINUTE);

  const ctx = await loadSchedulingContext(db, { hostId: input.hostId, from: input.start, to: end, clientId: actor.userId, externalCalendars: { now } });
  if (!ctx.host.active) throw new AppError("forbidden", "This host is not taking bookings at the moment.");
  if (ctx.host.audience === "related_clients") {
    const relation = await db.clientHostRelation.findFirst({ where: { clientId: actor.userId, hostId: input.hostId, active: true }, select: { id: true } });
    if (!relation) throw new AppError("forbidden", "This host only takes bookings from their existing clients.");
  }

  const isGroup = service?.kind === "group";
  const occurrences = isGroup && service ? await loadGroupOccurrences(db, service.id, new Date(input.start.getTime() - MINUTE), new Date(end.getTime() + MINUTE)) : [];
  const check = checkBooking({
    policy: ctx.policy,
    availability: ctx.availability,
    now,
    hostBusy: ctx.hostBusy,
    clientBusy: ctx.clientBusy,
    externalBusy: ctx.externalBusy,
    start: input.start,
    durationMinutes: duration,
    ...(service ? { durations: [service.durationMinutes] } : {}),
    ...(isGroup ? { group: { occurrences: input.occurrenceId ? occurrences.filter((o) => o.id === input.occurrenceId) : occurrences, allowNewOccurrences: false } } : {}),
  });
  if (!check.ok) throw slotRefusal(check);

  const policy = resolvePolicy(ctx.policy);
  const priced = (service?.priceCents ?? 0) > 0 && !input.useCredit;
  // With Stripe on, a priced session holds its slot unpaid until the
  // checkout completes (the webhook then applies the host's policy).
  const paidOnline = priced && stripeConfig() !== null;
  const status: "pending_payment" | "pending" | "confirmed" = paidOnline ? "pending_payment" : policy.requiresConfirmation ? "pending" : "confirmed";
  const code = newBookingCode();
  const base = {
    code,
    clientId: actor.userId,
    hostId: input.hostId,
    serviceId: service?.id ?? null,
    startAt: input.start,
    endAt: end,
    durationMinutes: duration,
    timeZone: input.timeZone ?? (await clientZone(db, actor.userId)),
    sessionType: input.sessionType ?? service?.sessionType ?? "video",
    title: input.title ?? `${service?.name ?? "Session"} with ${ctx.host.name}`,
    description: input.description ?? "",
    notes: input.notes ?? "",
    clientNotes: input.clientNotes ?? "",
    agenda: input.agenda ?? "",
    location: service?.location ?? "",
    status,
    priceCents: input.useCredit ? 0 : (service?.priceCents ?? 0),
    currency: service?.currency ?? "USD",
    // Without a provider, payments are settled outside Slotbook.
    paymentStatus: paidOnline ? ("pending" as const) : priced ? ("unpaid" as const) : ("not_required" as const),
    ...(paidOnline ? { paymentProvider: "stripe" } : {}),
    ...(status === "confirmed" ? { confirmedAt: now } : {}),
  };

  const googleMeet = status === "confirmed" && !isGroup && (await hostWantsGoogleMeet(db, input.hostId, ctx.videoProvider));
  const meeting =
    status !== "confirmed"
      ? {}
      : isGroup
        ? meetingFieldsOnConfirm({ ...base, meetingUrl: null })
        : meetingFieldsOnConfirm({ ...base, meetingUrl: null }, { deferToProvider: true, googleMeet });
  const audience = [actor.userId, input.hostId];
  const lifecycleEvents = (bookingId: string): NewEvent[] => [
    { type: "booking.created", bookingId, audience, payload: { status, start: input.start.toISOString(), end: end.toISOString(), hostId: input.hostId, clientId: actor.userId } },
    ...(status === "confirmed" ? [{ type: "booking.confirmed" as const, bookingId, audience, payload: { by: "system" } }] : []),
  ];
  // What job planning reads of the booking: known here, so planning reads nothing.
  const planBooking = {
    status,
    sessionType: base.sessionType,
    meetingProvider: null,
    meetingId: null,
    meetingUrl: null,
    ...meeting,
    paymentProvider: paidOnline ? "stripe" : null,
    paymentStatus: base.paymentStatus,
    priceCents: base.priceCents,
    currency: base.currency,
    refundedCents: 0,
    clientId: actor.userId,
    hostId: input.hostId,
    startAt: input.start,
    refundFullNoticeHours: ctx.host.refundFullNoticeHours,
    calendarConnections: ctx.calendarConnections,
  };

  let row: BookingRow;
  try {
    if (!input.useCredit && !isGroup) {
      // The common case, in one statement (insert-booking.ts).
      const id = randomUUID();
      const events = lifecycleEvents(id).map((event) => ({ id: randomUUID(), ...outboxRow(event) }));
      row = await insertBookingWithEvents(db, {
        booking: {
          id,
          ...base,
          paymentProvider: paidOnline ? "stripe" : null,
          confirmedAt: status === "confirmed" ? now : null,
          meetingProvider: null,
          meetingId: null,
          meetingUrl: null,
          meetingPassword: null,
          ...meeting,
        },
        events,
        jobs: events.flatMap((event) => plannedJobsFor({ id: event.id, type: event.type, payload: storedPayload(event.payload) }, id, planBooking, now)),
        now,
      });
    } else {
      row = await db.$transaction(async (tx) => {
        if (input.useCredit) {
          const balance = await creditBalance(tx, actor.userId, input.hostId, service?.id ?? null);
          if (balance < 1) throw new AppError("validation_failed", "You have no session credits left with this host.", { fields: [{ field: "useCredit", message: "No credits left." }] });
        }
        let created: BookingRow;
        if (isGroup && check.occurrenceId) {
          const seats = await lockOccurrenceSeats(tx, check.occurrenceId);
          if (!seats || seats.taken >= seats.capacity) {
            throw new AppError("slot_unavailable", "This group session is full.", { extra: { reason: "capacity_full" } });
          }
          created = await tx.booking.create({ data: { ...base, kind: "seat", occurrenceId: check.occurrenceId, ...meeting }, select: bookingSelect });
        } else {
          created = await tx.booking.create({ data: { ...base, kind: "individual", ...meeting }, select: bookingSelect });
        }
        if (input.useCredit) {
          await tx.creditLedger.create({
            data: { clientId: actor.userId, hostId: input.hostId, serviceId: service?.id ?? null, bookingId: created.id, delta: -1, reason: "session_booked" },
            select: { id: true },
          });
        }
        const planned = { now, booking: { ...planBooking, ...created, paymentProvider: planBooking.paymentProvider } };
        for (const event of lifecycleEvents(created.id)) await recordEventWithSideEffects(tx, event, planned);
        return created;
      });
    }
  } catch (error) {
    if (isExclusionViolation(error)) throw bookingConflict();
    // Only a lock cycle outside the create's own locks can get here; the
    // other statement has finished, so running ours again decides cleanly.
    if (isDeadlock(error) && attempt < 3) return createBooking(db, actor, input, now, attempt + 1);
    if (violatedConstraint(error) === "booking_one_seat_per_client") {
      throw new AppError("slot_unavailable", "You already have a seat in this group session.", { extra: { reason: "client_conflict" } });
    }
    // The only other unique column a create can hit is the random booking code.
    if (isUniqueViolation(error) && attempt < 3) return createBooking(db, actor, input, now, attempt + 1);
    throw error;
  }
  // Committed: provider work happens from here on and never undoes the booking.
  kickIntegrationRunner();
  if (!paidOnline) return toBookingView(row, "client", now);
  const payment = await startCheckout(db, row.id, now);
  const current = await db.booking.findUniqueOrThrow({ where: { id: row.id }, select: bookingSelect });
  return { ...toBookingView(current, "client", now), payment };
}

async function clientZone(db: Db, userId: string): Promise<string> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { timeZone: true } });
  return user?.timeZone ?? "UTC";
}
