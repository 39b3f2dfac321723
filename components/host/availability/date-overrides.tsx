"use client";

import { useId, useState } from "react";
import { addAvailabilityEntry, removeAvailabilityEntry } from "@/app/availability/actions";
import { Alert, FieldError } from "@/components/form";
import type { AvailabilityView } from "@/lib/server/host-setup/availability-view";
import { toProblem, type ActionProblem } from "../action-result";
import { useAnnounce } from "../announcer";
import { dateTimeIn, localInputToInstant, longDate } from "../format";
import { EmptyState } from "../page-header";
import { useAction } from "../use-action";
import ui from "../ui.module.css";
import { timeLabel, timeOptions } from "./time-options";
import styles from "./availability.module.css";

function fieldError(problem: ActionProblem | null, ...fields: string[]): string | undefined {
  return problem?.errors.find((e) => fields.includes(e.field))?.message;
}

function leftover(problem: ActionProblem | null, fields: string[]): string | null {
  if (!problem) return null;
  const rest = problem.errors.filter((e) => !fields.includes(e.field));
  if (problem.errors.length && rest.length === 0) return null;
  return rest.length ? rest.map((e) => e.message).join(" ") : problem.detail;
}

function DeleteButton({ id, label }: { id: string; label: string }) {
  const announce = useAnnounce();
  const remove = useAction(removeAvailabilityEntry, { onSuccess: () => announce(`Deleted ${label}.`) });
  return (
    <>
      <button type="button" className={`btn btn--sm ${ui.dangerBtn}`} disabled={remove.isPending} aria-busy={remove.isPending} onClick={() => remove.mutate({ id })}>
        {remove.isPending ? <span className="spinner" aria-hidden="true" /> : null}
        Delete<span className="visually-hidden">{` ${label}`}</span>
      </button>
      {remove.error ? (
        <Alert tone="error" live>
          <p>{toProblem(remove.error).detail}</p>
        </Alert>
      ) : null}
    </>
  );
}

