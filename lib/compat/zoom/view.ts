// BookingView -> seed 004's booking serializer. The meeting fields carry the
// booking's meeting whatever its provider (Jitsi by default; see
// docs/compat/004-zoom.md).
import { toDialect } from "@/lib/domain";
import type { BookingView } from "@/lib/server/bookings/booking-view";
import { isoSecondsZ } from "../common-b/time";

const z = (iso: string | null) => (iso ? isoSecondsZ(new Date(iso)) : null);

export function toZoomBooking(view: BookingView) {
  const meeting = view.meeting;
  return {
    id: view.id,
    student: view.clientId,
    teacher: view.hostId,
    student_name: view.client?.name ?? "",
    teacher_name: view.host.name,
    start_time: z(view.start),
    end_time: z(view.end),
    duration_minutes: view.durationMinutes,
    status: toDialect("004", view.status),
    zoom_meeting_id: meeting?.id ?? null,
    zoom_join_url: meeting?.url ?? null,
    notes: view.notes,
    can_cancel: view.canCancel,
    can_reschedule: view.canReschedule,
    zoom_info: { meeting_id: meeting?.id ?? null, join_url: meeting?.url ?? null, has_meeting: meeting !== null },
    cancellation_reason: view.cancellation?.reason ?? null,
    created_at: isoSecondsZ(new Date(view.createdAt)),
    updated_at: isoSecondsZ(new Date(view.updatedAt)),
  };
}
export type ZoomBooking = ReturnType<typeof toZoomBooking>;
