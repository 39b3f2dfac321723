"use client";

import { useId, useState } from "react";
import { bookingAction } from "@/app/dashboard/actions";
import { Alert, FieldError } from "@/components/form";
import { toProblem } from "../action-result";
import { useAnnounce } from "../announcer";
import { useAction } from "../use-action";
import ui from "../ui.module.css";
import { NotesPanel } from "./notes-panel";
import type { SessionItem } from "./types";
import styles from "./dashboard.module.css";

type Action = "confirm" | "decline" | "start" | "complete" | "no_show" | "cancel";

const LABELS: Record<Action, string> = {
  confirm: "Confirm",
  decline: "Decline…",
  start: "Start session",
  complete: "Mark complete",
  no_show: "Mark no-show",
  cancel: "Cancel session…",
};

const DONE: Record<Action, string> = {
  confirm: "Request confirmed.",
  decline: "Request declined.",
  start: "Session started.",
  complete: "Session marked complete.",
  no_show: "Session marked as a no-show.",
  cancel: "Session cancelled.",
};

const EARLY_START_MS = 15 * 60_000;

/** The host actions the booking allows right now (the server re-checks all of them). */
export function visibleActions(item: SessionItem, nowMs: number): Action[] {
  const start = item.start ? Date.parse(item.start) : 0;
  const end = item.end ? Date.parse(item.end) : 0;
  const order: Action[] = ["confirm", "start", "complete", "no_show", "decline", "cancel"];
  return order.filter((action) => {
    if (!item.allowedActions.includes(action)) return false;
    switch (action) {
      case "confirm":
        return end > nowMs;
      case "start":
        return nowMs >= start - EARLY_START_MS && nowMs < end;
      case "complete":
      case "no_show":
        return nowMs >= start;
      case "cancel":
        // A request is declined, not cancelled.
        return start > nowMs && !item.allowedActions.includes("decline");
      default:
        return true;
    }
  });
}

export function SessionActions({ item, context, now, notes = true }: { item: SessionItem; context: string; now: string; notes?: boolean }) {
  const announce = useAnnounce();
  const [asking, setAsking] = useState<"decline" | "cancel" | null>(null);
  const [reason, setReason] = useState("");
  const [notesOpen, setNotesOpen] = useState(false);
  const ids = useId();
  const reasonId = `${ids}-reason`;
  const reasonError = `${ids}-reason-error`;
  const notesId = `${ids}-notes`;

  const mutation = useAction(bookingAction, {
    onSuccess: (_data, input) => {
      announce(DONE[input.action]);
      setAsking(null);
      setReason("");
    },
  });
  const problem = mutation.error ? toProblem(mutation.error) : null;
  const reasonProblem = problem?.errors.find((e) => e.field === "reason")?.message;
  const actions = visibleActions(item, Date.parse(now));

  const run = (action: Action) => {
    if (action === "decline" || action === "cancel") {
      mutation.reset();
      setAsking(action);
      return;
    }
    mutation.mutate({ id: item.id, action });
  };

  return (
    <div className={styles.actions}>
      <div className={ui.itemActions}>
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className={action === "confirm" ? "btn btn--sm btn--primary" : action === "decline" || action === "cancel" ? `btn btn--sm ${ui.dangerBtn}` : "btn btn--sm"}
            onClick={() => run(action)}
            disabled={mutation.isPending}
            aria-busy={mutation.isPending && mutation.variables?.action === action}
            aria-expanded={action === "decline" || action === "cancel" ? asking === action : undefined}
          >
            {mutation.isPending && mutation.variables?.action === action ? <span className="spinner" aria-hidden="true" /> : null}
            {LABELS[action]}
            <span className="visually-hidden">{` ${context}`}</span>
          </button>
        ))}
        {notes ? (
          <button type="button" className="btn btn--sm btn--ghost" aria-expanded={notesOpen} aria-controls={notesId} onClick={() => setNotesOpen((v) => !v)}>
            Notes<span className="visually-hidden">{` for ${context}`}</span>
          </button>
        ) : null}
      </div>

      {asking ? (
        <form
          className={styles.reasonForm}
          aria-label={asking === "decline" ? `Decline ${context}` : `Cancel ${context}`}
          onSubmit={(event) => {
            event.preventDefault();
            mutation.mutate({ id: item.id, action: asking, ...(reason.trim() ? { reason: reason.trim() } : {}) });
          }}
        >
          <div className="field">
            <label className="field__label" htmlFor={reasonId}>
              {asking === "decline" ? "Reason for declining (optional)" : "Reason for cancelling (optional)"}
            </label>
            <textarea
              id={reasonId}
              className={`input ${ui.textarea}`}
              value={reason}
              maxLength={1000}
              onChange={(e) => setReason(e.target.value)}
              aria-invalid={reasonProblem ? true : undefined}
              aria-describedby={reasonProblem ? reasonError : undefined}
              // The form appears because the host asked for it: take them there.
              autoFocus
            />
            <p className="field__hint">The client sees this reason in their notification.</p>
            <FieldError id={reasonError} message={reasonProblem} />
          </div>
          <div className={ui.itemActions}>
            <button type="submit" className={`btn btn--sm ${ui.dangerBtn}`} disabled={mutation.isPending} aria-busy={mutation.isPending}>
              {mutation.isPending ? <span className="spinner" aria-hidden="true" /> : null}
              {asking === "decline" ? "Decline request" : "Cancel session"}
            </button>
            <button type="button" className="btn btn--sm btn--ghost" onClick={() => setAsking(null)}>
              {asking === "decline" ? "Keep request" : "Keep session"}
            </button>
          </div>
        </form>
      ) : null}

      {problem && !reasonProblem ? (
        <Alert tone="error" live>
          <p>{problem.detail}</p>
        </Alert>
      ) : null}

      {notes && notesOpen ? <NotesPanel id={notesId} bookingId={item.id} context={context} /> : null}
    </div>
  );
}
