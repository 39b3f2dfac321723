// The caller's Google and Outlook calendar connections: their state for the
// settings page, starting the OAuth flow, finishing it on our callback URL and
// disconnecting. Tokens never leave the server.
import type { Tx } from "../tx";
import type { Actor } from "../actor";
import { notFound } from "../errors";
import { completeAuthorization, startAuthorization, type CalendarProviderName } from "@/lib/integrations/calendar/oauth";
import { providerConfigured } from "@/lib/integrations/calendar/sync/connections";
import { clearFreeBusyCache } from "@/lib/integrations/calendar/sync/free-busy";

export const CALENDAR_PROVIDERS = ["google", "outlook"] as const;
const LABELS: Record<CalendarProviderName, string> = { google: "Google Calendar", outlook: "Outlook Calendar" };
const ENV: Record<CalendarProviderName, string> = { google: "GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET", outlook: "MICROSOFT_CLIENT_ID, MICROSOFT_CLIENT_SECRET" };

export type CalendarConnectionStatus = "not_configured" | "not_connected" | "connected" | "needs_reconnect";

export interface CalendarConnectionView {
  provider: CalendarProviderName;
  label: string;
  status: CalendarConnectionStatus;
  accountEmail: string | null;
  connectedAt: string | null;
  lastError: string | null;
  summary: string;
}

export function isCalendarProvider(value: string): value is CalendarProviderName {
  return (CALENDAR_PROVIDERS as readonly string[]).includes(value);
}

/** Our OAuth redirect URI for a provider: the settings callback on this app's origin. */
export function calendarCallbackUrl(origin: string, provider: CalendarProviderName): string {
  return `${origin}/settings/calendars/${provider}/callback`;
}

function summaryOf(label: string, provider: CalendarProviderName, status: CalendarConnectionStatus, email: string | null): string {
  switch (status) {
    case "not_configured":
      return `${label} is not configured on this server (${ENV[provider]} and CALENDAR_TOKEN_KEY).`;
    case "not_connected":
      return `Connect ${label} to add sessions to it and keep its busy times out of your slots.`;
    case "needs_reconnect":
      return `${label} stopped accepting Slotbook's access: connect it again. Sessions are not synced meanwhile.`;
    default:
      return `Sessions are added to ${email || label}; its busy times are kept out of your slots.`;
  }
}

export async function listCalendarConnections(db: Tx, actor: Actor): Promise<CalendarConnectionView[]> {
  const rows = await db.calendarConnection.findMany({
    where: { userId: actor.userId },
    select: { provider: true, accountEmail: true, createdAt: true, needsReconnect: true, lastError: true },
  });
  return CALENDAR_PROVIDERS.map((provider) => {
    const row = rows.find((r) => r.provider === provider);
    const status: CalendarConnectionStatus = !providerConfigured(provider) ? "not_configured" : !row ? "not_connected" : row.needsReconnect ? "needs_reconnect" : "connected";
    const email = row?.accountEmail || null;
    return {
      provider,
      label: LABELS[provider],
      status,
      accountEmail: email,
      connectedAt: row ? row.createdAt.toISOString() : null,
      lastError: row?.needsReconnect ? row.lastError : null,
      summary: summaryOf(LABELS[provider], provider, status, email),
    };
  });
}

/** The provider's consent URL; throws feature_disabled (501) when the provider is not configured. */
export async function startCalendarConnect(db: Tx, actor: Actor, provider: CalendarProviderName, origin: string): Promise<{ authUrl: string }> {
  const { authUrl } = await startAuthorization(db, actor.userId, provider, calendarCallbackUrl(origin, provider));
  return { authUrl };
}

export async function finishCalendarConnect(db: Tx, actor: Actor, provider: CalendarProviderName, origin: string, input: { code: string; state: string }): Promise<void> {
  await completeAuthorization(db, actor.userId, provider, { ...input, redirectUri: calendarCallbackUrl(origin, provider) });
}

/** Events already written stay in the calendar: they belong to its owner now. */
export async function disconnectCalendar(db: Tx, actor: Actor, provider: CalendarProviderName): Promise<void> {
  const row = await db.calendarConnection.findUnique({ where: { userId_provider: { userId: actor.userId, provider } }, select: { id: true } });
  if (!row) throw notFound("Calendar connection");
  await db.calendarConnection.deleteMany({ where: { id: row.id, userId: actor.userId } });
  clearFreeBusyCache(row.id);
}
