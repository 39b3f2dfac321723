// Turns the state machine's answer into the API's: an action the role may not
// take is 403, an action the status does not allow is 409 naming the status.
import { applyAction, bookingFlags, type BookingAction, type BookingStatus } from "@/lib/domain";
import { AppError } from "../errors";
import type { ViewerRole } from "./booking-view";

export function guardAction(action: BookingAction, status: BookingStatus, role: ViewerRole, options: { requiresConfirmation?: boolean } = {}): BookingStatus {
  const result = applyAction(action, status, role, options);
  if (result.ok) return result.to;
  if (result.code === "forbidden_actor") {
    throw new AppError("forbidden", `As the ${role} of this booking you cannot ${action.replace("_", "-")} it.`);
  }
  throw new AppError("illegal_transition", `Cannot ${action.replace("_", "-")} a booking that is ${status}.`, {
    extra: { currentStatus: status },
  });
}

/** Status-guarded write: another request may have moved the booking meanwhile. */
export function raceLost(currentStatus: string): AppError {
  return new AppError("illegal_transition", `The booking changed meanwhile: it is now ${currentStatus}.`, { extra: { currentStatus } });
}

const TOO_LATE = {
  cancel: {
    notice: (hours: number) => `Cancellations need at least ${hours} hours' notice. Contact your host to cancel this session.`,
    past: "This session has already started or is in the past and can no longer be cancelled.",
  },
  reschedule: {
    notice: (hours: number) => `Changes need at least ${hours} hours' notice. Contact your host to move this session.`,
    past: "This session has already started or is in the past and can no longer be moved.",
  },
} as const;

/**
 * The policy half of cancel and reschedule (the state machine is the other):
 * nothing past can change, and clients must give the host's minimum notice.
 */
export function guardTiming(
  action: "cancel" | "reschedule",
  booking: { status: BookingStatus; startAt: Date | null; endAt: Date | null },
  role: ViewerRole,
  minCancelNoticeHours: number,
  now: Date,
): void {
  const flags = bookingFlags(booking, { now, actor: role, minCancelNoticeHours });
  if (action === "cancel" ? flags.canCancel : flags.canReschedule) return;
  const text = TOO_LATE[action];
  throw new AppError("not_modifiable", flags.reason === "notice" ? text.notice(minCancelNoticeHours) : text.past, {
    extra: { currentStatus: booking.status },
  });
}
