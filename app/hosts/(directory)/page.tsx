import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { Suspense } from "react";
import { getCurrentUser } from "@/app/_lib/current-user";
import { actorOf, viewerZone } from "@/app/bookings/_lib/viewer";
import { Avatar } from "@/components/avatar";
import { AutoSubmit } from "@/components/booking/auto-submit";
import { formatPrice, SESSION_TYPE_OPTIONS, sessionTypeLabel } from "@/components/booking/format";
import { Pagination } from "@/components/booking/pagination";
import { SearchIcon, SessionTypeIcon } from "@/components/calendar/icons";
import { getPrisma } from "@/lib/db";
import { listHosts, listHostsQuerySchema } from "@/lib/server/hosts/list-hosts";
import { listHostTopics } from "@/lib/server/hosts/list-topics";
import { NextAvailable, NextAvailableSkeleton } from "./next-available";
import styles from "./hosts.module.css";

export const metadata: Metadata = {
  title: "Find a host",
  description: "Mentors, coaches, tutors and therapists with free slots in your time zone.",
};

const PAGE_SIZE = 12;
const PRICE_OPTIONS = [
  { value: "", label: "Any price" },
  { value: "0", label: "Free sessions" },
  { value: "2500", label: "Up to $25" },
  { value: "5000", label: "Up to $50" },
  { value: "10000", label: "Up to $100" },
  { value: "20000", label: "Up to $200" },
];

const FREE_WITHIN_OPTIONS = [
  { value: "", label: "Any time" },
  { value: "1", label: "Within 24 hours" },
  { value: "3", label: "Within 3 days" },
  { value: "7", label: "Within a week" },
  { value: "14", label: "Within 2 weeks" },
];

