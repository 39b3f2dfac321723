// Buy a course, package or bundle: a parent booking with no time of its own.
//  - course: one seat (kind "seat", parentId = the purchase) in every future
//    occurrence (group_session) of the course service, each taken under the
//    occurrence's row lock like any seat (capacity), the client's other
//    sessions guarded by the exclusion constraint.
//  - package: +quantity credits per included service (spent by createBooking
//    with useCredit on that service).
//  - bundle: +bundleCredits generic credits with the host (serviceId null).
// Without a payment provider a purchase is confirmed at once and a priced one
// is paid outside Slotbook. With Stripe, a priced purchase waits in
// pending_payment (its course seats held) with a Checkout Session; payment
// confirms it and grants its credits, an expired checkout releases it.
import { BLOCKING_STATUSES } from "@/lib/domain";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BookingStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "../actor";
import { newBookingCode } from "../booking-code";
import { isExclusionViolation, isUniqueViolation, violatedConstraint } from "../db-errors";
import { AppError, notFound } from "../errors";
import { kickIntegrationRunner } from "@/lib/integrations/jobs/kick";
import { recordEventWithSideEffects } from "@/lib/integrations/jobs/record-with-side-effects";
import { stripeConfig } from "@/lib/integrations/payments/stripe-config";
import type { PaymentSummary } from "../payments/payment-summary";
import { startCheckout } from "../payments/start-checkout";
import { loadHostPolicy } from "../scheduling-context";
import type { Tx } from "../tx";
import { bookingSelect, toBookingView, type BookingRow, type BookingView, type ViewerRole } from "./booking-view";
import { bookingConflict } from "./engine-errors";
import { lockOccurrenceSeats } from "./lock-occurrence";
import { meetingFieldsOnConfirm } from "./meeting-on-confirm";
import { grantPurchaseCredits } from "./purchase-credits";
import type { CreatePurchaseInput } from "./schemas";

/** `payment` is present when a payment provider takes the money (Stripe Checkout). */
export type PurchaseView = BookingView & { children: BookingView[]; payment?: PaymentSummary | null };

const PURCHASABLE = ["course", "package", "bundle"] as const;
type PurchaseKind = (typeof PURCHASABLE)[number];
const blocking = [...BLOCKING_STATUSES] as BookingStatus[];
/** A purchase and its seats: confirmed, or held until Stripe says it is paid. */
type SettledOrHeld = "confirmed" | "pending_payment";

export async function createPurchase(db: Db, actor: Actor, input: CreatePurchaseInput, now = new Date(), attempt = 1): Promise<PurchaseView> {
  const service = await db.service.findFirst({
    where: { id: input.serviceId, active: true },
    select: {
      id: true,
      kind: true,
      name: true,
      description: true,
      hostId: true,
      priceCents: true,
      currency: true,
      sessionType: true,
      location: true,
      bundleCredits: true,
      packageItems: { where: { service: { active: true } }, select: { serviceId: true, quantity: true } },
    },
  });
  if (!service) throw notFound("Service");
  if (!isPurchasable(service.kind)) {
    throw new AppError("validation_failed", `A ${service.kind} service is booked at a time, not bought: use POST /api/v1/bookings.`, {
      fields: [{ field: "serviceId", message: "Not a course, package or bundle." }],
    });
  }
  const kind: PurchaseKind = service.kind;
  if (service.hostId === actor.userId) {
    throw new AppError("validation_failed", "You cannot buy your own service.", { fields: [{ field: "serviceId", message: "This is your service." }] });
  }
  const { host } = await loadHostPolicy(db, service.hostId);
  if (!host.active) throw new AppError("forbidden", "This host is not taking bookings at the moment.");
  if (host.audience === "related_clients") {
    const relation = await db.clientHostRelation.findFirst({ where: { clientId: actor.userId, hostId: host.id, active: true }, select: { id: true } });
    if (!relation) throw new AppError("forbidden", "This host only takes bookings from their existing clients.");
  }
  const items = service.packageItems.filter((item) => item.quantity > 0);
  if (kind === "package" && items.length === 0) {
    throw new AppError("validation_failed", "This package includes no bookable services.", { fields: [{ field: "serviceId", message: "Empty package." }] });
  }
  const bundleCredits = service.bundleCredits ?? 0;
  if (kind === "bundle" && bundleCredits < 1) {
    throw new AppError("validation_failed", "This bundle has no session credits to sell.", { fields: [{ field: "serviceId", message: "No credits." }] });
  }

  const timeZone = input.timeZone ?? (await db.user.findUnique({ where: { id: actor.userId }, select: { timeZone: true } }))?.timeZone ?? "UTC";
  const priced = service.priceCents > 0;
  const paidOnline = priced && stripeConfig() !== null;
  const status: SettledOrHeld = paidOnline ? "pending_payment" : "confirmed";
  const common = { clientId: actor.userId, hostId: host.id, serviceId: service.id, timeZone, currency: service.currency, status, ...(paidOnline ? {} : { confirmedAt: now }) };

  try {
    const { parent, children } = await db.$transaction(async (tx) => {
      const parent = await tx.booking.create({
        data: {
          ...common,
          code: newBookingCode(),
          kind,
          sessionType: service.sessionType,
          title: `${service.name} with ${host.name}`,
          description: service.description,
          notes: input.notes ?? "",
          location: service.location,
          priceCents: service.priceCents,
          paymentStatus: paidOnline ? "pending" : priced ? "unpaid" : "not_required",
          ...(paidOnline ? { paymentProvider: "stripe" } : {}),
          creditsTotal: kind === "bundle" ? bundleCredits : kind === "package" ? items.reduce((sum, item) => sum + item.quantity, 0) : null,
        },
        select: { id: true },
      });

      const childIds: string[] = [];
      if (kind === "course") {
        childIds.push(...(await takeCourseSeats(tx, { parentId: parent.id, serviceId: service.id, serviceName: service.name, common }, now)));
      } else if (!paidOnline) {
        await grantPurchaseCredits(tx, parent.id);
      }

      await recordEventWithSideEffects(tx, {
        type: "booking.created",
        bookingId: parent.id,
        audience: [actor.userId, host.id],
        payload: {
          kind,
          status,
          serviceId: service.id,
          hostId: host.id,
          clientId: actor.userId,
          priceCents: service.priceCents,
          children: childIds,
          ...(kind === "bundle" ? { credits: bundleCredits } : {}),
          ...(kind === "package" ? { credits: items.map((item) => ({ serviceId: item.serviceId, quantity: item.quantity })) } : {}),
        },
      }, { now });
      const parentRow = await tx.booking.findUniqueOrThrow({ where: { id: parent.id }, select: bookingSelect });
      return { parent: parentRow, children: await childRows(tx, parent.id) };
    });
    kickIntegrationRunner();
    const view = { ...toBookingView(parent, "client", now), children: children.map((row) => toBookingView(row, "client", now)) };
    return paidOnline ? { ...view, payment: await startCheckout(db, parent.id, now) } : view;
  } catch (error) {
    if (isExclusionViolation(error)) throw bookingConflict();
    if (violatedConstraint(error) === "booking_one_seat_per_client") {
      throw new AppError("slot_unavailable", "You already have a seat in a session of this course.", { extra: { reason: "client_conflict" } });
    }
    // The only other unique column a purchase can hit is the random booking code.
    if (isUniqueViolation(error) && attempt < 3) return createPurchase(db, actor, input, now, attempt + 1);
    throw error;
  }
}

