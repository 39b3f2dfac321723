"use client";

import { useEffect, useId, useRef, useState } from "react";
import { saveWeeklyHours } from "@/app/availability/actions";
import { Alert, FieldError } from "@/components/form";
import type { AvailabilityView } from "@/lib/server/host-setup/availability-view";
import { toProblem } from "../action-result";
import { useAnnounce } from "../announcer";
import { hhmm, WEEKDAYS } from "../format";
import { useAction } from "../use-action";
import ui from "../ui.module.css";
import { timeLabel, timeOptions, toMinutes } from "./time-options";
import styles from "./availability.module.css";

interface Range {
  key: string;
  start: string;
  end: string;
  isAvailable: boolean;
  notes: string;
}
type Week = Range[][];

// Monday first, as most calendars; dayOfWeek stays 0 = Sunday.
const ORDER = [1, 2, 3, 4, 5, 6, 0] as const;
let keySeq = 0;
const newKey = () => `r${++keySeq}`;

function fromView(weekly: AvailabilityView["weekly"]): Week {
  const week: Week = [[], [], [], [], [], [], []];
  for (const rule of weekly) week[rule.dayOfWeek]?.push({ key: rule.id, start: rule.start, end: rule.end, isAvailable: rule.isAvailable, notes: rule.notes });
  for (const day of week) day.sort((a, b) => a.start.localeCompare(b.start));
  return week;
}

const signature = (week: Week) => JSON.stringify(week.map((d) => d.map((r) => [r.start, r.end, r.isAvailable, r.notes])));

function nextRange(day: Range[]): { start: string; end: string } {
  const last = day.at(-1);
  if (!last) return { start: "09:00", end: "17:00" };
  const from = toMinutes(last.end);
  if (from >= 23 * 60) return { start: "08:00", end: "09:00" };
  return { start: hhmm(from + 60), end: hhmm(Math.min(from + 120, 1440)) };
}

