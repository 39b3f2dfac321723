import type { CheckResult } from "@/lib/domain";
import { AppError } from "../errors";

/** An engine refusal as an AppError: a bad duration is the caller's input; the rest is the slot. */
export function slotRefusal(result: Extract<CheckResult, { ok: false }>): AppError {
  if (result.reason === "invalid_duration") {
    return new AppError("validation_failed", result.message, { fields: [{ field: "duration", message: result.message }] });
  }
  return new AppError("slot_unavailable", result.message, { extra: { reason: result.reason } });
}

export const bookingConflict = () =>
  new AppError("booking_conflict", "This time was just taken by another booking. Pick another slot.");
