// Who is looking, and in which zone: shared by the host and booking pages.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "@/app/_lib/current-user";
import { parseZoneCookie, ZONE_COOKIE } from "@/components/calendar/zone-cookie";
import { validZone } from "@/components/calendar/dates";
import type { Actor } from "@/lib/server/actor";

export function actorOf(user: CurrentUser): Actor {
  return { userId: user.id, roles: user.roles, via: "session" };
}

/**
 * The zone server components format times in: the one the browser reported
 * (or the viewer chose) on an earlier page, else the profile's, else UTC.
 * Never the server process's zone.
 */
export async function viewerZone(user: CurrentUser | null, options: { preferProfile?: boolean } = {}): Promise<string> {
  const store = await cookies();
  const fromCookie = parseZoneCookie(store.get(ZONE_COOKIE)?.value);
  const profile = user ? validZone(user.timeZone) : null;
  if (options.preferProfile && profile && !fromCookie?.manual) return profile;
  return fromCookie?.zone ?? profile ?? "UTC";
}

/** Whether the browser has told us its zone before (the cookie is set). */
export async function zoneFromCookie(): Promise<boolean> {
  const store = await cookies();
  return parseZoneCookie(store.get(ZONE_COOKIE)?.value) !== null;
}

/** The signed-in user, or a redirect to sign-in that comes back to `path`. */
export async function requireUser(path: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  return user;
}
