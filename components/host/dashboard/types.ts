import type { BookingView } from "@/lib/server/bookings/booking-view";

/** What the dashboard shows of a booking (a slim, serialisable BookingView). */
export interface SessionItem {
  id: string;
  code: string;
  kind: string;
  status: string;
  start: string | null;
  end: string | null;
  title: string;
  clientName: string | null;
  clientEmail: string | null;
  serviceName: string | null;
  sessionType: string;
  capacity: number | null;
  location: string;
  meetingUrl: string | null;
  clientNotes: string;
  agenda: string;
  allowedActions: string[];
}

export function toSessionItem(view: BookingView): SessionItem {
  return {
    id: view.id,
    code: view.code,
    kind: view.kind,
    status: view.status,
    start: view.start,
    end: view.end,
    title: view.title,
    clientName: view.client?.name ?? null,
    clientEmail: view.client?.email ?? null,
    serviceName: view.service?.name ?? null,
    sessionType: view.sessionType,
    capacity: view.capacity,
    location: view.location,
    meetingUrl: view.meeting?.url ?? null,
    clientNotes: view.clientNotes,
    agenda: view.agenda,
    allowedActions: view.allowedActions,
  };
}

/** "Jane Doe" for one-to-one sessions, "Group: Yoga basics" for group occurrences. */
export function sessionWho(item: SessionItem): string {
  if (item.kind === "group_session") return `Group: ${item.serviceName ?? item.title ?? "session"}`;
  return item.clientName ?? item.title ?? "Session";
}

export function sessionWhat(item: SessionItem): string {
  if (item.kind === "group_session") return item.capacity ? `Up to ${item.capacity} people` : "Group session";
  return item.serviceName ?? (item.title || "Session");
}
