// Query keys and the query string of GET /api/v1/hosts/{id}/slots: shared by the
// client hooks and by server components that prefetch the first month.
import { firstOfMonth, lastOfMonth, type Slot } from "./dates";

export interface SlotsParams {
  hostId: string;
  zone: string;
  /** "YYYY-MM": the month on screen. */
  month: string;
  serviceId?: string | null;
  duration?: number | null;
}

export interface SlotsPage {
  hostId: string;
  timeZone: string;
  slots: Slot[];
  /** A connected calendar of the host did not answer in time: some busy times may be missing. */
  calendarSync?: "stale";
}

export const slotsKey = (p: SlotsParams) => ["slots", p.hostId, p.zone, p.month, p.serviceId ?? null, p.serviceId ? null : (p.duration ?? null)] as const;
/** Every month of a host, whatever the zone or duration: what a booking invalidates. */
export const hostSlotsKey = (hostId: string) => ["slots", hostId] as const;

/** The query string of GET /api/v1/hosts/{id}/slots for a month (from today on). */
export function slotsSearch(p: SlotsParams, today: string): URLSearchParams | null {
  const start = firstOfMonth(p.month) < today ? today : firstOfMonth(p.month);
  const end = lastOfMonth(p.month);
  if (start > end) return null;
  const search = new URLSearchParams({ start, end, timeZone: p.zone });
  if (p.serviceId) search.set("serviceId", p.serviceId);
  else if (p.duration) search.set("duration", String(p.duration));
  return search;
}