type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function HostsPage({ searchParams }: { searchParams: Search }) {
  const search = await searchParams;
  const raw = {
    q: one(search.q) || undefined,
    topic: one(search.topic) || undefined,
    sessionType: one(search.sessionType) || undefined,
    maxPriceCents: one(search.maxPriceCents) || undefined,
    freeWithinDays: one(search.freeWithinDays) || undefined,
    page: one(search.page) || undefined,
    pageSize: PAGE_SIZE,
  };
  const parsed = listHostsQuerySchema.safeParse(raw);
  const query = parsed.success ? parsed.data : listHostsQuerySchema.parse({ pageSize: PAGE_SIZE });
  const invalid = !parsed.success;

  const db = getPrisma();
  const [result, topics, user] = await Promise.all([listHosts(db, query), listHostTopics(db), getCurrentUser()]);
  const zone = await viewerZone(user);
  const actor = user ? actorOf(user) : null;
  const filtered = Boolean(query.q || query.topic || query.sessionType || query.maxPriceCents !== undefined || query.freeWithinDays !== undefined);

  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    if (query.q) params.set("q", query.q);
    if (query.topic) params.set("topic", query.topic);
    if (query.sessionType) params.set("sessionType", query.sessionType);
    if (query.maxPriceCents !== undefined) params.set("maxPriceCents", String(query.maxPriceCents));
    if (query.freeWithinDays !== undefined) params.set("freeWithinDays", String(query.freeWithinDays));
    if (page > 1) params.set("page", String(page));
    const qs = params.toString();
    return qs ? `/hosts?${qs}` : "/hosts";
  };

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <h1>Find a host</h1>
        <p className={styles.lede}>Mentors, coaches, tutors and therapists. Every time you see is free and shown in your own time zone.</p>
      </header>

      <Form action="/hosts" className={styles.filters} aria-label="Search hosts" role="search">
        <div className={`field ${styles.searchField}`}>
          <label className="field__label" htmlFor="hosts-q">
            Search
          </label>
          <div className={styles.searchBox}>
            <SearchIcon className={styles.searchIcon} />
            <input
              id="hosts-q"
              name="q"
              type="search"
              className={`input ${styles.searchInput}`}
              placeholder="Name, skill or company"
              defaultValue={query.q ?? ""}
              autoComplete="off"
            />
          </div>
        </div>
        <FilterSelect id="hosts-topic" name="topic" label="Topic" value={query.topic} options={[{ value: "", label: "All topics" }, ...topics.map((topic) => ({ value: topic, label: topic }))]} />
        <FilterSelect id="hosts-type" name="sessionType" label="Session type" value={query.sessionType} options={[{ value: "", label: "Any type" }, ...SESSION_TYPE_OPTIONS]} />
        <FilterSelect id="hosts-price" name="maxPriceCents" label="Price" value={query.maxPriceCents} options={PRICE_OPTIONS} />
        <FilterSelect id="hosts-free" name="freeWithinDays" label="Next available" value={query.freeWithinDays} options={FREE_WITHIN_OPTIONS} />
        <div className={styles.filterActions}>
          <button type="submit" className="btn btn--primary">
            Search
          </button>
          {filtered ? (
            <Link href="/hosts" className="btn btn--ghost">
              Clear
            </Link>
          ) : null}
        </div>
        <AutoSubmit />
      </Form>

      {invalid ? <p className="muted small">Some filters were not understood and were ignored.</p> : null}

      <p className={styles.count} role="status">
        {result.total === 0 ? "No hosts found" : `${result.total} ${result.total === 1 ? "host" : "hosts"}${filtered ? " match" : ""}`}
        {result.total > PAGE_SIZE ? ` · showing ${(result.page - 1) * PAGE_SIZE + 1}–${Math.min(result.page * PAGE_SIZE, result.total)}` : ""}
      </p>

      {result.items.length === 0 ? (
        <div className={styles.empty}>
          <h2>No hosts match these filters</h2>
          <p>Try another topic, a wider price range, a later date, or clear the search.</p>
          <Link href="/hosts" className="btn">
            Show all hosts
          </Link>
        </div>
      ) : (
        <ul className={styles.grid}>
          {result.items.map((host) => (
            <li key={host.id} className={styles.card}>
              <div className={styles.cardHead}>
                <Avatar name={host.name} size="lg" />
                <div className={styles.cardTitle}>
                  <h2 className={styles.name}>
                    <Link href={`/hosts/${host.id}`} className={styles.cardLink}>
                      {host.name}
                    </Link>
                  </h2>
                  {host.company ? <p className={styles.company}>{host.company}</p> : null}
                </div>
              </div>
              {host.headline ? <p className={styles.headline}>{host.headline}</p> : null}
              {host.topics.length ? (
                <ul className={`badge-list ${styles.topics}`} aria-label="Topics">
                  {host.topics.slice(0, 4).map((topic) => (
                    <li key={topic} className="badge">
                      {topic}
                    </li>
                  ))}
                  {host.topics.length > 4 ? <li className="badge">{`+${host.topics.length - 4}`}</li> : null}
                </ul>
              ) : null}
              <dl className={styles.meta}>
                <div>
                  <dt>Sessions</dt>
                  <dd className={styles.types}>
                    {host.sessionTypes.length ? (
                      host.sessionTypes.map((type) => (
                        <span key={type} className={styles.type}>
                          <SessionTypeIcon type={type} className={styles.typeIcon} />
                          {sessionTypeLabel(type)}
                        </span>
                      ))
                    ) : (
                      <span className={styles.type}>Video call</span>
                    )}
                  </dd>
                </div>
                <div>
                  <dt>Price</dt>
                  <dd>{host.priceFromCents === null ? "Free" : host.priceFromCents === 0 ? "Free options" : `From ${formatPrice(host.priceFromCents, host.currency)}`}</dd>
                </div>
                <div>
                  <dt>Next available</dt>
                  <dd>
                    <Suspense fallback={<NextAvailableSkeleton />}>
                      <NextAvailable hostId={host.id} actor={actor} zone={zone} durations={host.policy?.durationsMinutes ?? []} />
                    </Suspense>
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}

      <Pagination page={result.page} pageSize={PAGE_SIZE} total={result.total} href={pageHref} label="Host pages" />
    </div>
  );
}

/** One of the directory's filters: a labelled select whose empty value means "any". */
function FilterSelect({ id, name, label, value, options }: { id: string; name: string; label: string; value: string | number | undefined; options: ReadonlyArray<{ value: string; label: string }> }) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} name={name} className="select" defaultValue={value === undefined ? "" : String(value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
