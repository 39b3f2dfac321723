"use client";

import { useId } from "react";
import { formatDuration, formatDurationLong } from "./dates";
import styles from "./duration-picker.module.css";

/** Segmented radio group of session lengths. With one option it is shown, not offered. */
export function DurationPicker({
  durations,
  value,
  onChange,
  legend = "Duration",
  note,
}: {
  durations: readonly number[];
  value: number;
  onChange: (minutes: number) => void;
  legend?: string;
  note?: string | undefined;
}) {
  const name = useId();
  if (durations.length <= 1) {
    return (
      <p className={styles.fixedRow}>
        <span className={styles.fixedLabel}>{legend}</span>
        <span className={styles.fixed}>{formatDuration(durations[0] ?? value)}</span>
        {note ? <span className={styles.note}>{note}</span> : null}
      </p>
    );
  }
  return (
    <fieldset className={styles.picker}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.options}>
        {durations.map((minutes) => (
          <label key={minutes} className={styles.option}>
            <input type="radio" name={name} value={minutes} checked={minutes === value} onChange={() => onChange(minutes)} />
            <span aria-hidden="true">{formatDuration(minutes)}</span>
            <span className="visually-hidden">{formatDurationLong(minutes)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
