// The host's busy times from connected calendars, for the engine's
// externalBusy: Google POST /freeBusy, Graph GET /me/calendarView. Answers are
// cached in this process for CACHE_TTL_MS per connection and UTC-day window,
// so a page of slots and the conflict check of the booking that follows cost
// one provider call between them. A provider that is slow or down never
// blocks booking: after FETCH_DEADLINE_MS the last known answer (or nothing)
// is used and the result says "stale". See docs/decisions/012.
import type { ExternalBusy } from "@/lib/domain";
import type { Tx } from "@/lib/server/tx";
import { ProviderError } from "../../jobs/provider-error";
import { isOk, statusError } from "../../jobs/provider-http";
import { authorizedCall } from "./authorized-call";
import { subtractRanges } from "./busy-ranges";
import { activeConnections } from "./connections";
import type { CalendarTarget } from "./event-api";

export const CACHE_TTL_MS = 90_000;
/** A failed refresh falls back to an answer at most this old. */
const STALE_LIMIT_MS = 60 * 60_000;
export const FETCH_DEADLINE_MS = 1_500;
const MAX_ENTRIES = 2_000;
const MAX_PAGES = 5;
const DAY_MS = 86_400_000;

/** A busy range as the provider gave it; Graph names the event, Google's freeBusy does not. */
interface RawBusy {
  start: number;
  end: number;
  eventId?: string;
}

interface CacheEntry {
  fetchedAt: number;
  busy: RawBusy[];
}

const store = globalThis as unknown as { slotbookFreeBusyCache?: Map<string, CacheEntry> };
const cache = (store.slotbookFreeBusyCache ??= new Map<string, CacheEntry>());
const inFlight = new Map<string, Promise<RawBusy[]>>();

export type CalendarSync = "none" | "ok" | "stale";

export interface CalendarBusy {
  busy: ExternalBusy[];
  /** none: no calendar connected; stale: some provider did not answer in time. */
  sync: CalendarSync;
}

export interface FreeBusyOptions {
  now?: Date;
  fetch?: typeof fetch;
  log?: (message: string, error?: unknown) => void;
}

/** For tests, and after a connection is removed. */
export function clearFreeBusyCache(connectionId?: string): void {
  if (!connectionId) return cache.clear();
  for (const key of cache.keys()) if (key.startsWith(`${connectionId}|`)) cache.delete(key);
}

const defaultLog = (message: string, error?: unknown) => console.warn(`[slotbook] free/busy: ${message}`, error instanceof Error ? error.message : (error ?? ""));

/** Whole UTC days around the window: nearby questions share one answer. */
function dayWindow(from: Date, to: Date): { from: Date; to: Date } {
  const start = Math.floor(from.getTime() / DAY_MS) * DAY_MS;
  const end = Math.max(start + DAY_MS, Math.ceil(to.getTime() / DAY_MS) * DAY_MS);
  return { from: new Date(start), to: new Date(end) };
}

function deadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function googleBusy(db: Tx, target: CalendarTarget, from: Date, to: Date, options: FreeBusyOptions, now: Date): Promise<RawBusy[]> {
  const { response } = await authorizedCall(
    db,
    target,
    { method: "POST", path: "/freeBusy", body: { timeMin: from.toISOString(), timeMax: to.toISOString(), timeZone: "UTC", items: [{ id: target.calendarId }] } },
    { now, timeoutMs: FETCH_DEADLINE_MS, ...(options.fetch ? { fetch: options.fetch } : {}) },
  );
  if (!isOk(response)) throw statusError("google", "free/busy", response);
  const calendars = (response.body as { calendars?: Record<string, { busy?: Array<{ start?: unknown; end?: unknown }>; errors?: unknown[] }> } | null)?.calendars;
  const entry = calendars?.[target.calendarId] ?? (calendars ? Object.values(calendars)[0] : undefined);
  if (!entry || (entry.errors?.length ?? 0) > 0) throw new ProviderError("google", `free/busy answered no busy list for ${target.calendarId}`, { retryable: true });
  return (entry.busy ?? []).flatMap((range) => {
    const start = typeof range.start === "string" ? Date.parse(range.start) : NaN;
    const end = typeof range.end === "string" ? Date.parse(range.end) : NaN;
    return Number.isFinite(start) && Number.isFinite(end) && end > start ? [{ start, end }] : [];
  });
}

/** Graph's dateTime has no offset; with Prefer outlook.timezone="UTC" it is UTC. */
const graphInstant = (value: unknown) => (typeof value === "string" ? Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : `${value}Z`) : NaN);
const FREE = new Set(["free", "workingElsewhere"]);

