import Link from "next/link";
import type { BookingStatistics } from "@/lib/server/bookings/booking-statistics";
import { CalendarClockIcon, CheckCircleIcon } from "@/components/icons";
import { addDaysISO } from "@/lib/domain/time";
import { dayMonth, longDate } from "../format";
import { EmptyState, PageHeader, SectionHead } from "../page-header";
import ui from "../ui.module.css";
import { SessionCard } from "./session-card";
import type { SessionItem } from "./types";
import { WeekCalendar, WeekList, type DayBands } from "./week-calendar";
import styles from "./dashboard.module.css";

interface Props {
  name: string;
  zone: string;
  now: string;
  today: string;
  weekStart: string;
  prevWeek: string;
  nextWeek: string;
  thisWeek: string;
  week: SessionItem[];
  weekTruncated: boolean;
  todays: SessionItem[];
  nextUp: SessionItem[];
  pending: SessionItem[];
  pendingTotal: number;
  stats: BookingStatistics;
  requiresConfirmation: boolean;
  hasAvailability: boolean;
  bands: DayBands;
}

function greeting(now: string, zone: string): string {
  const hour = Number(new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", hourCycle: "h23" }).format(new Date(now)));
  return hour < 12 ? "Good morning" : hour < 18 ? "Good afternoon" : "Good evening";
}

export function DashboardView(props: Props) {
  const { zone, now, today, weekStart } = props;
  const firstName = props.name.split(/\s+/)[0] ?? props.name;
  const year = Number(today.slice(0, 4));
  const weekLabel = `${dayMonth(weekStart, year)} – ${dayMonth(addDaysISO(weekStart, 6), year)}`;
  const isThisWeek = weekStart === props.thisWeek;

  return (
    <div className={ui.page}>
      <PageHeader
        title="Dashboard"
        lead={`${greeting(now, zone)}, ${firstName}. Here’s what needs you today and this week.`}
        actions={
          <>
            <Link href="/availability" className="btn btn--sm">
              Edit availability
            </Link>
            <Link href="/services" className="btn btn--sm">
              Services
            </Link>
          </>
        }
      />

      {!props.hasAvailability ? (
        <div className="alert alert--warning">
          <CalendarClockIcon />
          <p>
            You haven’t published any weekly hours yet, so clients can’t book you. <Link href="/availability">Set your availability</Link>.
          </p>
        </div>
      ) : null}

      <dl className={styles.stats}>
        <div className={styles.stat}>
          <dt>Pending requests</dt>
          <dd>{props.pendingTotal}</dd>
        </div>
        <div className={styles.stat}>
          <dt>Upcoming sessions</dt>
          <dd>{props.stats.upcomingSessions}</dd>
        </div>
        <div className={styles.stat}>
          <dt>Completed sessions</dt>
          <dd>{props.stats.completedSessions}</dd>
        </div>
        <div className={styles.stat}>
          <dt>Hours delivered</dt>
          <dd>{props.stats.totalHours}</dd>
        </div>
      </dl>

      <div className={styles.columns}>
        <section className={`card ${ui.section}`} aria-labelledby="pending-title" id="pending">
          <SectionHead
            id="pending-title"
            title="Pending requests"
            description={props.requiresConfirmation ? "Confirm or decline each request. Clients are told at once." : "New bookings are confirmed automatically; you can change that in your booking rules."}
          />
          {props.pending.length === 0 ? (
            <EmptyState title="No requests waiting" icon={<CheckCircleIcon />}>
              New booking requests show up here for you to confirm or decline.
            </EmptyState>
          ) : (
            <ul className={styles.sessionList} aria-label="Pending requests">
              {props.pending.map((item) => (
                <li key={item.id}>
                  <SessionCard item={item} zone={zone} now={now} uid="pending" showDate />
                </li>
              ))}
            </ul>
          )}
          {props.pendingTotal > props.pending.length ? (
            <p className="muted small">
              Showing the first {props.pending.length} of {props.pendingTotal} requests, soonest first.
            </p>
          ) : null}
        </section>

        <section className={`card ${ui.section}`} aria-labelledby="today-title" id="today">
          <SectionHead id="today-title" title="Today" description={longDate(today)} />
          {props.todays.length === 0 ? (
            <>
              <EmptyState title="Nothing scheduled today" icon={<CalendarClockIcon />}>
                Enjoy the quiet — or <Link href="/availability">open more hours</Link>.
              </EmptyState>
              {props.nextUp.length ? (
                <>
                  <h3 className={styles.subHead}>Next up</h3>
                  <ul className={styles.sessionList} aria-label="Next sessions">
                    {props.nextUp.map((item) => (
                      <li key={item.id}>
                        <SessionCard item={item} zone={zone} now={now} uid="next" showDate headingLevel={4} />
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </>
          ) : (
            <ul className={styles.sessionList} aria-label="Today’s sessions">
              {props.todays.map((item) => (
                <li key={item.id}>
                  <SessionCard item={item} zone={zone} now={now} uid="today" />
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section className={`card ${ui.section}`} aria-labelledby="week-title" id="week">
        <SectionHead
          id="week-title"
          title={isThisWeek ? "This week" : "Week"}
          description={<span className="kbd-time">{weekLabel}</span>}
          actions={
            <nav className={styles.weekNav} aria-label="Weeks">
              <Link className="btn btn--sm" href={`/dashboard?week=${props.prevWeek}`} scroll={false}>
                <span aria-hidden="true">←</span> Previous<span className="visually-hidden"> week</span>
              </Link>
              <Link className="btn btn--sm" href="/dashboard" scroll={false} aria-current={isThisWeek ? "page" : undefined}>
                This week
              </Link>
              <Link className="btn btn--sm" href={`/dashboard?week=${props.nextWeek}`} scroll={false}>
                Next<span className="visually-hidden"> week</span> <span aria-hidden="true">→</span>
              </Link>
            </nav>
          }
        />
        {props.week.length === 0 ? <p className="muted small" style={{ margin: 0 }}>No sessions this week.</p> : null}
        {props.weekTruncated ? <p className="muted small">This week has more than 100 sessions; the first 100 are shown.</p> : null}
        <div className={styles.calendarView}>
          <ul className={styles.legend} aria-label="Legend">
            <li>
              <span className={styles.swatch} aria-hidden="true" /> Confirmed
            </li>
            <li>
              <span className={`${styles.swatch} ${styles.swatchPending}`} aria-hidden="true" /> Pending
            </li>
            <li>
              <span className={`${styles.swatch} ${styles.swatchOpen}`} aria-hidden="true" /> Your open hours
            </li>
          </ul>
          <WeekCalendar weekStart={weekStart} today={today} zone={zone} now={now} items={props.week} bands={props.bands} />
        </div>
        <div className={styles.listView}>
          {props.week.length === 0 ? (
            <EmptyState title="No sessions this week" icon={<CalendarClockIcon />} />
          ) : (
            <WeekList weekStart={weekStart} today={today} zone={zone} now={now} items={props.week} />
          )}
        </div>
      </section>
    </div>
  );
}
