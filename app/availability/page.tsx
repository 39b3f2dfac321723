import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/form";
import { Announcer } from "@/components/host/announcer";
import { BookingRulesForm } from "@/components/host/availability/booking-rules-form";
import { DateOverrides, TimeOffList } from "@/components/host/availability/date-overrides";
import { WeeklyEditor } from "@/components/host/availability/weekly-editor";
import styles from "@/components/host/availability/availability.module.css";
import { NotHost } from "@/components/host/not-host";
import { PageHeader, SectionHead } from "@/components/host/page-header";
import ui from "@/components/host/ui.module.css";
import { requireUser } from "@/components/host/session";
import { getPrisma } from "@/lib/db";
import { zonedDate } from "@/lib/domain/time";
import { availabilityOf } from "@/lib/server/host-setup/availability-view";
import { getHostSettings } from "@/lib/server/host-setup/host-settings";

export const metadata: Metadata = { title: "Availability" };

export default async function AvailabilityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { user, actor, isHost } = await requireUser("/availability");
  if (!isHost) return <NotHost what="Availability" />;
  const db = getPrisma();
  // Sequential: the embedded database does not like concurrent connections.
  const settings = await getHostSettings(db, actor);
  const availability = await availabilityOf(db, actor.userId);
  const zone = settings.timeZone;
  const today = zonedDate(new Date(), zone);
  const welcome = (await searchParams).welcome === "1";

  return (
    <Announcer>
      <div className={ui.page}>
        <PageHeader
          title="Availability"
          lead={
            <>
              When clients can book you, in your time zone (<strong>{zone}</strong>). Changes show on{" "}
              <Link href={`/hosts/${user.id}`}>your public page</Link> as soon as you save.
            </>
          }
        />
        {welcome ? (
          <Alert tone="success">
            <p>
              <strong>Welcome — you’re a host now.</strong> Start with your weekly hours below, then <Link href="/services">add a service</Link> and share{" "}
              <Link href={`/hosts/${user.id}`}>your public page</Link>.
            </p>
          </Alert>
        ) : null}
        <nav aria-label="On this page">
          <ul className={styles.toc}>
            <li>
              <a href="#weekly">Weekly hours</a>
            </li>
            <li>
              <a href="#overrides">Date overrides</a>
            </li>
            <li>
              <a href="#time-off">Time off</a>
            </li>
            <li>
              <a href="#booking-rules">Booking rules</a>
            </li>
          </ul>
        </nav>

        <section id="weekly" className={`card ${ui.section}`} aria-labelledby="weekly-title">
          <SectionHead
            id="weekly-title"
            title="Weekly hours"
            description="Add one or more ranges per day. A range can end at 24:00; to work past midnight, add the rest to the next day."
          />
          <WeeklyEditor initial={availability.weekly} zone={zone} />
        </section>

        <div className={styles.twoCol}>
          <section id="overrides" className={`card ${ui.section}`} aria-labelledby="overrides-title">
            <SectionHead id="overrides-title" title="Date overrides" description="A closed date or special hours replace your weekly hours on that date." />
            <DateOverrides overrides={availability.overrides} today={today} />
          </section>
          <section id="time-off" className={`card ${ui.section}`} aria-labelledby="time-off-title">
            <SectionHead id="time-off-title" title="Time off" description="Holidays and appointments: nobody can book you during them." />
            <TimeOffList timeOff={availability.timeOff} zone={zone} today={today} />
          </section>
        </div>

        <section id="booking-rules" className={`card ${ui.section}`} aria-labelledby="rules-title">
          <SectionHead id="rules-title" title="Booking rules" description="Session lengths, buffers, notice and how far ahead clients can book." />
          <BookingRulesForm
            initial={{
              timeZone: settings.timeZone,
              slotIntervalMinutes: settings.slotIntervalMinutes as number,
              durationsMinutes: settings.durationsMinutes as number[],
              bufferBeforeMinutes: settings.bufferBeforeMinutes as number,
              bufferAfterMinutes: settings.bufferAfterMinutes as number,
              minNoticeMinutes: settings.minNoticeMinutes as number,
              horizonDays: settings.horizonDays as number,
              minCancelNoticeHours: settings.minCancelNoticeHours as number,
              requiresConfirmation: settings.requiresConfirmation as boolean,
              active: settings.active as boolean,
              dailyBookingLimit: settings.dailyBookingLimit as number | null,
              weeklyBookingLimit: settings.weeklyBookingLimit as number | null,
            }}
          />
        </section>
      </div>
    </Announcer>
  );
}
