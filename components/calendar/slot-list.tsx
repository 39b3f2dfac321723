"use client";

import { useEffect, useRef } from "react";
import { formatLongDate, formatTime, type Slot } from "./dates";
import styles from "./slot-list.module.css";

export interface SlotListProps {
  /** The day on screen ("YYYY-MM-DD"), or null before one is chosen. */
  date: string | null;
  slots: readonly Slot[];
  zone: string;
  selectedStart: string | null;
  onSelect: (slot: Slot) => void;
  loading?: boolean;
  hour12?: boolean;
  /** Shown when the day has no free time. */
  emptyMessage?: React.ReactNode;
  headingLevel?: "h3" | "h4";
  /** Move focus to the selected time once it is on screen (coming back from the next step). */
  focusSelected?: boolean;
}

/** The free start times of one day, as buttons, in the viewer's zone. */
export function SlotList({ date, slots, zone, selectedStart, onSelect, loading = false, hour12 = false, emptyMessage, headingLevel = "h3", focusSelected = false }: SlotListProps) {
  const Heading = headingLevel;
  const list = useRef<HTMLUListElement>(null);
  const focused = useRef(false);

  useEffect(() => {
    if (!focusSelected || focused.current || loading || !selectedStart) return;
    const button = list.current?.querySelector<HTMLButtonElement>(`button[data-start="${selectedStart}"]`);
    if (button) {
      button.focus();
      focused.current = true;
    }
  }, [focusSelected, loading, selectedStart, slots]);
  const title = date ? formatLongDate(date) : "Free times";

  return (
    <section className={styles.slots} aria-label={date ? `Free times on ${formatLongDate(date)}` : "Free times"} aria-busy={loading || undefined}>
      <Heading className={styles.title}>{title}</Heading>
      {loading ? (
        <ul className={styles.list} aria-hidden="true">
          {Array.from({ length: 6 }, (_, i) => (
            <li key={i}>
              <span className={`${styles.slot} ${styles.skeleton}`} />
            </li>
          ))}
        </ul>
      ) : slots.length === 0 ? (
        <div className={styles.empty}>{emptyMessage ?? <p>No free times on this day.</p>}</div>
      ) : (
        <ul ref={list} className={styles.list}>
          {slots.map((slot) => {
            const selected = slot.start === selectedStart;
            const time = formatTime(slot.start, zone, hour12);
            return (
              <li key={slot.start}>
                <button
                  type="button"
                  className={selected ? `${styles.slot} ${styles.selected}` : styles.slot}
                  aria-pressed={selected}
                  data-start={slot.start}
                  onClick={() => onSelect(slot)}
                >
                  {time}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
