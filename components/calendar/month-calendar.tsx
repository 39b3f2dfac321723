"use client";

import { startTransition, useEffect, useId, useRef, useState } from "react";
import { addDays, addMonths, firstOfMonth, formatLongDate, formatMonth, isDate, lastOfMonth, monthOf, monthWeeks, weekdayMondayFirst, WEEKDAYS } from "./dates";
import { ChevronLeftIcon, ChevronRightIcon } from "./icons";
import styles from "./month-calendar.module.css";

export interface MonthCalendarProps {
  /** "YYYY-MM" on screen. */
  month: string;
  onMonthChange: (month: string) => void;
  selected: string | null;
  onSelect: (date: string) => void;
  /** Free slots per date; null while the month is loading. */
  counts: ReadonlyMap<string, number> | null;
  /** Today in the viewer's zone: earlier days are never bookable. */
  today: string;
  /** Last bookable date (the host's horizon), if any. */
  lastDate?: string | undefined;
  /** Accessible name of the grid's purpose, e.g. "Choose a day". */
  label?: string;
}

function describe(date: string, counts: ReadonlyMap<string, number> | null, outOfRange: boolean): string {
  const day = formatLongDate(date);
  if (outOfRange) return `${day}, not bookable`;
  if (!counts) return `${day}, loading free times`;
  const n = counts.get(date) ?? 0;
  return `${day}, ${n === 0 ? "no free slots" : n === 1 ? "1 free slot" : `${n} free slots`}`;
}

/**
 * A month grid in which days with free slots are marked. Keyboard: one tab
 * stop (roving tabindex); arrows move by day and week, Home/End to the week's
 * ends, Page Up/Down by month (with Shift: by year), crossing months as needed.
 */
export function MonthCalendar({ month, onMonthChange, selected, onSelect, counts, today, lastDate, label = "Choose a day" }: MonthCalendarProps) {
  const titleId = useId();
  const gridRef = useRef<HTMLTableElement>(null);
  const [focused, setFocused] = useState<string>(() => initialFocus(month, selected, counts, today));
  const moveFocus = useRef(false);

  const minMonth = monthOf(today);
  const maxMonth = lastDate ? monthOf(lastDate) : addMonths(minMonth, 24);

  // Keep the tab stop inside the month on screen.
  useEffect(() => {
    if (monthOf(focused) !== month) setFocused(initialFocus(month, selected, counts, today));
  }, [month, focused, selected, counts, today]);

  // Once the month's counts arrive, park the tab stop on the first free day
  // unless the user is already moving around.
  const hadCounts = useRef(counts !== null);
  useEffect(() => {
    if (counts && !hadCounts.current && !moveFocus.current) {
      const next = initialFocus(month, selected, counts, today);
      startTransition(() => setFocused(next));
    }
    hadCounts.current = counts !== null;
  }, [counts, month, selected, today]);

  useEffect(() => {
    if (!moveFocus.current) return;
    const button = gridRef.current?.querySelector<HTMLButtonElement>(`button[data-date="${focused}"]`);
    if (button) {
      button.focus();
      moveFocus.current = false;
    }
  }, [focused, month]);

  const clamp = (date: string) => {
    if (date < firstOfMonth(minMonth)) return firstOfMonth(minMonth);
    if (date > lastOfMonth(maxMonth)) return lastOfMonth(maxMonth);
    return date;
  };

  const go = (date: string) => {
    const next = clamp(date);
    moveFocus.current = true;
    setFocused(next);
    if (monthOf(next) !== month) onMonthChange(monthOf(next));
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    const date = target.dataset.date;
    if (!date || !isDate(date)) return;
    let next: string | null = null;
    switch (event.key) {
      case "ArrowLeft":
        next = addDays(date, -1);
        break;
      case "ArrowRight":
        next = addDays(date, 1);
        break;
      case "ArrowUp":
        next = addDays(date, -7);
        break;
      case "ArrowDown":
        next = addDays(date, 7);
        break;
      case "Home":
        next = addDays(date, -weekdayMondayFirst(date));
        break;
      case "End":
        next = addDays(date, 6 - weekdayMondayFirst(date));
        break;
      case "PageUp":
      case "PageDown": {
        const step = (event.key === "PageUp" ? -1 : 1) * (event.shiftKey ? 12 : 1);
        const target = addMonths(monthOf(date), step);
        const day = Math.min(Number(date.slice(8)), Number(lastOfMonth(target).slice(8)));
        next = `${target}-${String(day).padStart(2, "0")}`;
        break;
      }
      default:
        return;
    }
    event.preventDefault();
    go(next);
  };

  const canPrev = month > minMonth;
  const canNext = month < maxMonth;
  const changeMonth = (step: number) => {
    const next = addMonths(month, step);
    onMonthChange(next);
  };

  return (
    <div className={styles.calendar}>
      <div className={styles.head}>
        <h3 id={titleId} className={styles.title} aria-live="polite">
          {formatMonth(month)}
        </h3>
        <div className={styles.nav}>
          <button type="button" className={styles.navButton} onClick={() => changeMonth(-1)} disabled={!canPrev} aria-label="Previous month">
            <ChevronLeftIcon />
          </button>
          <button type="button" className={styles.navButton} onClick={() => changeMonth(1)} disabled={!canNext} aria-label="Next month">
            <ChevronRightIcon />
          </button>
        </div>
      </div>
      <table
        ref={gridRef}
        role="grid"
        className={styles.grid}
        aria-labelledby={titleId}
        aria-busy={counts === null ? true : undefined}
        onKeyDown={onKeyDown}
      >
        <caption className="visually-hidden">{`${label}. Use the arrow keys to move between days.`}</caption>
        <thead>
          <tr>
            {WEEKDAYS.map((day) => (
              <th key={day.short} scope="col" abbr={day.long} className={styles.weekday}>
                <span aria-hidden="true">{day.short}</span>
                <span className="visually-hidden">{day.long}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(month).map((week, i) => (
            <tr key={i}>
              {week.map((date, j) => {
                if (!date) return <td key={`pad-${j}`} className={styles.pad} />;
                const outOfRange = date < today || (lastDate !== undefined && date > lastDate);
                const count = counts?.get(date) ?? 0;
                const free = !outOfRange && count > 0;
                const isSelected = date === selected;
                const classes = [styles.day, free ? styles.free : "", isSelected ? styles.selected : "", date === today ? styles.today : ""]
                  .filter(Boolean)
                  .join(" ");
                return (
                  <td key={date} aria-selected={isSelected}>
                    <button
                      type="button"
                      data-date={date}
                      className={classes}
                      tabIndex={date === focused ? 0 : -1}
                      aria-label={`${describe(date, counts, outOfRange)}${isSelected ? ", selected" : ""}`}
                      aria-disabled={free ? undefined : true}
                      aria-current={date === today ? "date" : undefined}
                      onFocus={() => setFocused(date)}
                      onClick={() => {
                        setFocused(date);
                        if (free) onSelect(date);
                      }}
                    >
                      <span aria-hidden="true">{Number(date.slice(8))}</span>
                      {free ? <span className={styles.dot} aria-hidden="true" /> : null}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function initialFocus(month: string, selected: string | null, counts: ReadonlyMap<string, number> | null, today: string): string {
  if (selected && monthOf(selected) === month) return selected;
  if (counts) {
    const first = [...counts.entries()]
      .filter(([date, n]) => n > 0 && monthOf(date) === month && date >= today)
      .map(([date]) => date)
      .sort()[0];
    if (first) return first;
  }
  if (monthOf(today) === month) return today;
  return firstOfMonth(month);
}
