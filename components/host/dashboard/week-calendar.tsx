// The week at a glance: seven day columns with sessions placed by their time in
// the host's zone over the host's available hours. Each session opens a
// popover with its details and actions. Below 48rem the list view (WeekList)
// replaces it.
import { addDaysISO, zonedMinutes } from "@/lib/domain/time";
import { dateIn, hhmm, longDate, statusMeta, timeRangeIn, WEEKDAYS_SHORT } from "../format";
import { SessionCard } from "./session-card";
import { sessionWho, type SessionItem } from "./types";
import styles from "./dashboard.module.css";

export type DayBands = Array<Array<[number, number]>>;

interface Placed {
  item: SessionItem;
  start: number;
  end: number;
  lane: number;
  lanes: number;
}

function minutesOf(iso: string, zone: string, date: string): number {
  // Minutes since the start of `date` in the zone (sessions that start on an
  // earlier date clip to 0, ones that run past midnight to 1440).
  const d = dateIn(iso, zone);
  if (d < date) return 0;
  if (d > date) return 1440;
  return Math.floor(zonedMinutes(new Date(iso), zone));
}

function place(items: SessionItem[], zone: string, date: string): Placed[] {
  const spans = items
    .filter((i) => i.start && i.end)
    .map((item) => ({ item, start: minutesOf(item.start!, zone, date), end: Math.max(minutesOf(item.end!, zone, date), minutesOf(item.start!, zone, date) + 15) }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  // Greedy lanes per cluster of overlapping sessions.
  const out: Placed[] = [];
  let cluster: Placed[] = [];
  let clusterEnd = -1;
  const flush = () => {
    const lanes = Math.max(1, ...cluster.map((p) => p.lane + 1));
    for (const p of cluster) out.push({ ...p, lanes });
    cluster = [];
  };
  for (const span of spans) {
    if (span.start >= clusterEnd && cluster.length) flush();
    const used = new Set(cluster.filter((p) => p.end > span.start).map((p) => p.lane));
    let lane = 0;
    while (used.has(lane)) lane += 1;
    cluster.push({ ...span, lane, lanes: 1 });
    clusterEnd = Math.max(clusterEnd, span.end);
  }
  if (cluster.length) flush();
  return out;
}

export function visibleHours(bands: DayBands, items: SessionItem[], zone: string): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const day of bands) for (const [s, e] of day) {
    lo = Math.min(lo, s);
    hi = Math.max(hi, e);
  }
  for (const item of items) {
    if (!item.start || !item.end) continue;
    const d = dateIn(item.start, zone);
    lo = Math.min(lo, minutesOf(item.start, zone, d));
    hi = Math.max(hi, minutesOf(item.end, zone, d) || 1440);
  }
  if (!Number.isFinite(lo)) [lo, hi] = [8 * 60, 18 * 60];
  let start = Math.max(0, Math.floor(lo / 60) - (lo % 60 === 0 && lo > 0 ? 1 : 0));
  let end = Math.min(24, Math.ceil(hi / 60) + (hi % 60 === 0 && hi < 1440 ? 1 : 0));
  while (end - start < 8) {
    if (end < 24) end += 1;
    if (end - start < 8 && start > 0) start -= 1;
  }
  return [start, end];
}

