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

export function problemFromError(error: unknown): Problem {
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
  if (error instanceof AppError && error.code === "rate_limited" && typeof error.extra?.retryAfter === "number") {
    headers["retry-after"] = String(error.extra.retryAfter);
  }
  return problemResponse(problem, headers);
}
