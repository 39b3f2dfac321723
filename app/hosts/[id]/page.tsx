import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { getCurrentUser } from "@/app/_lib/current-user";
import { actorOf, viewerZone, zoneFromCookie } from "@/app/bookings/_lib/viewer";
import { Avatar } from "@/components/avatar";
import { BookingWidget, type WidgetService } from "@/components/booking/booking-widget";
import { PurchaseButton } from "@/components/booking/purchase-button";
import { formatHours, formatPrice, SERVICE_KIND_LABELS, sessionTypeLabel } from "@/components/booking/format";
import { addMonths, formatDuration, formatTime, isDate, monthOf, offsetLabel, todayIn, validZone } from "@/components/calendar/dates";
import { ArrowLeftIcon, ClockIcon, GlobeSmallIcon, SessionTypeIcon } from "@/components/calendar/icons";
import { slotsSearch } from "@/components/calendar/slots-query";
import { IntentLink } from "@/components/intent-link";
import { getPrisma } from "@/lib/db";
import { getSlots } from "@/lib/server/bookings/get-slots";
import { slotsQuerySchema } from "@/lib/server/bookings/schemas";
import { AppError } from "@/lib/server/errors";
import { getHost, listHostServices } from "@/lib/server/hosts/get-host";
import type { HostView } from "@/lib/server/hosts/host-view";
import { WidgetSkeleton } from "./widget-skeleton";
import styles from "./host.module.css";

