"use client";

import { formatShortDateTime, formatTime, dateInZone, todayIn, addDays } from "../calendar/dates";
import { useViewerZone } from "../calendar/use-viewer-zone";

/**
 * An instant in the viewer's zone ("Today, 14:30", "Tomorrow, 09:00", "Fri 4 Dec,
 * 09:00"). Server-rendered in `initialZone`, then in the browser's zone.
 */
export function LocalTime({ instant, initialZone }: { instant: string; initialZone: string }) {
  const { zone } = useViewerZone(initialZone);
  const date = dateInZone(instant, zone);
  const today = todayIn(zone);
  const text =
    date === today
      ? `Today, ${formatTime(instant, zone)}`
      : date === addDays(today, 1)
        ? `Tomorrow, ${formatTime(instant, zone)}`
        : formatShortDateTime(instant, zone);
  return (
    <time dateTime={instant} suppressHydrationWarning>
      {text}
    </time>
  );
}