async function graphBusy(db: Tx, target: CalendarTarget, from: Date, to: Date, options: FreeBusyOptions, now: Date): Promise<RawBusy[]> {
  const base = target.calendarId === "primary" ? "/me/calendarView" : `/me/calendars/${encodeURIComponent(target.calendarId)}/calendarView`;
  const query = new URLSearchParams({ startDateTime: from.toISOString(), endDateTime: to.toISOString(), $select: "id,showAs,start,end,isCancelled", $top: "250" });
  let path: string | null = `${base}?${query.toString()}`;
  const busy: RawBusy[] = [];
  for (let page = 0; path && page < MAX_PAGES; page++) {
    const { response, connection } = await authorizedCall(
      db,
      target,
      { method: "GET", path, headers: { prefer: 'outlook.timezone="UTC"' } },
      { now, timeoutMs: FETCH_DEADLINE_MS, ...(options.fetch ? { fetch: options.fetch } : {}) },
    );
    if (!isOk(response)) throw statusError("outlook", "calendarView", response);
    const body = response.body as { value?: Array<{ id?: unknown; showAs?: unknown; isCancelled?: unknown; start?: { dateTime?: unknown }; end?: { dateTime?: unknown } }>; "@odata.nextLink"?: unknown } | null;
    for (const item of body?.value ?? []) {
      if (item.isCancelled === true || (typeof item.showAs === "string" && FREE.has(item.showAs))) continue;
      const start = graphInstant(item.start?.dateTime);
      const end = graphInstant(item.end?.dateTime);
      if (Number.isFinite(start) && Number.isFinite(end) && end > start) busy.push({ start, end, ...(typeof item.id === "string" ? { eventId: item.id } : {}) });
    }
    const next = body?.["@odata.nextLink"];
    path = typeof next === "string" && next.startsWith(connection.config.apiUrl) ? next.slice(connection.config.apiUrl.length) : null;
  }
  return busy;
}

function remember(key: string, entry: CacheEntry): void {
  cache.set(key, entry);
  if (cache.size <= MAX_ENTRIES) return;
  // Oldest first (insertion order): drop what is least likely to be asked again.
  for (const old of cache.keys()) {
    cache.delete(old);
    if (cache.size <= MAX_ENTRIES) break;
  }
}

async function busyOf(db: Tx, target: CalendarTarget, window: { from: Date; to: Date }, options: FreeBusyOptions, now: Date): Promise<{ busy: RawBusy[]; fresh: boolean }> {
  const key = `${target.id}|${window.from.toISOString()}|${window.to.toISOString()}`;
  const cached = cache.get(key);
  if (cached && now.getTime() - cached.fetchedAt < CACHE_TTL_MS) return { busy: cached.busy, fresh: true };
  let pending = inFlight.get(key);
  if (!pending) {
    const fetcher = target.provider === "google" ? googleBusy : graphBusy;
    // Remembered even when it arrives after the deadline: the next question gets it.
    pending = fetcher(db, target, window.from, window.to, options, now)
      .then((busy) => {
        remember(key, { fetchedAt: now.getTime(), busy });
        return busy;
      })
      .finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  try {
    return { busy: await deadline(pending, FETCH_DEADLINE_MS), fresh: true };
  } catch (error) {
    (options.log ?? defaultLog)(`${target.provider} connection ${target.id} did not answer, using ${cached ? "the last answer" : "no busy times"}`, error);
    return { busy: cached && now.getTime() - cached.fetchedAt < STALE_LIMIT_MS ? cached.busy : [], fresh: false };
  }
}

/**
 * The host's external busy times in [from, to), without the events Slotbook
 * wrote itself (those are bookings, which the engine already knows, and a
 * rescheduled booking must not collide with its own old event). Graph names
 * its events, so ours are dropped by id. Google's freeBusy merges ranges
 * and names nothing, so the times of the bookings we wrote to that calendar
 * are cut out of its ranges.
 */
export async function hostCalendarBusy(db: Tx, hostId: string, from: Date, to: Date, options: FreeBusyOptions = {}): Promise<CalendarBusy> {
  const targets = (await activeConnections(db, [hostId])).filter((target) => target.userId === hostId);
  if (targets.length === 0) return { busy: [], sync: "none" };
  const now = options.now ?? new Date();
  const window = dayWindow(from, to);
  const [answers, ours] = await Promise.all([
    Promise.all(targets.map((target) => busyOf(db, target, window, options, now))),
    db.calendarEvent.findMany({
      where: { connectionId: { in: targets.map((t) => t.id) }, booking: { startAt: { lt: window.to }, endAt: { gt: window.from } } },
      select: { connectionId: true, externalId: true, booking: { select: { startAt: true, endAt: true } } },
    }),
  ]);
  const busy: ExternalBusy[] = [];
  targets.forEach((target, index) => {
    const mine = ours.filter((event) => event.connectionId === target.id);
    const ids = new Set(mine.map((event) => event.externalId));
    const times = mine.flatMap((event) => (event.booking.startAt && event.booking.endAt ? [{ start: event.booking.startAt.getTime(), end: event.booking.endAt.getTime() }] : []));
    for (const range of answers[index]!.busy) {
      if (range.eventId !== undefined) {
        if (!ids.has(range.eventId)) busy.push({ id: `calendar:${target.provider}`, start: new Date(range.start), end: new Date(range.end) });
        continue;
      }
      for (const piece of subtractRanges(range, times)) busy.push({ id: `calendar:${target.provider}`, start: new Date(piece.start), end: new Date(piece.end) });
    }
  });
  return { busy, sync: answers.every((answer) => answer.fresh) ? "ok" : "stale" };
}
