// Canonical statuses <-> the five seed APIs' words. Each dialect is a total
// map from canonical to word; the reverse is derived, so a list filter on a
// dialect word finds every canonical status shown under that word.
import { BOOKING_STATUSES, type BookingStatus } from "./booking-state";

export const DIALECTS = ["000", "001", "002", "003", "004"] as const;
export type Dialect = (typeof DIALECTS)[number];

const TO_DIALECT = {
  // Mentorship: one word for every "not yet scheduled" state, and declined
  // requests are shown as cancelled (the seed has no "declined").
  "000": {
    draft: "requested",
    pending_payment: "requested",
    pending: "requested",
    confirmed: "scheduled",
    in_progress: "scheduled",
    completed: "completed",
    cancelled: "cancelled",
    declined: "cancelled",
    no_show: "no-show",
  },
  // Estuary v1 has no "awaiting host" state; its pending_payment is the state
  // that holds a slot before confirmation, which is what pending is, so that
  // is the word (not "draft", which in 001 does not block the slot).
  "001": {
    draft: "draft",
    pending_payment: "pending_payment",
    pending: "pending_payment",
    confirmed: "confirmed",
    in_progress: "in_progress",
    completed: "completed",
    cancelled: "canceled",
    declined: "canceled",
    no_show: "no_show",
  },
  // CultureBridge: four words. A no-show did not take place, so it is not
  // "completed" (which would invite feedback on a session that never ran).
  "002": {
    draft: "pending",
    pending_payment: "pending",
    pending: "pending",
    confirmed: "confirmed",
    in_progress: "confirmed",
    completed: "completed",
    cancelled: "cancelled",
    declined: "cancelled",
    no_show: "cancelled",
  },
  // Mentara: SCHEDULED = booked but not confirmed.
  "003": {
    draft: "SCHEDULED",
    pending_payment: "SCHEDULED",
    pending: "SCHEDULED",
    confirmed: "CONFIRMED",
    in_progress: "CONFIRMED",
    completed: "COMPLETED",
    cancelled: "CANCELLED",
    declined: "CANCELLED",
    no_show: "NO_SHOW",
  },
  // Zoom booking: same reasoning as 002.
  "004": {
    draft: "PENDING",
    pending_payment: "PENDING",
    pending: "PENDING",
    confirmed: "CONFIRMED",
    in_progress: "CONFIRMED",
    completed: "COMPLETED",
    cancelled: "CANCELLED",
    declined: "CANCELLED",
    no_show: "CANCELLED",
  },
} as const satisfies Record<Dialect, Record<BookingStatus, string>>;

export type DialectStatus<D extends Dialect> = (typeof TO_DIALECT)[D][BookingStatus];

/** The dialect's words, in the order the seed documents them. */
export const DIALECT_WORDS: { readonly [D in Dialect]: readonly DialectStatus<D>[] } = {
  "000": ["requested", "scheduled", "completed", "cancelled", "no-show"],
  "001": ["draft", "pending_payment", "confirmed", "in_progress", "completed", "canceled", "no_show"],
  "002": ["pending", "confirmed", "completed", "cancelled"],
  "003": ["SCHEDULED", "CONFIRMED", "COMPLETED", "CANCELLED", "NO_SHOW"],
  "004": ["PENDING", "CONFIRMED", "CANCELLED", "COMPLETED"],
};

export function toDialect<D extends Dialect>(dialect: D, status: BookingStatus): DialectStatus<D> {
  return TO_DIALECT[dialect][status] as DialectStatus<D>;
}

/**
 * Canonical statuses shown as `word` (exact spelling), in canonical order;
 * [] for a word the dialect does not have. Drafts are included where the
 * dialect folds them in; callers listing bookings hide drafts separately.
 */
export function fromDialect(dialect: Dialect, word: string): BookingStatus[] {
  const table: Record<BookingStatus, string> = TO_DIALECT[dialect];
  return BOOKING_STATUSES.filter((s) => table[s] === word);
}

export function isDialectStatus<D extends Dialect>(dialect: D, word: string): word is DialectStatus<D> {
  return (DIALECT_WORDS[dialect] as readonly string[]).includes(word);
}

// ---------------------------------------------------------------------------
// Seed 000 display labels (Django-style *_display fields)

export const STATUS_DISPLAY_000: Readonly<Record<DialectStatus<"000">, string>> = {
  requested: "Requested",
  scheduled: "Scheduled",
  completed: "Completed",
  cancelled: "Cancelled",
  "no-show": "No Show",
};

export const SESSION_TYPES = ["video", "audio", "chat", "email", "in_person"] as const;
export type SessionType = (typeof SESSION_TYPES)[number];

export const SESSION_TYPE_DISPLAY_000: Readonly<Record<SessionType, string>> = {
  video: "Video Call",
  audio: "Audio Call",
  chat: "Chat",
  email: "Email",
  in_person: "In Person",
};

export function statusDisplay000(status: BookingStatus): string {
  return STATUS_DISPLAY_000[toDialect("000", status)];
}

export function sessionTypeDisplay000(type: SessionType): string {
  return SESSION_TYPE_DISPLAY_000[type];
}
