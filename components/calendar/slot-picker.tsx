"use client";

import { startTransition, useEffect, useMemo, useRef, useState } from "react";
import { addMonths, formatMonthName, groupSlotsByDate, monthOf, todayIn, type Slot } from "./dates";
import { MonthCalendar } from "./month-calendar";
import { SlotList } from "./slot-list";
import styles from "./slot-picker.module.css";
import { TimeZoneSwitcher } from "./time-zone-switcher";
import { useMonthSlots, type SlotsPage } from "./use-slots";

export interface SlotPickerProps {
  hostId: string;
  zone: string;
  onZoneChange: (zone: string) => void;
  /** False until the browser's zone is known: no fetch before that. */
  zoneReady?: boolean;
  serviceId?: string | null;
  duration?: number | null;
  initialMonth: string;
  initialDate?: string | null;
  selectedStart: string | null;
  onSelect: (slot: Slot) => void;
  /** Last bookable date (the host's horizon) in the viewer's zone. */
  lastDate?: string | undefined;
  /** Server-fetched first month, used when it matches what is on screen. */
  initialSlots?: { month: string; zone: string; page: SlotsPage } | undefined;
  /** Extra controls next to the zone switcher (e.g. the duration picker). */
  controls?: React.ReactNode;
  /** An alert shown above the calendar (e.g. "just taken"). */
  notice?: React.ReactNode;
  /** Horizon note for empty months. */
  horizonDays?: number | undefined;
  calendarLabel?: string;
  /** Focus the selected time when it appears (back from the details step). */
  focusSelected?: boolean;
}

/**
 * Month calendar + the chosen day's free times + zone switcher: the one way to
 * pick a time, for booking and for rescheduling.
 */
export function SlotPicker(props: SlotPickerProps) {
  const { hostId, zone, onZoneChange, zoneReady = true, serviceId = null, duration = null, selectedStart, onSelect, lastDate, initialSlots } = props;
  const today = todayIn(zone);
  const [month, setMonth] = useState(props.initialMonth < monthOf(today) ? monthOf(today) : props.initialMonth);
  const [date, setDate] = useState<string | null>(props.initialDate ?? null);
  const touched = useRef(Boolean(props.initialDate));
  const advanced = useRef(0);

  const maxMonth = lastDate ? monthOf(lastDate) : undefined;
  const initialData = initialSlots && initialSlots.month === month && initialSlots.zone === zone ? initialSlots.page : undefined;
  const query = useMonthSlots({ hostId, zone, month, serviceId, duration }, { enabled: zoneReady, initialData, ...(maxMonth ? { maxMonth } : {}) });
  // Until the viewer's zone is known, times would be shown in the wrong zone: wait.
  const fresh = zoneReady && query.isSuccess && !query.isPlaceholderData;

  const byDate = useMemo(() => groupSlotsByDate(query.data?.slots ?? [], zone), [query.data, zone]);
  const counts = useMemo(() => {
    if (!fresh) return null;
    const map = new Map<string, number>();
    for (const [key, list] of byDate) if (monthOf(key) === month) map.set(key, list.length);
    return map;
  }, [byDate, fresh, month]);

  const firstFree = useMemo(() => (counts ? ([...counts.keys()].filter((d) => d >= today).sort()[0] ?? null) : null), [counts, today]);

  // When a month arrives: pick its first free day unless a day of it is chosen;
  // on first load, skip forward past empty months (the end of a month, say).
  useEffect(() => {
    if (!counts) return;
    if (!firstFree) {
      const next = addMonths(month, 1);
      if (!touched.current && advanced.current < 2 && (!maxMonth || next <= maxMonth)) {
        advanced.current += 1;
        startTransition(() => setMonth(next));
      }
      return;
    }
    // A transition: a day the visitor picks meanwhile (a sync update) still wins.
    if (!date || monthOf(date) !== month) startTransition(() => setDate(firstFree));
  }, [counts, firstFree, month, date, maxMonth]);

  const daySlots = date ? (byDate.get(date) ?? []) : [];
  const loading = !fresh;
  const monthEmpty = counts !== null && firstFree === null;
  const canNext = !maxMonth || addMonths(month, 1) <= maxMonth;

  const emptyMessage = monthEmpty ? (
    <>
      <p>{`No free times in ${formatMonthName(month)}.`}</p>
      {canNext ? (
        <button
          type="button"
          className="btn btn--sm"
          onClick={() => {
            touched.current = true;
            setMonth(addMonths(month, 1));
          }}
        >
          {`Check ${formatMonthName(addMonths(month, 1))}`}
        </button>
      ) : props.horizonDays ? (
        <p className="small">{`Bookings open up to ${props.horizonDays} days ahead.`}</p>
      ) : null}
    </>
  ) : (
    <p>No free times on this day. Pick a highlighted day.</p>
  );

  return (
    <div className={styles.picker}>
      {props.controls ? <div className={styles.controls}>{props.controls}</div> : null}
      {props.notice}
      <div className={styles.body}>
        <div className={styles.left}>
        <MonthCalendar
          month={month}
          onMonthChange={(next) => {
            touched.current = true;
            setMonth(next);
          }}
          selected={date}
          onSelect={(next) => {
            touched.current = true;
            setDate(next);
          }}
          counts={counts}
          today={today}
          lastDate={lastDate}
          label={props.calendarLabel ?? "Choose a day"}
        />
          <div className={styles.zone}>
            <TimeZoneSwitcher zone={zone} onChange={onZoneChange} label="Times shown in" />
          </div>
        </div>
        <SlotList
          date={monthEmpty ? null : date && monthOf(date) === month ? date : null}
          slots={daySlots}
          zone={zone}
          selectedStart={selectedStart}
          onSelect={onSelect}
          loading={loading || (!monthEmpty && !date)}
          emptyMessage={emptyMessage}
          focusSelected={props.focusSelected ?? false}
        />
      </div>
      {fresh && query.data?.calendarSync === "stale" ? (
        <p className={styles.notice} role="status">
          The host’s calendar didn’t answer just now, so a time shown here may have been taken there since. The booking is checked again when you confirm.
        </p>
      ) : null}
      {query.isError ? (
        <p className={styles.error} role="alert">
          We couldn’t load the free times.{" "}
          <button type="button" className="btn btn--sm" onClick={() => void query.refetch()}>
            Try again
          </button>
        </p>
      ) : null}
    </div>
  );
}
