import type { Metadata } from "next";
import Link from "next/link";
import { CheckCircleIcon } from "@/components/icons";
import { Announcer } from "@/components/host/announcer";
import { PageHeader, SectionHead } from "@/components/host/page-header";
import { requireUser } from "@/components/host/session";
import ui from "@/components/host/ui.module.css";
import { ApiTokens } from "@/components/settings/api-tokens";
import { CalendarConnections } from "@/components/settings/calendar-connections";
import { CalendarFeed } from "@/components/settings/calendar-feed";
import { PublicProfileForm, StartHosting } from "@/components/settings/hosting";
import { Integrations } from "@/components/settings/integrations";
import { NotificationsForm } from "@/components/settings/notifications-form";
import { ProfileForm } from "@/components/settings/profile-form";
import styles from "@/components/settings/settings.module.css";
import { Webhooks } from "@/components/settings/webhooks";
import { getPrisma } from "@/lib/db";
import { integrationStatus } from "@/lib/integrations/jobs/status";
import { feedUrl } from "@/lib/server/calendar/feed-url";
import { listApiTokens } from "@/lib/server/create-api-token";
import { getNotificationPreferences } from "@/lib/server/notifications/preferences";
import { getHostSettings } from "@/lib/server/host-setup/host-settings";
import { listWebhooks } from "@/lib/server/webhooks/list-webhooks";

export const metadata: Metadata = { title: "Settings" };

const iso = (d: Date | null) => (d ? d.toISOString() : null);

// listWebhooks' view type loses the selected columns in its generic; this is what it returns.
interface WebhookItem {
  id: string;
  url: string;
  events: string[];
  active: boolean;
  disabledReason: string | null;
  createdAt: Date;
  secretHint: string;
}

function appOrigin(): string {
  try {
    return process.env.NEXTAUTH_URL ? new URL(process.env.NEXTAUTH_URL).origin : "";
  } catch {
    return "";
  }
}

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value.slice(0, 60) : undefined);

export default async function SettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  // Set by /settings/calendars/{provider}/callback after the provider's consent page.
  const calendarOutcome = { connected: one(query.calendar_connected), error: one(query.calendar_error) };
  const { user, actor, isHost } = await requireUser("/settings");
  const db = getPrisma();
  // Sequential: the embedded database does not like concurrent connections.
  const tokens = await listApiTokens(db, actor);
  const webhooks = await listWebhooks(db, actor, { page: 1, pageSize: 50 });
  const feed = await feedUrl(db, actor);
  const host = isHost ? await getHostSettings(db, actor) : null;
  const prefs = await getNotificationPreferences(db, actor);

  const sections = [
    { id: "profile", label: "Profile" },
    { id: "hosting", label: isHost ? "Public profile" : "Start hosting" },
    { id: "notifications", label: "Notifications" },
    { id: "calendar", label: "Calendar feed" },
    { id: "tokens", label: "API tokens" },
    { id: "webhooks", label: "Webhooks" },
    { id: "integrations", label: "Integrations" },
  ];

  return (
    <Announcer>
      <div className={ui.page}>
        <PageHeader title="Settings" lead="Your profile, time zone, and how Slotbook connects to your other tools." />
        <div className={styles.layout}>
          <nav className={styles.toc} aria-label="Settings sections">
            <ul className={styles.tocList}>
              {sections.map((s) => (
                <li key={s.id}>
                  <a href={`#${s.id}`}>{s.label}</a>
                </li>
              ))}
            </ul>
          </nav>
          <div className={styles.sections}>
            <section id="profile" className={`card ${ui.section}`} aria-labelledby="profile-title">
              <SectionHead id="profile-title" title="Profile" description={`Signed in as ${user.email}.`} />
              <ProfileForm initial={{ name: user.name, avatarUrl: user.avatarUrl ?? "", timeZone: user.timeZone }} isHost={isHost} />
            </section>

            <section id="hosting" className={`card ${ui.section}`} aria-labelledby="hosting-title">
              {host ? (
                <>
                  <SectionHead
                    id="hosting-title"
                    title="Public profile"
                    description={
                      <>
                        What clients see on your host page. Hours, lengths and notice are in <Link href="/availability">Availability</Link>.
                      </>
                    }
                  />
                  <PublicProfileForm hostId={user.id} initial={{ headline: host.headline as string, bio: host.bio as string, company: host.company as string, topics: host.topics as string[] }} />
                </>
              ) : (
                <>
                  <SectionHead id="hosting-title" title="Start hosting" />
                  <StartHosting />
                </>
              )}
            </section>

            <section id="notifications" className={`card ${ui.section}`} aria-labelledby="notifications-title">
              <SectionHead id="notifications-title" title="Notifications" description={`Emails go to ${user.email}.`} />
              <p className="muted small" style={{ margin: 0 }}>Always sent, because they are how a booking works:</p>
              <ul className={styles.prefs}>
                {(isHost ? ["A new booking request", "A confirmation, with the meeting link", "A change of time, with an updated calendar invitation", "A cancellation or decline, with the reason"] : ["A confirmation, with the meeting link", "A change of time, with an updated calendar invitation", "A cancellation or decline, with the reason", "A feedback request after each session"]).map((event) => (
                  <li key={event}>
                    <CheckCircleIcon className={styles.prefIcon} />
                    <span>{event}</span>
                  </li>
                ))}
              </ul>
              <NotificationsForm initial={prefs} />
              {integrationStatus().email.configured ? null : (
                <p className="muted small" style={{ margin: 0 }}>This server has no SMTP configured: messages are kept in the administrators&rsquo; mail outbox instead of being sent.</p>
              )}
            </section>

            <section id="calendar" className={`card ${ui.section}`} aria-labelledby="calendar-title">
              <SectionHead id="calendar-title" title="Calendar feed" description="Every session you host or book, in your calendar app." />
              <CalendarFeed origin={appOrigin()} path={feed} />
            </section>

            <section id="tokens" className={`card ${ui.section}`} aria-labelledby="tokens-title">
              <SectionHead id="tokens-title" title="API tokens" description="Personal tokens for the Slotbook API. Each acts as you." />
              <ApiTokens
                zone={user.timeZone}
                tokens={tokens.map((t) => ({ id: t.id, name: t.name, prefix: t.prefix, createdAt: t.createdAt.toISOString(), lastUsedAt: iso(t.lastUsedAt), revokedAt: iso(t.revokedAt) }))}
              />
            </section>

            <section id="webhooks" className={`card ${ui.section}`} aria-labelledby="webhooks-title">
              <SectionHead id="webhooks-title" title="Webhooks" description="Signed HTTPS POSTs (Standard Webhooks) when your bookings change." />
              <Webhooks
                zone={user.timeZone}
                webhooks={(webhooks.items as unknown as WebhookItem[]).map((w) => ({ id: w.id, url: w.url, events: w.events, active: w.active, disabledReason: w.disabledReason, createdAt: w.createdAt.toISOString(), secretHint: w.secretHint }))}
              />
            </section>

            <section id="integrations" className={`card ${ui.section}`} aria-labelledby="integrations-title">
              <SectionHead id="integrations-title" title="Integrations" description="Set up by the operator of this Slotbook server through its environment." />
              <Integrations />
              <SectionHead id="calendars-title" level={3} title="Your calendars" description="Sessions are added to the calendars you connect, and their busy times are kept out of your bookable slots." />
              <CalendarConnections outcome={calendarOutcome} isHost={isHost} videoProvider={host ? (host.videoProvider as string) : null} />
            </section>
          </div>
        </div>
      </div>
    </Announcer>
  );
}
