// Seed 000's MentorSessionSerializer, field for field, from a booking row and
// its canonical view (the view carries the viewer's flags).
import { sessionTypeDisplay000, statusDisplay000, toDialect } from "@/lib/domain";
import type { BookingRow, BookingView } from "@/lib/server/bookings/booking-view";
import { isoSeconds, utcTimeOfDay } from "../shared/format";

export interface MentorSession {
  id: number;
  mentee_name: string;
  mentor_name: string;
  mentor_id: number;
  mentor_avatar: string | null;
  mentor_company: string;
  session_date: string | null;
  session_end_date: string | null;
  start_time: string | null;
  end_time: string | null;
  duration_minutes: number | null;
  session_type: string;
  session_type_display: string;
  status: string;
  status_display: string;
  notes: string;
  mentee_notes: string;
  agenda: string;
  meeting_link: string | null;
  meeting_id: string | null;
  location: string;
  can_reschedule: boolean;
  can_cancel: boolean;
  is_upcoming: boolean;
  created_at: string;
  updated_at: string;
}

export function toMentorSession(row: BookingRow, view: BookingView): MentorSession {
  const duration = row.durationMinutes ?? (row.startAt && row.endAt ? Math.round((row.endAt.getTime() - row.startAt.getTime()) / 60_000) : null);
  return {
    id: row.number,
    mentee_name: row.client?.name ?? "",
    mentor_name: row.host.name,
    mentor_id: row.host.number,
    mentor_avatar: row.host.avatarUrl || null,
    mentor_company: row.host.hostProfile?.company ?? "",
    session_date: isoSeconds(row.startAt),
    session_end_date: isoSeconds(row.endAt),
    start_time: utcTimeOfDay(row.startAt),
    end_time: utcTimeOfDay(row.endAt),
    duration_minutes: duration,
    session_type: row.sessionType,
    session_type_display: sessionTypeDisplay000(row.sessionType),
    status: toDialect("000", row.status),
    status_display: statusDisplay000(row.status),
    notes: row.notes,
    mentee_notes: row.clientNotes,
    agenda: row.agenda,
    meeting_link: row.meetingUrl || null,
    meeting_id: row.meetingUrl ? row.meetingId || null : null,
    location: row.location,
    // The core moves individual sessions only; a group seat is changed by
    // booking another occurrence.
    can_reschedule: view.canReschedule && row.kind === "individual",
    can_cancel: view.canCancel,
    is_upcoming: view.isUpcoming,
    created_at: isoSeconds(row.createdAt),
    updated_at: isoSeconds(row.updatedAt),
  };
}
