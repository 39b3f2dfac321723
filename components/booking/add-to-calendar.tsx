import type { BookingCalendarLinks } from "@/lib/integrations/calendar/ics/links";
import { CalendarIcon, DownloadIcon, ExternalLinkIcon } from "../calendar/icons";
import styles from "./booking-detail.module.css";

/** .ics download and Google / Outlook links for one booking. */
export function AddToCalendar({ links, compact = false }: { links: BookingCalendarLinks; compact?: boolean }) {
  return (
    <ul className={compact ? `${styles.calendarLinks} ${styles.calendarLinksCompact}` : styles.calendarLinks} aria-label="Add to calendar">
      <li>
        <a href={links.google} className="btn btn--sm" target="_blank" rel="noopener noreferrer">
          <CalendarIcon className={styles.btnIcon} />
          Google Calendar
          <ExternalLinkIcon className={styles.btnIconSmall} />
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </li>
      <li>
        <a href={links.outlook} className="btn btn--sm" target="_blank" rel="noopener noreferrer">
          <CalendarIcon className={styles.btnIcon} />
          Outlook
          <ExternalLinkIcon className={styles.btnIconSmall} />
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </li>
      <li>
        <a href={links.ics} className="btn btn--sm" download>
          <DownloadIcon className={styles.btnIcon} />
          Apple / other (.ics)
        </a>
      </li>
    </ul>
  );
}