type Params = Promise<{ id: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

async function loadHost(id: string): Promise<HostView> {
  try {
    return await getHost(getPrisma(), id);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  try {
    const host = await getHost(getPrisma(), id);
    return { title: `Book ${host.name}`, description: host.headline || undefined };
  } catch {
    return { title: "Host not found" };
  }
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function HostPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { id } = await params;
  const search = await searchParams;
  const host = await loadHost(id);
  const db = getPrisma();
  const [services, user] = await Promise.all([listHostServices(db, host.id), getCurrentUser()]);
  const explicitZone = validZone(one(search.tz));
  const zone = explicitZone ?? (await viewerZone(user));
  const zoneKnown = explicitZone !== null || (await zoneFromCookie());

  const bookable: WidgetService[] = services
    .filter((s) => s.kind === "individual" || s.kind === "group")
    .map((s) => ({
      id: s.id,
      name: s.name,
      kind: s.kind as "individual" | "group",
      description: s.description,
      durationMinutes: s.durationMinutes,
      priceLabel: formatPrice(s.priceCents, s.currency),
      sessionType: s.sessionType,
      capacity: s.capacity,
    }));
  const others = services.filter((s) => s.kind !== "individual" && s.kind !== "group");
  const policy = host.policy;
  const durations = policy?.durationsMinutes.length ? policy.durationsMinutes : [60];

  const requestedService = one(search.service);
  const serviceId = bookable.find((s) => s.id === requestedService)?.id ?? bookable[0]?.id ?? null;
  const requestedDuration = Number(one(search.duration));
  const duration = durations.includes(requestedDuration) ? requestedDuration : (durations[0] ?? 60);
  const date = one(search.date);
  const start = one(search.start);
  const now = new Date();

  return (
    <div className={styles.page}>
      <nav aria-label="Breadcrumb" className={styles.crumbs}>
        <IntentLink href="/hosts" className={styles.back}>
          <ArrowLeftIcon className={styles.backIcon} />
          All hosts
        </IntentLink>
      </nav>

      <div className={styles.layout}>
        <header className={`${styles.profile} ${styles.summary}`}>
          <div className={styles.identity}>
            <Avatar name={host.name} size="lg" />
            <div className={styles.identityText}>
              <h1 id="host-name" className={styles.name}>
                {host.name}
              </h1>
              {host.headline ? <p className={styles.headline}>{host.headline}</p> : null}
            </div>
          </div>

          <ul className={styles.facts}>
            {host.company ? <li>{host.company}</li> : null}
            <li>
              <GlobeSmallIcon className={styles.factIcon} />
              <span>
                {`${host.timeZone.replaceAll("_", " ")} · `}
                <span className="kbd-time">{`${formatTime(now, host.timeZone)} there now`}</span>
                <span className="visually-hidden">{` (${offsetLabel(host.timeZone, now)})`}</span>
              </span>
            </li>
            {policy ? (
              <li>
                <ClockIcon className={styles.factIcon} />
                <span>{policy.requiresConfirmation ? "Confirms each request" : "Instant confirmation"}</span>
              </li>
            ) : null}
          </ul>

          {host.topics.length ? (
            <ul className={`badge-list ${styles.topics}`} aria-label="Topics">
              {host.topics.map((topic) => (
                <li key={topic}>
                  {/* Not prefetched: a handful of directory payloads would compete with the booking widget's first paint. */}
                  <Link href={`/hosts?topic=${encodeURIComponent(topic)}`} prefetch={false} className={`badge ${styles.topic}`}>
                    {topic}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
        </header>

        {/* Before the aside in the document (the grid areas still put it beside the profile on wide
            screens): a paint in the middle of the first flush must not show the aside where the
            booking widget is about to go and then push it down (a layout shift on phones). */}
        <div className={styles.booking}>
          <Suspense fallback={<WidgetSkeleton />}>
            <BookingSection
              host={host}
              services={bookable}
              durations={durations}
              zone={zone}
              zoneKnown={zoneKnown}
              serviceId={serviceId}
              duration={duration}
              date={isDate(date) ? date : undefined}
              start={start}
              viewer={{ signedIn: user !== null, isSelf: user?.id === host.id }}
              actor={user ? actorOf(user) : null}
            />
          </Suspense>
        </div>

        <aside className={`${styles.profile} ${styles.more}`} aria-label={`About ${host.name}`}>
          {host.bio ? (
            <section aria-labelledby="about-title" className={styles.section}>
              <h2 id="about-title" className={styles.sectionTitle}>
                About
              </h2>
              <p className={styles.bio}>{host.bio}</p>
            </section>
          ) : null}

          {policy ? (
            <section aria-labelledby="policy-title" className={styles.section}>
              <h2 id="policy-title" className={styles.sectionTitle}>
                Booking policy
              </h2>
              <ul className={styles.policy}>
                <li>
                  {policy.minCancelNoticeHours > 0
                    ? `Free cancellation up to ${formatHours(policy.minCancelNoticeHours)} before a confirmed session.`
                    : "Free cancellation until the session starts."}
                </li>
                <li>{`Book up to ${policy.horizonDays} days ahead${policy.minNoticeMinutes > 0 ? `, at least ${formatDuration(policy.minNoticeMinutes)} in advance` : ""}.`}</li>
                {policy.audience === "related_clients" ? <li>Only takes bookings from existing clients.</li> : null}
              </ul>
            </section>
          ) : null}

          {others.length ? (
            <section aria-labelledby="more-title" className={styles.section}>
              <h2 id="more-title" className={styles.sectionTitle}>
                Packages and courses
              </h2>
              <ul className={styles.offers}>
                {others.map((s) => (
                  <li key={s.id} className={styles.offer}>
                    <div className={styles.offerHead}>
                      <span className={styles.offerName}>{s.name}</span>
                      <span className={styles.offerPrice}>{formatPrice(s.priceCents, s.currency)}</span>
                    </div>
                    <span className={styles.offerMeta}>
                      <SessionTypeIcon type={s.sessionType} className={styles.factIcon} />
                      {`${SERVICE_KIND_LABELS[s.kind] ?? s.kind} · ${sessionTypeLabel(s.sessionType)}`}
                    </span>
                    {s.description ? <span className={styles.offerDesc}>{s.description}</span> : null}
                    {user?.id !== host.id && host.active ? (
                      <div className={styles.offerBuy}>
                        {user ? (
                          <PurchaseButton serviceId={s.id} serviceName={s.name} />
                        ) : (
                          <IntentLink href={`/signin?callbackUrl=${encodeURIComponent(`/hosts/${host.id}`)}`} className="btn btn--sm">
                            Sign in to buy<span className="visually-hidden">{` ${s.name}`}</span>
                          </IntentLink>
                        )}
                      </div>
                    ) : null}
                  </li>
                ))}
              </ul>
              <p className={styles.offerNote}>A course takes a seat in each of its sessions; packages and bundles add credits you spend when you book.</p>
            </section>
          ) : null}
        </aside>

      </div>
    </div>
  );
}

/** The booking widget, with its first month of slots fetched on the server (streamed). */
async function BookingSection(props: {
  host: HostView;
  services: WidgetService[];
  durations: number[];
  zone: string;
  zoneKnown: boolean;
  serviceId: string | null;
  duration: number;
  date: string | undefined;
  start: string | undefined;
  viewer: { signedIn: boolean; isSelf: boolean };
  actor: ReturnType<typeof actorOf> | null;
}) {
  const { host, zone, serviceId, duration } = props;
  const today = todayIn(zone);
  const lastDate = new Date(Date.now() + (host.policy?.horizonDays ?? 60) * 86_400_000);
  const lastMonth = monthOf(todayIn(zone, lastDate));
  let month = props.date ? monthOf(props.date) : monthOf(today);
  if (month < monthOf(today)) month = monthOf(today);

  let initialSlots: { month: string; zone: string; serviceId: string | null; duration: number | null; page: Awaited<ReturnType<typeof getSlots>> } | undefined;
  if (host.active) {
    // The first month with a free slot (a month ending soon is often empty).
    for (let i = 0; i < 3; i += 1) {
      const search = slotsSearch({ hostId: host.id, zone, month, serviceId, duration: serviceId ? null : duration }, today);
      if (!search) break;
      try {
        const query = slotsQuerySchema.parse(Object.fromEntries(search));
        const page = await getSlots(getPrisma(), props.actor, host.id, query);
        initialSlots = { month, zone, serviceId, duration: serviceId ? null : duration, page };
        if (page.slots.length > 0 || props.date || props.start) break;
      } catch {
        initialSlots = undefined;
        break;
      }
      const next = addMonths(month, 1);
      if (next > lastMonth) break;
      month = next;
    }
  }

  return (
    <BookingWidget
      host={{
        id: host.id,
        name: host.name,
        durations: props.durations,
        horizonDays: host.policy?.horizonDays ?? 60,
        requiresConfirmation: host.policy?.requiresConfirmation ?? false,
        active: host.active,
      }}
      services={props.services}
      viewer={props.viewer}
      initialZone={zone}
      zoneKnown={props.zoneKnown}
      initial={{
        serviceId: serviceId ?? undefined,
        duration,
        month: initialSlots?.month,
        date: props.date,
        start: props.start,
      }}
      initialSlots={initialSlots}
    />
  );
}
