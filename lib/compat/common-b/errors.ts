// Errors for the seed dialects 002-004. Use-cases throw AppError; a dialect
// shows it in its own body shape ({"detail"}, NestJS {"statusCode","message",
// "error"} or {"error"}). Statuses follow lib/http/error-table.ts except that
// these three documents report refused times and refused state changes as 400
// (none of them has a 409).
import { problemFromError } from "@/lib/http/problem";
import { AppError, type AppErrorCode, type FieldIssue } from "@/lib/server/errors";

/** An error already in the dialect's terms: status and message as the document words them. */
export class DialectError extends Error {
  readonly status: number;
  readonly extra: Record<string, unknown>;
  /** One message per invalid field, for dialects that list them (NestJS). */
  readonly messages: string[];
  constructor(status: number, message: string, extra: Record<string, unknown> = {}, messages: string[] = []) {
    super(message);
    this.name = "DialectError";
    this.status = status;
    this.extra = extra;
    this.messages = messages;
  }
}

const AS_BAD_REQUEST = new Set<string>(["booking_conflict", "slot_unavailable", "illegal_transition", "not_modifiable", "email_taken"]);

/** Everything a dialect needs to render an error, whatever was thrown. */
export interface ErrorInfo {
  status: number;
  message: string;
  code: string;
  fields: FieldIssue[];
  /** Per-field messages when the request failed validation, else []. */
  messages: string[];
  extra: Record<string, unknown>;
}

export function errorInfo(error: unknown): ErrorInfo {
  if (error instanceof DialectError) return { status: error.status, message: error.message, code: "dialect", fields: [], messages: error.messages, extra: error.extra };
  // problemFromError logs unknown errors and maps pool exhaustion to 503.
  const problem = problemFromError(error);
  const { type: _type, title: _title, status, detail, code, errors, ...rest } = problem;
  const extra: Record<string, unknown> = {};
  // Only the machine-readable reasons the core attaches; nothing internal.
  if (typeof rest.reason === "string") extra.reason = rest.reason;
  if (typeof rest.retryAfter === "number") extra.retryAfter = rest.retryAfter;
  return { status: AS_BAD_REQUEST.has(code) ? 400 : status, message: detail, code, fields: errors ?? [], messages: [], extra };
}

type Mapping = string | ((error: AppError) => DialectError | string | null | Promise<DialectError | string | null>);
export type ErrorMap = Partial<Record<AppErrorCode, Mapping>>;

/**
 * Runs a core call and rewords its AppErrors with the document's messages.
 * A string keeps the status; a function may return a DialectError (new
 * status), a string (new message) or null (leave the error as it is).
 */
export async function withErrors<T>(run: () => Promise<T>, map: ErrorMap): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const mapping = map[error.code];
    if (mapping === undefined) throw error;
    const result = typeof mapping === "string" ? mapping : await mapping(error);
    if (result === null) throw error;
    if (result instanceof DialectError) throw result;
    throw new DialectError(errorInfo(error).status, result, errorInfo(error).extra);
  }
}

export const REASON_PHRASES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  413: "Payload Too Large",
  422: "Unprocessable Entity",
  429: "Too Many Requests",
  500: "Internal Server Error",
  501: "Not Implemented",
  502: "Bad Gateway",
  503: "Service Unavailable",
};
