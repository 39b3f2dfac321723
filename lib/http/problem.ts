// RFC 9457 problem details. Every error leaving /api/v1 goes through here.
import { AppError, type FieldIssue } from "@/lib/server/errors";
import { ERROR_TABLE } from "./error-table";

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: FieldIssue[];
  [extra: string]: unknown;
}

const PROBLEM_BASE = "https://slotbook.dev/problems/";

/** Infrastructure failures that are the server's load, not a bug: 503, retry later. */
function overloadError(error: unknown): AppError | null {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === "P2028" || code === "P2024") {
    return new AppError("service_unavailable", "The server is busy. Retry in a moment.", { extra: { retryAfter: 2 } });
  }
  return null;
}

export function problemFromError(raw: unknown): Problem {
  const error = overloadError(raw) ?? raw;
  if (error instanceof AppError) {
    const { status, title } = ERROR_TABLE[error.code];
    return {
      ...error.extra,
      type: PROBLEM_BASE + error.code,
      title,
      status,
      detail: error.message,
      code: error.code,
      ...(error.fields?.length ? { errors: error.fields } : {}),
    };
  }
  // Unknown errors are bugs: log them for the operator, reveal nothing.
  console.error("[slotbook] unhandled error", error);
  return {
    type: PROBLEM_BASE + "internal",
    title: "Internal server error",
    status: 500,
    detail: "Something went wrong on our side.",
    code: "internal",
  };
}

export function problemResponse(problem: Problem, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { "content-type": "application/problem+json", ...headers },
  });
}

export function errorResponse(error: unknown): Response {
  const problem = problemFromError(error);
  const headers: Record<string, string> = {};
  if (typeof problem.retryAfter === "number") headers["retry-after"] = String(problem.retryAfter);
  return problemResponse(problem, headers);
}