export function DateOverrides({ overrides, today }: { overrides: AvailabilityView["overrides"]; today: string }) {
  const uid = useId();
  const announce = useAnnounce();
  const [date, setDate] = useState("");
  const [mode, setMode] = useState<"closed" | "hours">("closed");
  const [start, setStart] = useState("10:00");
  const [end, setEnd] = useState("14:00");
  const add = useAction(addAvailabilityEntry, {
    onSuccess: () => {
      announce(mode === "closed" ? `${longDate(date)} is closed.` : `Special hours added for ${longDate(date)}.`);
      setDate("");
    },
  });
  const problem = add.error ? toProblem(add.error) : null;
  const dateError = fieldError(problem, "date");
  const rangeError = fieldError(problem, "start", "end");
  const upcoming = overrides.filter((o) => o.date && o.date >= today);
  const past = overrides.length - upcoming.length;

  return (
    <div className={ui.section}>
      {upcoming.length === 0 ? (
        <EmptyState title="No date overrides">Close a date (a holiday) or give it special hours; weekly hours apply on every other date.</EmptyState>
      ) : (
        <ul className={ui.list} aria-label="Date overrides">
          {upcoming.map((o) => {
            const what = o.closed ? "Closed all day" : `Special hours ${o.start}–${o.end}`;
            const label = `${longDate(o.date!)}: ${what}`;
            return (
              <li key={o.id} className={ui.item}>
                <div className={ui.itemMain}>
                  <span className={ui.itemTitle}>{longDate(o.date!)}</span>
                  <span className={ui.itemMeta}>{o.closed ? <span className="badge badge--danger">Closed all day</span> : <span className="kbd-time">{`${o.start}–${o.end === "24:00" ? "24:00" : o.end}`}</span>}</span>
                </div>
                <div className={ui.itemActions}>
                  <DeleteButton id={o.id} label={label} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {past > 0 ? <p className="muted small" style={{ margin: 0 }}>{`${past} past ${past === 1 ? "override is" : "overrides are"} hidden.`}</p> : null}

      <form
        className={styles.addForm}
        aria-labelledby={`${uid}-title`}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          add.mutate(mode === "closed" ? { type: "override", date } : { type: "override", date, start, end });
        }}
      >
        <h3 id={`${uid}-title`} className={styles.addTitle}>
          Add a date override
        </h3>
        <div className={ui.grid2}>
          <div className="field">
            <label className="field__label" htmlFor={`${uid}-date`}>
              Date
            </label>
            <input
              id={`${uid}-date`}
              type="date"
              className="input"
              min={today}
              value={date}
              required
              onChange={(e) => setDate(e.target.value)}
              aria-invalid={dateError ? true : undefined}
              aria-describedby={dateError ? `${uid}-date-error` : undefined}
            />
            <FieldError id={`${uid}-date-error`} message={dateError} />
          </div>
          <fieldset className="field">
            <legend className="field__label">On that date</legend>
            <div className={styles.radioRow}>
              <label className={ui.checkRow}>
                <input type="radio" name={`${uid}-mode`} checked={mode === "closed"} onChange={() => setMode("closed")} />
                <span>Closed all day</span>
              </label>
              <label className={ui.checkRow}>
                <input type="radio" name={`${uid}-mode`} checked={mode === "hours"} onChange={() => setMode("hours")} />
                <span>Special hours</span>
              </label>
            </div>
          </fieldset>
        </div>
        {mode === "hours" ? (
          <div className="field">
            <div className={styles.rangeFields}>
              <label className="field__label" htmlFor={`${uid}-start`}>
                From
              </label>
              <select id={`${uid}-start`} className={`select ${styles.timeSelect}`} value={start} onChange={(e) => setStart(e.target.value)} aria-invalid={rangeError ? true : undefined} aria-describedby={rangeError ? `${uid}-range-error` : undefined}>
                {timeOptions("start").map((t) => (
                  <option key={t}>{t}</option>
                ))}
              </select>
              <label className="field__label" htmlFor={`${uid}-end`}>
                to
              </label>
              <select id={`${uid}-end`} className={`select ${styles.timeSelect}`} value={end} onChange={(e) => setEnd(e.target.value)} aria-invalid={rangeError ? true : undefined} aria-describedby={rangeError ? `${uid}-range-error` : undefined}>
                {timeOptions("end").map((t) => (
                  <option key={t} value={t}>
                    {timeLabel(t)}
                  </option>
                ))}
              </select>
            </div>
            <p className="field__hint">To offer several ranges on one date, add the date once per range.</p>
            <FieldError id={`${uid}-range-error`} message={rangeError} />
          </div>
        ) : null}
        {leftover(problem, ["date", "start", "end"]) ? (
          <Alert tone="error" live>
            <p>{leftover(problem, ["date", "start", "end"])}</p>
          </Alert>
        ) : null}
        <div className={ui.itemActions}>
          <button type="submit" className="btn btn--primary btn--sm" disabled={add.isPending} aria-busy={add.isPending}>
            {add.isPending ? <span className="spinner" aria-hidden="true" /> : null}
            Add override
          </button>
        </div>
      </form>
    </div>
  );
}

export function TimeOffList({ timeOff, zone, today }: { timeOff: AvailabilityView["timeOff"]; zone: string; today: string }) {
  const uid = useId();
  const announce = useAnnounce();
  const [mode, setMode] = useState<"days" | "times">("days");
  const [startDate, setStartDate] = useState("");
  const [endDate, setEndDate] = useState("");
  const [startAt, setStartAt] = useState("");
  const [endAt, setEndAt] = useState("");
  const [reason, setReason] = useState("");
  const [localError, setLocalError] = useState<{ field: string; message: string } | null>(null);
  const add = useAction(addAvailabilityEntry, {
    onSuccess: () => {
      announce("Time off added.");
      setStartDate("");
      setEndDate("");
      setStartAt("");
      setEndAt("");
      setReason("");
    },
  });
  const problem: ActionProblem | null = localError
    ? { status: 400, code: "validation_failed", detail: localError.message, errors: [localError] }
    : add.error
      ? toProblem(add.error)
      : null;
  const err = (...f: string[]) => fieldError(problem, ...f);
  const nowIso = new Date(`${today}T00:00:00Z`).toISOString();
  const current = timeOff.filter((t) => (t.endDate ? t.endDate >= today : t.end ? t.end >= nowIso : true));

  const describe = (t: AvailabilityView["timeOff"][number]) =>
    t.startDate && t.endDate
      ? t.startDate === t.endDate
        ? longDate(t.startDate)
        : `${longDate(t.startDate)} – ${longDate(t.endDate)}`
      : t.start && t.end
        ? `${dateTimeIn(t.start, zone)} – ${dateTimeIn(t.end, zone)}`
        : "Time off";

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setLocalError(null);
    add.reset();
    const extra = reason.trim() ? { reason: reason.trim() } : {};
    if (mode === "days") {
      add.mutate({ type: "time_off", startDate, endDate: endDate || startDate, ...extra });
      return;
    }
    // Wall times in the host's zone become instants here.
    const start = localInputToInstant(startAt, zone);
    const end = localInputToInstant(endAt, zone);
    if (!start) return setLocalError({ field: "start", message: "Choose when the time off starts." });
    if (!end) return setLocalError({ field: "end", message: "Choose when the time off ends." });
    add.mutate({ type: "time_off", start: start.toISOString(), end: end.toISOString(), ...extra });
  };

  return (
    <div className={ui.section}>
      {current.length === 0 ? (
        <EmptyState title="No time off planned">Block whole days (a holiday) or a few hours (an appointment). Nobody can book you then.</EmptyState>
      ) : (
        <ul className={ui.list} aria-label="Time off">
          {current.map((t) => (
            <li key={t.id} className={ui.item}>
              <div className={ui.itemMain}>
                <span className={ui.itemTitle}>{describe(t)}</span>
                <span className={ui.itemMeta}>{t.reason || (t.startDate ? "Whole days" : "Time range")}</span>
              </div>
              <div className={ui.itemActions}>
                <DeleteButton id={t.id} label={`time off ${describe(t)}`} />
              </div>
            </li>
          ))}
        </ul>
      )}

      <form className={styles.addForm} aria-labelledby={`${uid}-title`} noValidate onSubmit={submit}>
        <h3 id={`${uid}-title`} className={styles.addTitle}>
          Add time off
        </h3>
        <fieldset className="field">
          <legend className="field__label">Block</legend>
          <div className={styles.radioRow}>
            <label className={ui.checkRow}>
              <input type="radio" name={`${uid}-mode`} checked={mode === "days"} onChange={() => setMode("days")} />
              <span>Whole days</span>
            </label>
            <label className={ui.checkRow}>
              <input type="radio" name={`${uid}-mode`} checked={mode === "times"} onChange={() => setMode("times")} />
              <span>A time range</span>
            </label>
          </div>
        </fieldset>
        {mode === "days" ? (
          <div className={ui.grid2}>
            <DateField id={`${uid}-sd`} label="First day" value={startDate} min={today} onChange={setStartDate} error={err("startDate")} />
            <DateField id={`${uid}-ed`} label="Last day" value={endDate} min={startDate || today} onChange={setEndDate} error={err("endDate")} hint="Leave empty for a single day." />
          </div>
        ) : (
          <div className={ui.grid2}>
            <DateField id={`${uid}-sa`} type="datetime-local" label="Starts" value={startAt} onChange={setStartAt} error={err("start")} hint={`In your time zone, ${zone}.`} />
            <DateField id={`${uid}-ea`} type="datetime-local" label="Ends" value={endAt} onChange={setEndAt} error={err("end")} />
          </div>
        )}
        <div className="field">
          <label className="field__label" htmlFor={`${uid}-reason`}>
            Reason (optional, only you see it)
          </label>
          <input id={`${uid}-reason`} className="input" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
        </div>
        {leftover(problem, ["startDate", "endDate", "start", "end"]) ? (
          <Alert tone="error" live>
            <p>{leftover(problem, ["startDate", "endDate", "start", "end"])}</p>
          </Alert>
        ) : null}
        <div className={ui.itemActions}>
          <button type="submit" className="btn btn--primary btn--sm" disabled={add.isPending} aria-busy={add.isPending}>
            {add.isPending ? <span className="spinner" aria-hidden="true" /> : null}
            Add time off
          </button>
        </div>
      </form>
    </div>
  );
}

function DateField({ id, label, value, onChange, error, hint, min, type = "date" }: { id: string; label: string; value: string; onChange: (v: string) => void; error?: string | undefined; hint?: string; min?: string; type?: "date" | "datetime-local" }) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input id={id} type={type} className="input" value={value} min={min} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={describedBy} />
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