export function WeekCalendar({ weekStart, today, zone, now, items, bands }: { weekStart: string; today: string; zone: string; now: string; items: SessionItem[]; bands: DayBands }) {
  const days = Array.from({ length: 7 }, (_, i) => addDaysISO(weekStart, i));
  const [fromHour, toHour] = visibleHours(bands, items, zone);
  const span = (toHour - fromHour) * 60;
  const pct = (minutes: number) => `${(((Math.min(Math.max(minutes, fromHour * 60), toHour * 60) - fromHour * 60) / span) * 100).toFixed(3)}%`;
  const nowMinutes = dateIn(now, zone) === today ? minutesOf(now, zone, today) : null;

  return (
    <div className={styles.weekScroll}>
      <div className={styles.week} style={{ "--hours": toHour - fromHour } as React.CSSProperties}>
        <div className={styles.corner} aria-hidden="true" />
        {days.map((date) => {
          const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
          return (
            <div key={date} className={styles.dayHead} data-today={date === today || undefined} aria-hidden="true">
              <span>{WEEKDAYS_SHORT[dow]}</span>
              <b>{Number(date.slice(8))}</b>
            </div>
          );
        })}
        <div className={styles.gutter} aria-hidden="true">
          {Array.from({ length: toHour - fromHour }, (_, i) => (
            <span key={i} style={{ top: pct((fromHour + i) * 60) }}>
              {hhmm((fromHour + i) * 60)}
            </span>
          ))}
        </div>
        {days.map((date, index) => {
          const dayItems = items.filter((i) => i.start && dateIn(i.start, zone) === date);
          const placed = place(dayItems, zone, date);
          const label = `${longDate(date, false)}${date === today ? " (today)" : ""}: ${dayItems.length === 0 ? "no sessions" : dayItems.length === 1 ? "1 session" : `${dayItems.length} sessions`}`;
          return (
            <div key={date} className={styles.dayCol} data-today={date === today || undefined}>
              {(bands[index] ?? []).map(([s, e]) => (
                <span key={`${s}-${e}`} className={styles.band} style={{ top: pct(s), height: `calc(${pct(e)} - ${pct(s)})` }} aria-hidden="true" />
              ))}
              {date === today && nowMinutes !== null && nowMinutes >= fromHour * 60 && nowMinutes <= toHour * 60 ? (
                <span className={styles.nowLine} style={{ top: pct(nowMinutes) }} aria-hidden="true" />
              ) : null}
              <ul className={styles.dayList} aria-label={label}>
                {placed.map(({ item, start, end, lane, lanes }) => {
                  const popoverId = `week-pop-${item.id}`;
                  const status = statusMeta(item.status);
                  return (
                    <li
                      key={item.id}
                      className={styles.blockWrap}
                      style={{ top: pct(start), height: `calc(${pct(end)} - ${pct(start)})`, left: `${(lane / lanes) * 100}%`, width: `${100 / lanes}%` }}
                    >
                      <button type="button" className={styles.block} data-status={item.status} data-compact={end - start < 45 || undefined} popoverTarget={popoverId}>
                        <span className={styles.blockTime}>{timeRangeIn(item.start!, item.end!, zone)}</span>
                        <span className={styles.blockWho}>{sessionWho(item)}</span>
                        <span className={styles.blockStatus}>{status.label}</span>
                      </button>
                      <div id={popoverId} popover="auto" role="dialog" className={styles.popover} aria-label={`${sessionWho(item)}, ${timeRangeIn(item.start!, item.end!, zone)}`}>
                        <SessionCard item={item} zone={zone} now={now} uid="week" showDate />
                        <div className={styles.popoverFoot}>
                          <button type="button" className="btn btn--sm" popoverTarget={popoverId} popoverTargetAction="hide">
                            Close
                          </button>
                        </div>
                      </div>
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** The same week as a list, by day: the calendar's small-screen replacement. */
export function WeekList({ weekStart, today, zone, now, items }: { weekStart: string; today: string; zone: string; now: string; items: SessionItem[] }) {
  const days = Array.from({ length: 7 }, (_, i) => addDaysISO(weekStart, i)).map((date) => ({
    date,
    items: items.filter((i) => i.start && dateIn(i.start, zone) === date),
  }));
  return (
    <div className={styles.weekListWrap}>
      {days
        .filter((d) => d.items.length > 0)
        .map((day) => (
          <section key={day.date} className={styles.weekListDay} aria-labelledby={`weeklist-${day.date}`}>
            <h3 id={`weeklist-${day.date}`} className={styles.weekListHead}>
              {longDate(day.date, false)}
              {day.date === today ? <span className="badge badge--brand">Today</span> : null}
            </h3>
            <ul className={styles.sessionList}>
              {day.items.map((item) => (
                <li key={item.id}>
                  <SessionCard item={item} zone={zone} now={now} uid="weeklist" headingLevel={4} />
                </li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
