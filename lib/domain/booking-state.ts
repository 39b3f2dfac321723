// Booking lifecycle. One table answers "may X move a booking from A to B";
// every API, dialect and UI flag derives from it so they cannot disagree.
// See docs/decisions/003-booking-state-machine.md.

export const BOOKING_STATUSES = [
  "draft",
  "pending_payment",
  "pending",
  "confirmed",
  "in_progress",
  "completed",
  "cancelled",
  "declined",
  "no_show",
] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export const ACTORS = ["client", "host", "admin", "system"] as const;
export type Actor = (typeof ACTORS)[number];

export function isBookingStatus(v: unknown): v is BookingStatus {
  return typeof v === "string" && (BOOKING_STATUSES as readonly string[]).includes(v);
}

export function isActor(v: unknown): v is Actor {
  return typeof v === "string" && (ACTORS as readonly string[]).includes(v);
}

const ALL_HUMANS: readonly Actor[] = ["client", "host", "admin"];

/** from -> to -> actors allowed. Absent pairs are illegal for everyone. */
export const TRANSITIONS: Readonly<Record<BookingStatus, Readonly<Partial<Record<BookingStatus, readonly Actor[]>>>>> = {
  draft: {
    pending_payment: ["client", "system"],
    // Whether a submitted draft needs the host is the server's call
    // (requiresConfirmation), so only the system picks pending vs confirmed.
    pending: ["system"],
    confirmed: ["system"],
    cancelled: ["client", "admin", "system"],
  },
  pending_payment: {
    pending: ["system"],
    confirmed: ["system"],
    cancelled: ["client", "host", "admin", "system"],
  },
  pending: {
    confirmed: ["host", "admin"],
    declined: ["host", "admin"],
    cancelled: ["client", "host", "admin", "system"],
  },
  confirmed: {
    in_progress: ["host", "admin", "system"],
    completed: ["host", "admin", "system"],
    cancelled: ["client", "host", "admin"],
    no_show: ["host", "admin"],
  },
  in_progress: {
    completed: ["host", "admin", "system"],
    no_show: ["host", "admin"],
  },
  completed: {},
  cancelled: {},
  declined: {},
  no_show: {},
};

export const TERMINAL_STATUSES: readonly BookingStatus[] = ["completed", "cancelled", "declined", "no_show"];

/**
 * Statuses that hold the slot. Pending requests and unpaid checkouts block:
 * otherwise two clients can request the same hour and the host must decline
 * one. Drafts do not: they are abandoned carts.
 */
export const BLOCKING_STATUSES: readonly BookingStatus[] = ["pending_payment", "pending", "confirmed", "in_progress"];

export function blocksTime(status: BookingStatus): boolean {
  return BLOCKING_STATUSES.includes(status);
}

export function isTerminal(status: BookingStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}

export type TransitionResult =
  | { ok: true; from: BookingStatus; to: BookingStatus }
  | { ok: false; code: "illegal_transition"; from: BookingStatus; to: BookingStatus; message: string }
  | { ok: false; code: "forbidden_actor"; from: BookingStatus; to: BookingStatus; actor: Actor; message: string };

export function transition(from: BookingStatus, to: BookingStatus, actor: Actor): TransitionResult {
  const actors = TRANSITIONS[from]?.[to];
  if (!actors) {
    return { ok: false, code: "illegal_transition", from, to, message: `a ${from} booking cannot become ${to}` };
  }
  if (!actors.includes(actor)) {
    return {
      ok: false,
      code: "forbidden_actor",
      from,
      to,
      actor,
      message: `a ${actor} cannot move a booking from ${from} to ${to}`,
    };
  }
  return { ok: true, from, to };
}

/** Targets `actor` may move a `from` booking to, in canonical order. */
export function allowedTransitions(from: BookingStatus, actor: Actor): BookingStatus[] {
  const row = TRANSITIONS[from] ?? {};
  return BOOKING_STATUSES.filter((to) => row[to]?.includes(actor) ?? false);
}

// ---------------------------------------------------------------------------
// Actions (what the API exposes: POST /bookings/:id/confirm etc.)

