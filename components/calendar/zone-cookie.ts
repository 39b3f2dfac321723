// The viewer's display zone, remembered in a cookie so that server-rendered
// pages use it on the next visit. "auto:" values came from the browser's Intl
// detection and are refreshed on every visit; "manual:" values are a choice
// made in the switcher and win over detection.
import { validZone } from "./dates";

export const ZONE_COOKIE = "slotbook-tz";

export interface ZoneChoice {
  zone: string;
  manual: boolean;
}

export function parseZoneCookie(raw: string | undefined | null): ZoneChoice | null {
  if (!raw) return null;
  let value = raw;
  try {
    value = decodeURIComponent(raw);
  } catch {
    return null;
  }
  const manual = value.startsWith("manual:");
  const zone = validZone(value.replace(/^(manual|auto):/, ""));
  return zone ? { zone, manual } : null;
}

export function zoneCookieValue(choice: ZoneChoice): string {
  return encodeURIComponent(`${choice.manual ? "manual" : "auto"}:${choice.zone}`);
}
