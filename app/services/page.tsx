import type { Metadata } from "next";
import Link from "next/link";
import { Announcer } from "@/components/host/announcer";
import { NotHost } from "@/components/host/not-host";
import { EmptyState, PageHeader, SectionHead } from "@/components/host/page-header";
import { requireUser } from "@/components/host/session";
import { NewService } from "@/components/host/services/new-service";
import { ServiceCard } from "@/components/host/services/service-card";
import styles from "@/components/host/services/services.module.css";
import ui from "@/components/host/ui.module.css";
import { getPrisma } from "@/lib/db";
import { listUpcomingOccurrences } from "@/lib/server/host-setup/schedule-occurrence";
import { listMyPackageItems, listMyServices } from "@/lib/server/host-setup/services";

export const metadata: Metadata = { title: "Services" };

export default async function ServicesPage() {
  const { user, actor, isHost } = await requireUser("/services");
  if (!isHost) return <NotHost what="Services" />;
  const db = getPrisma();
  // Sequential: the embedded database does not like concurrent connections.
  const services = await listMyServices(db, actor);
  const items = await listMyPackageItems(db, actor);
  const occurrences = await listUpcomingOccurrences(db, actor);
  const active = services.filter((s) => s.active);
  const archived = services.filter((s) => !s.active);
  const packable = active.filter((s) => s.kind === "individual" || s.kind === "group");

  const card = (service: (typeof services)[number]) => (
    <li key={service.id}>
      <ServiceCard
        service={service}
        items={items.filter((i) => i.packageId === service.id)}
        occurrences={occurrences.filter((o) => o.serviceId === service.id)}
        packable={packable}
        zone={user.timeZone}
      />
    </li>
  );

  return (
    <Announcer>
      <div className={ui.page}>
        <PageHeader
          title="Services"
          lead={
            <>
              What clients can book and buy from you. Active services appear on <Link href={`/hosts/${user.id}`}>your public page</Link>.
            </>
          }
        />

        <section className={`card ${ui.section}`} aria-labelledby="new-service-title">
          <SectionHead id="new-service-title" title="Add a service" description="One-to-one sessions, group sessions, courses, packages and bundles of credits." />
          <NewService packable={packable} startOpen={services.length === 0} />
        </section>

        <section className={ui.section} aria-labelledby="active-title">
          <SectionHead id="active-title" title={`Offered (${active.length})`} />
          {active.length === 0 ? (
            <EmptyState title="No services yet">
              Clients can still book your open hours for the session lengths in your <Link href="/availability#booking-rules">booking rules</Link>; a service gives a session a name, a price and a description.
            </EmptyState>
          ) : (
            <ul className={styles.servicesList}>{active.map(card)}</ul>
          )}
        </section>

        {archived.length ? (
          <section className={ui.section} aria-labelledby="archived-title">
            <SectionHead id="archived-title" title={`Archived (${archived.length})`} description="Hidden from clients; kept for the history of past bookings." />
            <ul className={styles.servicesList}>{archived.map(card)}</ul>
          </section>
        ) : null}
      </div>
    </Announcer>
  );
}
