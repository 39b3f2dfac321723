// Turns the state machine's answer into the API's: an action the role may not
// take is 403, an action the status does not allow is 409 naming the status.
import { applyAction, type BookingAction, type BookingStatus } from "@/lib/domain";
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