function isPurchasable(kind: string): kind is PurchaseKind {
  return (PURCHASABLE as readonly string[]).includes(kind);
}

/** One seat per future, still-running occurrence of the course, locked in start order. */
async function takeCourseSeats(
  tx: Prisma.TransactionClient,
  course: {
    parentId: string;
    serviceId: string;
    serviceName: string;
    common: { clientId: string; hostId: string; serviceId: string; timeZone: string; currency: string; status: SettledOrHeld; confirmedAt?: Date };
  },
  now: Date,
): Promise<string[]> {
  const occurrences = await tx.booking.findMany({
    where: { serviceId: course.serviceId, kind: "group_session", status: { in: blocking }, startAt: { gt: now } },
    select: { id: true, startAt: true, endAt: true, durationMinutes: true, sessionType: true, title: true, location: true, meetingProvider: true, meetingId: true, meetingUrl: true, meetingPassword: true },
    orderBy: [{ startAt: "asc" }, { id: "asc" }],
  });
  if (occurrences.length === 0) {
    throw new AppError("slot_unavailable", "This course has no upcoming sessions to join.", { extra: { reason: "no_sessions" } });
  }
  // Checked before the inserts so the answer names the reason; the exclusion
  // constraint would refuse the overlapping seat anyway.
  const seated = await tx.booking.findFirst({
    where: { occurrenceId: { in: occurrences.map((o) => o.id) }, clientId: course.common.clientId, kind: "seat", status: { in: [...blocking, "completed"] } },
    select: { id: true },
  });
  if (seated) throw new AppError("slot_unavailable", "You already have a seat in a session of this course.", { extra: { reason: "client_conflict" } });
  const ids: string[] = [];
  for (const [index, occ] of occurrences.entries()) {
    const seats = await lockOccurrenceSeats(tx, occ.id);
    if (!seats || seats.taken >= seats.capacity) {
      throw new AppError("slot_unavailable", `The course session of ${occ.startAt?.toISOString() ?? "?"} is full.`, { extra: { reason: "capacity_full" } });
    }
    const code = newBookingCode();
    // Seats join their occurrence's room when it has one.
    const meeting = occ.meetingUrl
      ? { meetingProvider: occ.meetingProvider, meetingId: occ.meetingId, meetingUrl: occ.meetingUrl, meetingPassword: occ.meetingPassword }
      : meetingFieldsOnConfirm({ sessionType: occ.sessionType, meetingUrl: null, code });
    const seat = await tx.booking.create({
      data: {
        ...course.common,
        ...meeting,
        code,
        kind: "seat",
        parentId: course.parentId,
        occurrenceId: occ.id,
        startAt: occ.startAt,
        endAt: occ.endAt,
        durationMinutes: occ.durationMinutes,
        sessionType: occ.sessionType,
        title: occ.title || `${course.serviceName} (session ${index + 1} of ${occurrences.length})`,
        location: occ.location,
        priceCents: 0,
        paymentStatus: "not_required",
      },
      select: { id: true },
    });
    ids.push(seat.id);
  }
  return ids;
}

async function childRows(db: Tx, parentId: string): Promise<BookingRow[]> {
  return db.booking.findMany({ where: { parentId }, select: bookingSelect, orderBy: [{ startAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }] });
}

/** The parts of a purchase (course seats, sessions booked against it) as views for `role`. */
export async function purchaseChildren(db: Tx, parentId: string, role: ViewerRole, now = new Date()): Promise<BookingView[]> {
  return (await childRows(db, parentId)).map((row) => toBookingView(row, role, now));
}
