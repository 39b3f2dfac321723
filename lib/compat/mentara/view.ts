// BookingView -> seed 003's meeting; availability rule -> TherapistAvailability.
import { toDialect } from "@/lib/domain";
import type { BookingView } from "@/lib/server/bookings/booking-view";
import { splitName } from "../common-b/names";

const person = (p: { name: string; email: string } | null) => ({
  user: p ? { ...splitName(p.name), email: p.email } : { firstName: "", lastName: "", email: "" },
});

export function toMentaraMeeting(view: BookingView) {
  return {
    id: view.id,
    title: view.title,
    description: view.description,
    startTime: view.start,
    duration: view.durationMinutes,
    status: toDialect("003", view.status),
    meetingType: view.sessionType,
    meetingUrl: view.meeting?.url ?? null,
    clientId: view.clientId,
    therapistId: view.hostId,
    createdAt: view.createdAt,
    updatedAt: view.updatedAt,
    client: person(view.client),
    therapist: person(view.host),
  };
}
export type MentaraMeeting = ReturnType<typeof toMentaraMeeting>;

export interface WeeklyRuleView {
  id: string;
  dayOfWeek: number;
  start: string;
  end: string;
  isAvailable: boolean;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export function toMentaraAvailability(therapistId: string, rule: WeeklyRuleView) {
  return {
    id: rule.id,
    therapistId,
    dayOfWeek: rule.dayOfWeek,
    startTime: rule.start,
    endTime: rule.end,
    isAvailable: rule.isAvailable,
    notes: rule.notes,
    createdAt: rule.createdAt,
    updatedAt: rule.updatedAt,
  };
}
