import type { AppErrorCode } from "@/lib/server/errors";

/** The one table from error codes to HTTP statuses and problem titles. */
export const ERROR_TABLE: Record<AppErrorCode, { status: number; title: string }> = {
  validation_failed: { status: 400, title: "Invalid request" },
  invalid_json: { status: 400, title: "Malformed JSON body" },
  unauthenticated: { status: 401, title: "Authentication required" },
  invalid_credentials: { status: 401, title: "Invalid email or password" },
  forbidden: { status: 403, title: "Forbidden" },
  not_found: { status: 404, title: "Not found" },
  method_not_allowed: { status: 405, title: "Method not allowed" },
  email_taken: { status: 409, title: "Email already registered" },
  booking_conflict: { status: 409, title: "Time slot no longer available" },
  slot_unavailable: { status: 409, title: "Time slot not available" },
  illegal_transition: { status: 409, title: "Illegal status transition" },
  not_modifiable: { status: 409, title: "Booking can no longer be changed" },
  idempotency_in_flight: { status: 409, title: "Request with this Idempotency-Key is in progress" },
  payload_too_large: { status: 413, title: "Request body too large" },
  idempotency_key_reused: { status: 422, title: "Idempotency-Key reused with a different payload" },
  rate_limited: { status: 429, title: "Too many requests" },
  feature_disabled: { status: 501, title: "Feature not configured" },
  provider_error: { status: 502, title: "Upstream provider error" },
  service_unavailable: { status: 503, title: "Service unavailable" },
};

export function statusFor(code: AppErrorCode): number {
  return ERROR_TABLE[code].status;
}