export const ACTION_TARGETS = {
  confirm: "confirmed",
  decline: "declined",
  cancel: "cancelled",
  start: "in_progress",
  complete: "completed",
  no_show: "no_show",
} as const satisfies Record<string, BookingStatus>;

export type StatusAction = keyof typeof ACTION_TARGETS;
export type BookingAction = StatusAction | "reschedule";
export const BOOKING_ACTIONS: readonly BookingAction[] = [...(Object.keys(ACTION_TARGETS) as StatusAction[]), "reschedule"];

export const RESCHEDULABLE_STATUSES: readonly BookingStatus[] = ["pending_payment", "pending", "confirmed"];
export const RESCHEDULE_ACTORS: readonly Actor[] = ALL_HUMANS;

export type ActionResult =
  | { ok: true; from: BookingStatus; to: BookingStatus }
  | Exclude<TransitionResult, { ok: true }>;

/**
 * The status after `action`. Reschedule keeps the booking's status except that
 * a client moving a confirmed session of a host who confirms requests goes
 * back to pending: the host agreed to the old time, not the new one.
 */
export function applyAction(
  action: BookingAction,
  from: BookingStatus,
  actor: Actor,
  options: { requiresConfirmation?: boolean } = {},
): ActionResult {
  if (action === "reschedule") {
    if (!RESCHEDULABLE_STATUSES.includes(from)) {
      return { ok: false, code: "illegal_transition", from, to: from, message: `a ${from} booking cannot be rescheduled` };
    }
    if (!RESCHEDULE_ACTORS.includes(actor)) {
      return { ok: false, code: "forbidden_actor", from, to: from, actor, message: `a ${actor} cannot reschedule a booking` };
    }
    const to = actor === "client" && from === "confirmed" && options.requiresConfirmation === true ? "pending" : from;
    return { ok: true, from, to };
  }
  return transition(from, ACTION_TARGETS[action], actor);
}

export function allowedActions(from: BookingStatus, actor: Actor): BookingAction[] {
  return BOOKING_ACTIONS.filter((a) => applyAction(a, from, actor).ok);
}

// ---------------------------------------------------------------------------
// Derived flags

export interface BookingTimes {
  status: BookingStatus;
  startAt: Date | null;
  endAt: Date | null;
}

export interface FlagPolicy {
  now: Date;
  actor: Actor;
  minCancelNoticeHours: number;
}

export interface BookingFlags {
  canCancel: boolean;
  canReschedule: boolean;
  isUpcoming: boolean;
  blocksTime: boolean;
  /** Why a client may not cancel/reschedule although the status allows it. */
  reason: "past" | "notice" | null;
}

const UPCOMING: readonly BookingStatus[] = ["pending_payment", "pending", "confirmed"];

/**
 * Nothing that has started can be cancelled or moved. The cancellation notice
 * binds clients only, and only on confirmed sessions: withdrawing a request
 * the host has not accepted (or not paid for) costs the host nothing, while
 * hosts and admins need a way out of any session that has not started.
 */
export function bookingFlags(b: BookingTimes, p: FlagPolicy): BookingFlags {
  const now = p.now.getTime();
  const start = b.startAt ? b.startAt.getTime() : null;
  const started = start !== null && start <= now;
  const noticeMs = Math.max(0, p.minCancelNoticeHours) * 3_600_000;
  const lateForClient = p.actor === "client" && b.status === "confirmed" && start !== null && start - now < noticeMs;
  const statusAllowsCancel = transition(b.status, "cancelled", p.actor).ok;
  const statusAllowsMove = applyAction("reschedule", b.status, p.actor).ok;
  const canCancel = statusAllowsCancel && !started && !lateForClient;
  const canReschedule = statusAllowsMove && start !== null && !started && !lateForClient;
  let reason: BookingFlags["reason"] = null;
  if ((statusAllowsCancel || statusAllowsMove) && started) reason = "past";
  else if ((statusAllowsCancel || statusAllowsMove) && lateForClient) reason = "notice";
  return {
    canCancel,
    canReschedule,
    isUpcoming: UPCOMING.includes(b.status) && start !== null && start > now,
    blocksTime: blocksTime(b.status),
    reason,
  };
}