function totalLabel(day: Range[]): string {
  const minutes = day.filter((r) => r.isAvailable).reduce((sum, r) => sum + Math.max(0, toMinutes(r.end) - toMinutes(r.start)), 0);
  if (minutes === 0) return "";
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${m} min` : `${h} h`;
}

export function WeeklyEditor({ initial, zone }: { initial: AvailabilityView["weekly"]; zone: string }) {
  const [week, setWeek] = useState<Week>(() => fromView(initial));
  const [savedWeek, setSavedWeek] = useState<Week>(() => fromView(initial));
  const baseline = signature(savedWeek);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [copyFrom, setCopyFrom] = useState<number | null>(null);
  const announce = useAnnounce();
  const uid = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const dirty = signature(week) !== baseline;

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const save = useAction(saveWeeklyHours, {
    onSuccess: (view) => {
      const next = fromView(view.weekly);
      setWeek(next);
      setSavedWeek(next);
      setErrors({});
      setFormError(null);
      setSaved(true);
    },
  });

  const update = (day: number, fn: (ranges: Range[]) => Range[]) => {
    setSaved(false);
    setWeek((w) => w.map((ranges, i) => (i === day ? fn(ranges) : ranges)));
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const order: Range[] = [];
    const rules = ORDER.flatMap((day) =>
      (week[day] ?? []).map((r) => {
        order.push(r);
        return { dayOfWeek: day, start: r.start, end: r.end, ...(r.isAvailable ? {} : { isAvailable: false }), ...(r.notes ? { notes: r.notes } : {}) };
      }),
    );
    setErrors({});
    setFormError(null);
    save.mutate(
      { rules },
      {
        onError: (error) => {
          const problem = toProblem(error);
          const next: Record<string, string> = {};
          const loose: string[] = [];
          for (const issue of problem.errors) {
            const match = /^rules\.(\d+)/.exec(issue.field);
            const range = match ? order[Number(match[1])] : undefined;
            if (range) next[range.key] = issue.message;
            else loose.push(issue.message);
          }
          setErrors(next);
          const count = Object.keys(next).length;
          setFormError(count ? `Fix the highlighted hours, then save again.${loose.length ? ` ${loose.join(" ")}` : ""}` : loose.join(" ") || problem.detail);
          // Focus the first range with an error.
          const first = Object.keys(next)[0];
          if (first) requestAnimationFrame(() => formRef.current?.querySelector<HTMLSelectElement>(`[data-range="${first}"]`)?.focus());
        },
      },
    );
  };

  return (
    <form ref={formRef} className={styles.weekForm} onSubmit={submit} aria-label="Weekly hours" noValidate>
      <ul className={styles.days}>
        {ORDER.map((day) => {
          const ranges = week[day] ?? [];
          const dayName = WEEKDAYS[day];
          const headingId = `${uid}-day-${day}`;
          return (
            <li key={day} className={styles.day}>
              <div className={styles.dayName}>
                <h3 id={headingId}>{dayName}</h3>
                <span className={styles.dayTotal}>{ranges.length === 0 ? "Unavailable" : totalLabel(ranges)}</span>
              </div>
              <div className={styles.ranges}>
                {ranges.length === 0 ? <p className={styles.closed}>No hours — clients can’t book this day.</p> : null}
                {ranges.map((range, index) => {
                  const error = errors[range.key];
                  const errorId = `${uid}-${range.key}-error`;
                  const label = `${dayName}, hours ${index + 1}`;
                  return (
                    <div key={range.key} className={styles.range} role="group" aria-label={label}>
                      <div className={styles.rangeFields}>
                        <label className="visually-hidden" htmlFor={`${uid}-${range.key}-start`}>
                          {`From (${label})`}
                        </label>
                        <select
                          id={`${uid}-${range.key}-start`}
                          data-range={range.key}
                          className={`select ${styles.timeSelect}`}
                          value={range.start}
                          aria-invalid={error ? true : undefined}
                          aria-describedby={error ? errorId : undefined}
                          onChange={(e) => update(day, (rs) => rs.map((r) => (r.key === range.key ? { ...r, start: e.target.value } : r)))}
                        >
                          {timeOptions("start", [range.start]).map((t) => (
                            <option key={t} value={t}>
                              {t}
                            </option>
                          ))}
                        </select>
                        <span aria-hidden="true" className={styles.dash}>
                          –
                        </span>
                        <label className="visually-hidden" htmlFor={`${uid}-${range.key}-end`}>
                          {`To (${label})`}
                        </label>
                        <select
                          id={`${uid}-${range.key}-end`}
                          className={`select ${styles.timeSelect}`}
                          value={range.end}
                          aria-invalid={error ? true : undefined}
                          aria-describedby={error ? errorId : undefined}
                          onChange={(e) => update(day, (rs) => rs.map((r) => (r.key === range.key ? { ...r, end: e.target.value } : r)))}
                        >
                          {timeOptions("end", [range.end]).map((t) => (
                            <option key={t} value={t}>
                              {timeLabel(t)}
                            </option>
                          ))}
                        </select>
                        {!range.isAvailable ? <span className="badge">Blocked</span> : null}
                        <button
                          type="button"
                          className={`btn btn--sm btn--ghost ${styles.iconBtn}`}
                          onClick={() => {
                            update(day, (rs) => rs.filter((r) => r.key !== range.key));
                            announce(`Removed ${range.start}–${range.end} on ${dayName}.`);
                          }}
                        >
                          <span aria-hidden="true">✕</span>
                          <span className="visually-hidden">{`Remove ${range.start}–${range.end} on ${dayName}`}</span>
                        </button>
                      </div>
                      <FieldError id={errorId} message={error} />
                    </div>
                  );
                })}
              </div>
              <div className={styles.dayActions}>
                <button
                  type="button"
                  className="btn btn--sm"
                  onClick={() => {
                    const next = nextRange(ranges);
                    update(day, (rs) => [...rs, { key: newKey(), ...next, isAvailable: true, notes: "" }]);
                    announce(`Added ${next.start}–${next.end} on ${dayName}.`);
                  }}
                >
                  + Add hours<span className="visually-hidden">{` on ${dayName}`}</span>
                </button>
                <button
                  type="button"
                  className="btn btn--sm btn--ghost"
                  aria-expanded={copyFrom === day}
                  aria-controls={`${uid}-copy-${day}`}
                  disabled={ranges.length === 0}
                  onClick={() => setCopyFrom(copyFrom === day ? null : day)}
                >
                  Copy to…<span className="visually-hidden">{` (copy ${dayName}’s hours to other days)`}</span>
                </button>
              </div>
              {copyFrom === day ? (
                <CopyPanel
                  id={`${uid}-copy-${day}`}
                  from={day}
                  onCancel={() => setCopyFrom(null)}
                  onApply={(targets) => {
                    setSaved(false);
                    setWeek((w) => w.map((rs, i) => (targets.includes(i) ? (w[day] ?? []).map((r) => ({ ...r, key: newKey() })) : rs)));
                    setCopyFrom(null);
                    announce(`Copied ${dayName}’s hours to ${targets.map((t) => WEEKDAYS[t]).join(", ")}. Save the week to publish them.`);
                  }}
                />
              ) : null}
            </li>
          );
        })}
      </ul>

      {formError ? (
        <Alert tone="error" live>
          <p>{formError}</p>
        </Alert>
      ) : null}

      <div className={`${ui.formFooter} ${styles.stickyFooter}`}>
        <p aria-live="polite">
          {save.isPending ? "Saving…" : saved && !dirty ? (
            <span className={ui.status}>Saved. Clients see the new hours right away.</span>
          ) : dirty ? (
            "You have unsaved changes."
          ) : (
            `Hours are in your time zone, ${zone}.`
          )}
        </p>
        <button
          type="button"
          className="btn"
          disabled={!dirty || save.isPending}
          onClick={() => {
            setWeek(savedWeek);
            setErrors({});
            setFormError(null);
          }}
        >
          Discard changes
        </button>
        <button type="submit" className="btn btn--primary" disabled={save.isPending} aria-busy={save.isPending}>
          {save.isPending ? <span className="spinner" aria-hidden="true" /> : null}
          Save week
        </button>
      </div>
    </form>
  );
}

function CopyPanel({ id, from, onApply, onCancel }: { id: string; from: number; onApply: (days: number[]) => void; onCancel: () => void }) {
  const [targets, setTargets] = useState<number[]>([]);
  const others = ORDER.filter((d) => d !== from);
  const toggle = (day: number, on: boolean) => setTargets((t) => (on ? [...t, day] : t.filter((d) => d !== day)));
  return (
    <fieldset id={id} className={styles.copyPanel}>
      <legend className="field__label">{`Copy ${WEEKDAYS[from]}’s hours to`}</legend>
      <p className="field__hint">The chosen days’ current hours are replaced.</p>
      <div className={styles.copyDays}>
        {others.map((day) => (
          <label key={day} className={ui.checkRow}>
            <input type="checkbox" checked={targets.includes(day)} onChange={(e) => toggle(day, e.target.checked)} />
            <span>{WEEKDAYS[day]}</span>
          </label>
        ))}
      </div>
      <div className={ui.itemActions}>
        <button type="button" className="btn btn--sm btn--ghost" onClick={() => setTargets(others.filter((d) => d >= 1 && d <= 5))}>
          Weekdays
        </button>
        <button type="button" className="btn btn--sm btn--ghost" onClick={() => setTargets([...others])}>
          All days
        </button>
        <span style={{ flex: 1 }} />
        <button type="button" className="btn btn--sm" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="btn btn--sm btn--primary" disabled={targets.length === 0} onClick={() => onApply(targets)}>
          Copy
        </button>
      </div>
    </fieldset>
  );
}
