import Link from "next/link";
import { ChevronLeftIcon, ChevronRightIcon } from "../calendar/icons";
import styles from "./pagination.module.css";

/** Previous / "Page 2 of 5" / Next, as links that keep the other query parameters. */
export function Pagination({
  page,
  pageSize,
  total,
  href,
  label = "Pagination",
}: {
  page: number;
  pageSize: number;
  total: number;
  href: (page: number) => string;
  label?: string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const current = Math.min(page, pages);
  return (
    <nav className={styles.pagination} aria-label={label}>
      {current > 1 ? (
        <Link href={href(current - 1)} className="btn btn--sm" rel="prev">
          <ChevronLeftIcon className={styles.icon} />
          Previous
        </Link>
      ) : (
        <span className={`btn btn--sm ${styles.disabled}`} aria-hidden="true">
          <ChevronLeftIcon className={styles.icon} />
          Previous
        </span>
      )}
      <p className={styles.status}>
        Page <strong>{current}</strong> of {pages}
      </p>
      {current < pages ? (
        <Link href={href(current + 1)} className="btn btn--sm" rel="next">
          Next
          <ChevronRightIcon className={styles.icon} />
        </Link>
      ) : (
        <span className={`btn btn--sm ${styles.disabled}`} aria-hidden="true">
          Next
          <ChevronRightIcon className={styles.icon} />
        </span>
      )}
    </nav>
  );
}
