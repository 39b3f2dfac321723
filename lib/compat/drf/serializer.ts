// Seed 001 (Estuary bookings v1) serializers: the list item, the detail and a
// note, from booking rows and their canonical views.
import { toDialect } from "@/lib/domain";
import type { BookingKind } from "@/lib/generated/prisma/enums";
import type { BookingRow, BookingView } from "@/lib/server/bookings/booking-view";
import type { NoteView } from "@/lib/server/bookings/booking-notes";
import { decimalFromCents, isoSeconds } from "../shared/format";

/** booking_type words; the ?booking_type= filter reads the same table backwards. */
export const BOOKING_TYPE: Readonly<Record<BookingKind, "individual" | "group" | "course" | "package" | "bundle">> = {
  individual: "individual",
  group_session: "group",
  seat: "group",
  course: "course",
  package: "package",
  bundle: "bundle",
};

/** Our roles in 001's words (canceled_by). */
export const ROLE_WORD = { client: "client", host: "practitioner", admin: "admin", system: "system" } as const;

function person(user: { number: number; name: string; email: string } | null) {
  return user ? { id: user.number, name: user.name, email: user.email } : null;
}

export function toDrfBooking(row: BookingRow, view: BookingView) {
  return {
    id: row.number,
    public_uuid: row.id,
    booking_type: BOOKING_TYPE[row.kind],
    title: row.title,
    client: person(row.client),
    practitioner: person(row.host),
    service: row.service
      ? { id: row.service.number, name: row.service.name, duration_minutes: row.service.durationMinutes, price_cents: row.service.priceCents }
      : null,
    start_time: isoSeconds(row.startAt),
    end_time: isoSeconds(row.endAt),
    status: toDialect("001", row.status),
    payment_status: row.paymentStatus,
    price_charged: decimalFromCents(row.priceCents),
    price_charged_cents: row.priceCents,
    currency: row.currency,
    is_upcoming: view.isUpcoming,
    created_at: isoSeconds(row.createdAt),
  };
}
export type DrfBooking = ReturnType<typeof toDrfBooking>;

export function toDrfNote(note: NoteView, authorNumber: number | null) {
  return {
    id: note.id,
    content: note.content,
    is_private: note.isPrivate,
    author: { id: authorNumber, name: note.author.name },
    created_at: isoSeconds(new Date(note.createdAt)),
  };
}
export type DrfNote = ReturnType<typeof toDrfNote>;

export function toDrfBookingDetail(row: BookingRow, view: BookingView, children: DrfBooking[], notes: DrfNote[]) {
  return {
    ...toDrfBooking(row, view),
    description: row.description,
    client_notes: row.clientNotes,
    duration_minutes: row.durationMinutes,
    timezone: row.timeZone,
    // No locations model: in-person details are the free-text location_text.
    location: null,
    location_text: row.location,
    meeting_url: row.meetingUrl,
    meeting_id: row.meetingUrl ? row.meetingId : null,
    credits_total: row.creditsTotal,
    can_be_canceled: view.canCancel,
    // The core moves individual sessions only.
    can_be_rescheduled: view.canReschedule && row.kind === "individual",
    confirmed_at: isoSeconds(row.confirmedAt),
    canceled_at: isoSeconds(row.cancelledAt),
    canceled_by: row.cancelledBy ? ROLE_WORD[row.cancelledBy] : null,
    cancellation_reason: row.cancelledAt ? (row.cancellationReason ?? "") : null,
    child_bookings: children,
    notes,
    updated_at: isoSeconds(row.updatedAt),
  };
}
