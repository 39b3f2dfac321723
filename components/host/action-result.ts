// What a server action answers: the data, or the same problem body the
// /api/v1 routes send (code, detail and per-field errors), so forms handle
// both the same way. Safe to import from client components.
import type { FieldIssue } from "@/lib/server/errors";

export interface ActionProblem {
  status: number;
  code: string;
  detail: string;
  errors: FieldIssue[];
}

export type ActionResult<T> = { ok: true; data: T } | { ok: false; problem: ActionProblem };

export class ProblemError extends Error {
  readonly problem: ActionProblem;
  constructor(problem: ActionProblem) {
    super(problem.detail);
    this.name = "ProblemError";
    this.problem = problem;
  }
}

export const NETWORK_PROBLEM: ActionProblem = {
  status: 0,
  code: "network",
  detail: "We couldn’t reach Slotbook. Check your connection and try again.",
  errors: [],
};

/** A problem+json body from /api/v1 (or anything else a fetch returned) as an ActionProblem. */
export async function problemFromResponse(response: Response): Promise<ActionProblem> {
  const body = (await response.json().catch(() => null)) as Partial<ActionProblem> | null;
  return {
    status: response.status,
    code: typeof body?.code === "string" ? body.code : "http_" + response.status,
    detail: typeof body?.detail === "string" ? body.detail : `The server answered ${response.status}.`,
    errors: Array.isArray(body?.errors) ? body.errors : [],
  };
}

export function toProblem(error: unknown): ActionProblem {
  return error instanceof ProblemError ? error.problem : NETWORK_PROBLEM;
}
