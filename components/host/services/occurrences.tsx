"use client";

import { useId, useState } from "react";
import { scheduleOccurrenceAction } from "@/app/services/actions";
import { Alert, FieldError } from "@/components/form";
import type { OccurrenceView } from "@/lib/server/host-setup/schedule-occurrence";
import { toProblem } from "../action-result";
import { useAnnounce } from "../announcer";
import { dateTimeIn, localInputToInstant, timeIn } from "../format";
import { useAction } from "../use-action";
import ui from "../ui.module.css";
import styles from "./services.module.css";

/** Upcoming sessions of a group service or course, and a form to schedule one. */
export function Occurrences({ serviceId, serviceName, occurrences, zone }: { serviceId: string; serviceName: string; occurrences: OccurrenceView[]; zone: string }) {
  const uid = useId();
  const announce = useAnnounce();
  const [value, setValue] = useState("");
  const [localError, setLocalError] = useState<string | null>(null);
  const schedule = useAction(scheduleOccurrenceAction, {
    onSuccess: (row) => {
      setValue("");
      announce(`Scheduled ${serviceName} on ${row.start ? dateTimeIn(row.start, zone) : "the chosen date"}.`);
    },
  });
  const problem = schedule.error ? toProblem(schedule.error) : null;
  const startError = localError ?? problem?.errors.find((e) => e.field === "start")?.message;
  const otherError = problem && !problem.errors.some((e) => e.field === "start") ? problem.detail : null;

  return (
    <div className={styles.occurrences}>
      <h4 className={styles.subTitle} id={`${uid}-title`}>
        Upcoming sessions
      </h4>
      {occurrences.length === 0 ? (
        <p className="muted small" style={{ margin: 0 }}>
          None scheduled yet. Clients can only join sessions you schedule.
        </p>
      ) : (
        <ul className={ui.list} aria-labelledby={`${uid}-title`}>
          {occurrences.map((o) => {
            const full = o.seatsTaken >= o.capacity;
            return (
              <li key={o.id} className={ui.item}>
                <span className="kbd-time">
                  {o.start ? dateTimeIn(o.start, zone) : "—"}
                  {o.end ? `–${timeIn(o.end, zone)}` : ""}
                </span>
                <span className={full ? "badge badge--warning" : "badge"}>{`${o.seatsTaken} of ${o.capacity} seats taken`}</span>
              </li>
            );
          })}
        </ul>
      )}
      <form
        className={ui.inlineForm}
        noValidate
        aria-label={`Schedule a session of ${serviceName}`}
        onSubmit={(event) => {
          event.preventDefault();
          setLocalError(null);
          schedule.reset();
          const start = localInputToInstant(value, zone);
          if (!start) {
            setLocalError("Choose a date and a start time.");
            return;
          }
          schedule.mutate({ serviceId, start: start.toISOString() });
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={`${uid}-start`}>
            Schedule a session
          </label>
          <input
            id={`${uid}-start`}
            className="input"
            type="datetime-local"
            step={300}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-invalid={startError ? true : undefined}
            aria-describedby={`${uid}-hint${startError ? ` ${uid}-error` : ""}`}
          />
          <p id={`${uid}-hint`} className="field__hint">{`Start time in your zone, ${zone}.`}</p>
          <FieldError id={`${uid}-error`} message={startError} />
        </div>
        <button type="submit" className="btn btn--sm btn--primary" disabled={schedule.isPending} aria-busy={schedule.isPending} style={{ marginBottom: "1.6rem" }}>
          {schedule.isPending ? <span className="spinner" aria-hidden="true" /> : null}
          Schedule
        </button>
      </form>
      {otherError ? (
        <Alert tone="error" live>
          <p>{otherError}</p>
        </Alert>
      ) : null}
    </div>
  );
}
