// The browser's way to /api/v1: JSON in, JSON out, problem+json errors thrown as
// ApiProblem so forms can put each message next to the field it concerns.
// Writes from the booking UI all go through here (React Query mutations), then
// refresh the server-rendered page.
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

export interface ProblemBody {
  status?: number;
  code?: string;
  detail?: string;
  title?: string;
  errors?: { field: string; message: string }[];
  reason?: string;
  [extra: string]: unknown;
}

export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: { field: string; message: string }[];
  readonly body: ProblemBody;

  constructor(status: number, body: ProblemBody) {
    super(body.detail || body.title || `Request failed (${status}).`);
    this.name = "ApiProblem";
    this.status = status;
    this.code = body.code ?? (status === 0 ? "network" : "internal");
    this.fields = body.errors ?? [];
    this.body = body;
  }

  get reason(): string | undefined {
    return typeof this.body.reason === "string" ? this.body.reason : undefined;
  }
}

export async function apiFetch<T>(path: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? "GET",
      headers: {
        accept: "application/json, application/problem+json",
        ...(init.body !== undefined ? { "content-type": "application/json" } : {}),
      },
      body: init.body !== undefined ? JSON.stringify(init.body) : null,
      credentials: "same-origin",
      cache: "no-store",
      signal: init.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiProblem(0, { detail: "We couldn’t reach Slotbook. Check your connection and try again." });
  }
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!response.ok) {
    const problem = (body && typeof body === "object" ? body : {}) as ProblemBody;
    if (response.status >= 500 && !problem.detail) problem.detail = "Something went wrong on our side. Please try again.";
    throw new ApiProblem(response.status, problem);
  }
  return body as T;
}

/** Codes that mean "somebody else got this time first" (or it vanished meanwhile). */
export function isSlotGone(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem && (error.code === "booking_conflict" || error.code === "slot_unavailable");
}

/** The sentence a client reads when the slot they picked can no longer be booked. */
export function slotGoneMessage(error: ApiProblem): string {
  switch (error.reason) {
    case "client_conflict":
      return "You already have another session at this time. Pick another slot.";
    case "too_soon":
      return "This time is now too close to book. Pick another slot.";
    case "too_far":
    case "outside_availability":
      return "This time is no longer offered. Pick another slot.";
    case "limit_reached":
      return "The host is fully booked on this day. Pick another day.";
    case "capacity_full":
      return "This group session just filled up. Pick another slot.";
    default:
      return "This time was just taken. Pick another slot.";
  }
}

/**
 * Puts each field issue of a problem on its form field; returns the messages
 * that have no field of their own (to show above the form).
 */
export function applyProblemToForm<T extends FieldValues>(error: unknown, fields: readonly Path<T>[], setError: UseFormSetError<T>): string[] {
  if (!(error instanceof ApiProblem)) return ["Something went wrong. Please try again."];
  const unplaced: string[] = [];
  let focused = false;
  for (const issue of error.fields) {
    const name = (issue.field.split(".")[0] ?? "") as Path<T>;
    if (fields.includes(name)) {
      setError(name, { type: "server", message: issue.message }, { shouldFocus: !focused });
      focused = true;
    } else {
      unplaced.push(issue.message);
    }
  }
  if (!focused && unplaced.length === 0) unplaced.push(error.message);
  return unplaced;
}
