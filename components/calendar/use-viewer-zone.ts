"use client";

import { startTransition, useCallback, useEffect, useState } from "react";
import { validZone } from "./dates";
import { browserZone, sameZone } from "./zone-offset";
import { parseZoneCookie, ZONE_COOKIE, zoneCookieValue, type ZoneChoice } from "./zone-cookie";

function readCookie(): ZoneChoice | null {
  const entry = document.cookie.split("; ").find((part) => part.startsWith(`${ZONE_COOKIE}=`));
  return parseZoneCookie(entry?.slice(ZONE_COOKIE.length + 1));
}

function writeCookie(choice: ZoneChoice) {
  document.cookie = `${ZONE_COOKIE}=${zoneCookieValue(choice)}; path=/; max-age=31536000; samesite=lax`;
}

/**
 * The zone times are shown in. Starts from what the server rendered with
 * (cookie, profile or UTC), then, after mount, follows the browser's zone
 * unless the viewer picked one in the switcher. `ready` turns true once the
 * browser has been asked, so data keyed on the zone can wait for it.
 */
export function useViewerZone(initialZone: string) {
  const [zone, setZoneState] = useState(initialZone);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const stored = readCookie();
    const candidate = stored?.manual ? stored.zone : (browserZone() ?? stored?.zone ?? initialZone);
    // The server's spelling when it is the same zone: no re-render, no refetch under a new key.
    const next = sameZone(candidate, initialZone) ? initialZone : (validZone(candidate) ?? stored?.zone ?? initialZone);
    if (!stored?.manual) writeCookie({ zone: next, manual: false });
    // Right after hydration: the widget's re-render with the zone (times, marked days) is an
    // interruptible transition, not one long task in front of the visitor's first input.
    startTransition(() => {
      setZoneState(next);
      setReady(true);
    });
    // Once, on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const setZone = useCallback((value: string) => {
    const next = validZone(value);
    if (!next) return;
    setZoneState(next);
    writeCookie({ zone: next, manual: true });
  }, []);

  return { zone, setZone, ready };
}
