// BookingView -> seed 002's booking (BookingDetailResponse: the basic booking
// plus the client's and coach's names and emails).
import { toDialect } from "@/lib/domain";
import type { BookingView } from "@/lib/server/bookings/booking-view";
import { isoSecondsZ } from "../common-b/time";

export function toCultureBridgeBooking(view: BookingView) {
  return {
    id: view.id,
    client_id: view.clientId,
    client_name: view.client?.name ?? null,
    client_email: view.client?.email ?? null,
    coach_id: view.hostId,
    coach_name: view.host.name,
    coach_email: view.host.email,
    session_datetime: view.start ? isoSecondsZ(new Date(view.start)) : null,
    duration_minutes: view.durationMinutes,
    status: toDialect("002", view.status),
    // Payments are settled outside Slotbook: there is no payment record to point to.
    payment_id: null,
    meeting_link: view.meeting?.url ?? null,
    notes: view.notes,
    created_at: isoSecondsZ(new Date(view.createdAt)),
    updated_at: isoSecondsZ(new Date(view.updatedAt)),
  };
}
export type CultureBridgeBooking = ReturnType<typeof toCultureBridgeBooking>;
