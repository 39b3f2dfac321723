import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { AutoSubmit } from "@/components/booking/auto-submit";
import { BookingList } from "@/components/booking/booking-list";
import { sessionTypeLabel, STATUS_FILTERS, statusMeta } from "@/components/booking/format";
import { Pagination } from "@/components/booking/pagination";
import { SearchIcon } from "@/components/calendar/icons";
import { offsetLabel } from "@/components/calendar/dates";
import { getPrisma } from "@/lib/db";
import { bookingStatistics } from "@/lib/server/bookings/booking-statistics";
import { listBookings } from "@/lib/server/bookings/list-bookings";
import { listBookingsQuerySchema, type ListBookingsQuery } from "@/lib/server/bookings/schemas";
import { actorOf, requireUser, viewerZone } from "../_lib/viewer";
import styles from "./bookings.module.css";

export const metadata: Metadata = { title: "My bookings" };

const PAGE_SIZE = 10;
const ACTIVE = ["pending_payment", "pending", "confirmed", "in_progress"] as const;
type Tab = "upcoming" | "past";
type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function BookingsPage({ searchParams }: { searchParams: Search }) {
  const search = await searchParams;
  const user = await requireUser("/bookings");
  const zone = await viewerZone(user);
  const actor = actorOf(user);
  const isHost = user.roles.includes("host");
  const isClient = user.roles.includes("client") || !isHost;

  const tab: Tab = one(search.tab) === "past" ? "past" : "upcoming";
  const statusParam = one(search.status);
  const status = (STATUS_FILTERS as readonly string[]).includes(statusParam ?? "") ? (statusParam as (typeof STATUS_FILTERS)[number]) : undefined;
  const roleParam = one(search.role);
  const role = roleParam === "client" || roleParam === "host" ? roleParam : undefined;
  const q = (one(search.q) ?? "").trim().slice(0, 200) || undefined;
  const page = Math.max(1, Math.min(100_000, Number.parseInt(one(search.page) ?? "1", 10) || 1));
  const now = new Date();

  const query: ListBookingsQuery = listBookingsQuerySchema.parse({
    ...(role ? { role } : {}),
    ...(q ? { q } : {}),
    page,
    pageSize: PAGE_SIZE,
    sort: tab === "upcoming" ? "start" : "-start",
  });
  query.status = status ? [status] : tab === "upcoming" ? [...ACTIVE] : undefined;
  if (tab === "upcoming") query.from = now;
  else query.to = now;

  const statsRole = role ?? (isClient ? "client" : "host");
  const db = getPrisma();
  const [result, stats] = await Promise.all([listBookings(db, actor, query, now), bookingStatistics(db, actor, statsRole, now)]);
  const filtered = Boolean(status || role || q);

  const href = (overrides: Record<string, string | undefined>) => {
    const params = new URLSearchParams();
    const values: Record<string, string | undefined> = { tab: tab === "past" ? "past" : undefined, status, role, q, ...overrides };
    for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
    const qs = params.toString();
    return qs ? `/bookings?${qs}` : "/bookings";
  };

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <div>
          <h1>My bookings</h1>
          <p className={styles.lede}>
            {`Times in ${zone.replaceAll("_", " ")} (${offsetLabel(zone, now)}).`}
          </p>
        </div>
        <Link href="/hosts" className={`btn btn--primary ${styles.headerCta}`}>
          Book a session
        </Link>
      </header>

      <aside className={styles.side} aria-label="Summary">
        <section className={styles.stats} aria-labelledby="stats-title">
          <h2 id="stats-title" className={styles.statsTitle}>
            {statsRole === "host" ? "Your sessions as a host" : "Your sessions"}
          </h2>
          <dl className={styles.statGrid}>
            <div>
              <dt>Upcoming</dt>
              <dd>{stats.upcomingSessions}</dd>
            </div>
            <div>
              <dt>Completed</dt>
              <dd>{stats.completedSessions}</dd>
            </div>
            <div>
              <dt>Hours</dt>
              <dd>{stats.totalHours}</dd>
            </div>
            <div>
              <dt>Cancelled</dt>
              <dd>{stats.cancelledSessions}</dd>
            </div>
          </dl>
          {stats.favoriteSessionTypes.length ? (
            <p className={styles.statNote}>
              {`Mostly ${stats.favoriteSessionTypes.map((t) => sessionTypeLabel(t).toLowerCase()).join(", ")}${statsRole === "host" ? " · as a host" : ""}`}
            </p>
          ) : null}
        </section>
        <div className={styles.cta}>
          <p className={styles.ctaTitle}>Need another session?</p>
          <p className={styles.ctaText}>Browse mentors, coaches, tutors and therapists with free times this week.</p>
          <Link href="/hosts" className="btn btn--block">
            Find a host
          </Link>
        </div>
      </aside>

      <div className={styles.main}>
        <nav className={styles.tabs} aria-label="Bookings">
          <Link href={href({ tab: undefined, status: undefined, page: undefined })} aria-current={tab === "upcoming" ? "page" : undefined} className={styles.tab}>
            Upcoming
          </Link>
          <Link href={href({ tab: "past", status: undefined, page: undefined })} aria-current={tab === "past" ? "page" : undefined} className={styles.tab}>
            Past
          </Link>
        </nav>

        <Form action="/bookings" className={styles.filters} aria-label="Filter bookings" role="search">
          {tab === "past" ? <input type="hidden" name="tab" value="past" /> : null}
          <div className={`field ${styles.searchField}`}>
            <label className="field__label" htmlFor="bookings-q">
              Search
            </label>
            <div className={styles.searchBox}>
              <SearchIcon className={styles.searchIcon} />
              <input id="bookings-q" name="q" type="search" className={`input ${styles.searchInput}`} placeholder="Title, person or code" defaultValue={q ?? ""} />
            </div>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="bookings-status">
              Status
            </label>
            <select id="bookings-status" name="status" className="select" defaultValue={status ?? ""}>
              <option value="">{tab === "upcoming" ? "Active" : "Any status"}</option>
              {STATUS_FILTERS.map((value) => (
                <option key={value} value={value}>
                  {statusMeta(value).label}
                </option>
              ))}
            </select>
          </div>
          {isHost && isClient ? (
            <div className="field">
              <label className="field__label" htmlFor="bookings-role">
                Role
              </label>
              <select id="bookings-role" name="role" className="select" defaultValue={role ?? ""}>
                <option value="">Client and host</option>
                <option value="client">As a client</option>
                <option value="host">As a host</option>
              </select>
            </div>
          ) : null}
          <div className={styles.filterActions}>
            <button type="submit" className="btn">
              Filter
            </button>
            {filtered ? (
              <Link href={href({ status: undefined, role: undefined, q: undefined })} className="btn btn--ghost">
                Clear
              </Link>
            ) : null}
          </div>
          <AutoSubmit />
        </Form>

        <section aria-labelledby="list-title" className={styles.listSection}>
          <h2 id="list-title" className="visually-hidden">
            {tab === "upcoming" ? "Upcoming sessions" : "Past sessions"}
          </h2>
          <p className={styles.count} role="status">
            {result.total === 0 ? "No sessions" : `${result.total} ${result.total === 1 ? "session" : "sessions"}`}
          </p>
          {result.items.length === 0 ? (
            <div className={styles.empty}>
              {filtered ? (
                <>
                  <h3>Nothing matches these filters</h3>
                  <p>Try another status or search term.</p>
                  <Link href={href({ status: undefined, role: undefined, q: undefined })} className="btn">
                    Clear filters
                  </Link>
                </>
              ) : tab === "upcoming" ? (
                <>
                  <h3>No upcoming sessions</h3>
                  <p>When you book a session, it shows up here with everything you need to join.</p>
                  <Link href="/hosts" className="btn btn--primary">
                    Find a host
                  </Link>
                </>
              ) : (
                <>
                  <h3>No past sessions yet</h3>
                  <p>Sessions you’ve had will appear here, ready for notes and feedback.</p>
                </>
              )}
            </div>
          ) : (
            <BookingList bookings={result.items} zone={zone} viewerId={user.id} />
          )}
          <Pagination page={result.page} pageSize={PAGE_SIZE} total={result.total} href={(p) => href({ page: p > 1 ? String(p) : undefined })} label="Booking pages" />
        </section>
      </div>
    </div>
  );
}
