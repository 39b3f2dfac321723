import { dateIn, durationLabel, SESSION_TYPE_LABELS, shortDate, statusMeta, timeRangeIn } from "../format";
import { SessionActions } from "./session-actions";
import { sessionWhat, sessionWho, type SessionItem } from "./types";
import styles from "./dashboard.module.css";

export function sessionContext(item: SessionItem, zone: string): string {
  const when = item.start && item.end ? `${shortDate(dateIn(item.start, zone))} ${timeRangeIn(item.start, item.end, zone)}` : "";
  return `${sessionWho(item)}${when ? `, ${when}` : ""}`;
}

/** One session: when, who, what, and the actions the host can take. */
export function SessionCard({ item, zone, now, uid, showDate = false, headingLevel = 3 }: { item: SessionItem; zone: string; now: string; uid: string; showDate?: boolean; headingLevel?: 3 | 4 }) {
  const titleId = `${uid}-${item.id}-title`;
  const status = statusMeta(item.status);
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const minutes = item.start && item.end ? Math.round((Date.parse(item.end) - Date.parse(item.start)) / 60_000) : null;
  return (
    <article className={styles.session} data-status={item.status} aria-labelledby={titleId}>
      <div className={styles.sessionWhen}>
        {item.start && item.end ? (
          <>
            {showDate ? <span className={styles.sessionDate}>{shortDate(dateIn(item.start, zone))}</span> : null}
            <span className="kbd-time">{timeRangeIn(item.start, item.end, zone)}</span>
          </>
        ) : (
          <span>No time</span>
        )}
      </div>
      <div className={styles.sessionBody}>
        <div className={styles.sessionTitleRow}>
          <Heading id={titleId} className={styles.sessionTitle}>
            {sessionWho(item)}
          </Heading>
          <span className={status.tone}>{status.label}</span>
        </div>
        <p className={styles.sessionMeta}>
          {sessionWhat(item)}
          {minutes ? ` · ${durationLabel(minutes)}` : ""}
          {` · ${SESSION_TYPE_LABELS[item.sessionType] ?? item.sessionType}`}
          {item.clientEmail ? (
            <>
              {" · "}
              <a href={`mailto:${item.clientEmail}`}>{item.clientEmail}</a>
            </>
          ) : null}
        </p>
        {item.clientNotes ? (
          <p className={styles.sessionNote}>
            <span className="visually-hidden">Client’s note: </span>“{item.clientNotes}”
          </p>
        ) : null}
        {item.meetingUrl && (item.status === "confirmed" || item.status === "in_progress") ? (
          <p className={styles.sessionMeta}>
            <a href={item.meetingUrl} target="_blank" rel="noreferrer">
              Open the meeting link<span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </p>
        ) : item.location ? (
          <p className={styles.sessionMeta}>{item.location}</p>
        ) : null}
        <SessionActions item={item} context={sessionContext(item, zone)} now={now} />
      </div>
    </article>
  );
}
