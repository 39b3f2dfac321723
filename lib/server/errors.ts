// Use-cases throw AppError with a code; lib/http/error-table.ts is the one place
// that turns codes into HTTP statuses. Anything else is a bug and becomes a 500
// that reveals nothing.
export type AppErrorCode =
  | "validation_failed"
  | "invalid_json"
  | "unauthenticated"
  | "invalid_credentials"
  | "forbidden"
  | "not_found"
  | "method_not_allowed"
  | "email_taken"
  | "booking_conflict"
  | "slot_unavailable"
  | "illegal_transition"
  | "not_modifiable"
  | "idempotency_key_reused"
  | "idempotency_in_flight"
  | "payload_too_large"
  | "rate_limited"
  | "feature_disabled"
  | "provider_error"
  | "service_unavailable";

export interface FieldIssue {
  /** Dotted path of the offending field, "" for the whole body. */
  field: string;
  message: string;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fields?: FieldIssue[];
  /** Extra machine-readable members for the problem body (e.g. currentStatus). */
  readonly extra?: Record<string, unknown>;

  constructor(code: AppErrorCode, message: string, options: { fields?: FieldIssue[]; extra?: Record<string, unknown> } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fields = options.fields;
    this.extra = options.extra;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export const notFound = (what = "Resource") => new AppError("not_found", `${what} not found.`);
export const forbidden = (message = "You are not allowed to do this.") => new AppError("forbidden", message);
