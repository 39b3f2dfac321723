export type DomainErrorCode =
  | "invalid_time_zone"
  | "invalid_time"
  | "invalid_date"
  | "invalid_range"
  | "invalid_policy"
  | "invalid_duration"
  | "invalid_input";

/**
 * Thrown for inputs the engine cannot interpret at all (unknown zone, unparsable
 * time, inverted range). Business outcomes ("slot taken", "too soon") are never
 * thrown: they are returned as typed results so callers can map them to 409s.
 */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  constructor(code: DomainErrorCode, message: string) {
    super(message);
    this.name = "DomainError";
    this.code = code;
  }
}
