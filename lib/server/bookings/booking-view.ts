// The canonical booking representation: camelCase, ISO-8601 UTC instants, string
// ids. Every API shape (canonical and the seed dialects) starts from this.
import { allowedActions, bookingFlags, type Actor as DomainActor } from "@/lib/domain";
import type { Prisma } from "@/lib/generated/prisma/client";

export const bookingSelect = {
  id: true,
  number: true,
  code: true,
  kind: true,
  status: true,
  paymentStatus: true,
  hostId: true,
  clientId: true,
  serviceId: true,
  parentId: true,
  occurrenceId: true,
  startAt: true,
  endAt: true,
  durationMinutes: true,
  actualStartAt: true,
  actualEndAt: true,
  timeZone: true,
  sessionType: true,
  capacity: true,
  title: true,
  description: true,
  notes: true,
  clientNotes: true,
  agenda: true,
  location: true,
  meetingProvider: true,
  meetingId: true,
  meetingUrl: true,
  meetingPassword: true,
  priceCents: true,
  currency: true,
  refundedCents: true,
  creditsTotal: true,
  confirmedAt: true,
  cancellationReason: true,
  cancelledBy: true,
  cancelledAt: true,
  cancellationNoticeHours: true,
  rescheduledFromId: true,
  rescheduleReason: true,
  icsSequence: true,
  createdAt: true,
  updatedAt: true,
  host: {
    select: {
      id: true,
      number: true,
      name: true,
      email: true,
      avatarUrl: true,
      timeZone: true,
      hostProfile: { select: { company: true, headline: true, minCancelNoticeHours: true } },
    },
  },
  client: { select: { id: true, number: true, name: true, email: true, avatarUrl: true, timeZone: true } },
  service: { select: { id: true, number: true, name: true, kind: true, durationMinutes: true, priceCents: true, currency: true } },
} satisfies Prisma.BookingSelect;

export type BookingRow = Prisma.BookingGetPayload<{ select: typeof bookingSelect }>;

export type ViewerRole = "client" | "host" | "admin";

export function viewerRole(row: { hostId: string; clientId: string | null }, userId: string, isAdmin: boolean): ViewerRole | null {
  if (row.hostId === userId) return "host";
  if (row.clientId === userId) return "client";
  return isAdmin ? "admin" : null;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toBookingView(row: BookingRow, viewer: ViewerRole, now: Date) {
  const flags = bookingFlags(
    { status: row.status, startAt: row.startAt, endAt: row.endAt },
    { now, actor: viewer as DomainActor, minCancelNoticeHours: row.host.hostProfile?.minCancelNoticeHours ?? 24 },
  );
  const started = row.startAt !== null && row.startAt.getTime() <= now.getTime();
  return {
    id: row.id,
    code: row.code,
    kind: row.kind,
    status: row.status,
    paymentStatus: row.paymentStatus,
    hostId: row.hostId,
    clientId: row.clientId,
    serviceId: row.serviceId,
    parentId: row.parentId,
    occurrenceId: row.occurrenceId,
    host: { id: row.host.id, name: row.host.name, email: row.host.email, avatarUrl: row.host.avatarUrl, timeZone: row.host.timeZone, company: row.host.hostProfile?.company ?? "" },
    client: row.client ? { id: row.client.id, name: row.client.name, email: row.client.email, avatarUrl: row.client.avatarUrl, timeZone: row.client.timeZone } : null,
    service: row.service ? { id: row.service.id, name: row.service.name, kind: row.service.kind, durationMinutes: row.service.durationMinutes, priceCents: row.service.priceCents, currency: row.service.currency } : null,
    start: iso(row.startAt),
    end: iso(row.endAt),
    durationMinutes: row.durationMinutes,
    actualStart: iso(row.actualStartAt),
    actualEnd: iso(row.actualEndAt),
    timeZone: row.timeZone,
    sessionType: row.sessionType,
    capacity: row.capacity,
    title: row.title,
    description: row.description,
    notes: row.notes,
    clientNotes: row.clientNotes,
    agenda: row.agenda,
    location: row.location,
    meeting: row.meetingUrl
      ? { provider: row.meetingProvider, id: row.meetingId, url: row.meetingUrl, password: row.meetingPassword }
      : null,
    priceCents: row.priceCents,
    currency: row.currency,
    refundedCents: row.refundedCents,
    creditsTotal: row.creditsTotal,
    confirmedAt: iso(row.confirmedAt),
    cancellation: row.cancelledAt
      ? { reason: row.cancellationReason, by: row.cancelledBy, at: iso(row.cancelledAt), noticeHours: row.cancellationNoticeHours }
      : null,
    rescheduledFromId: row.rescheduledFromId,
    rescheduleReason: row.rescheduleReason,
    canCancel: flags.canCancel,
    canReschedule: flags.canReschedule,
    isUpcoming: flags.isUpcoming,
    allowedActions: started && viewer === "client" ? [] : allowedActions(row.status, viewer as DomainActor),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type BookingView = ReturnType<typeof toBookingView>;
