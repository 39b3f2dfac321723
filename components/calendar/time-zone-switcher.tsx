"use client";

import { useEffect, useId, useState } from "react";
import { TimeZoneSelect } from "../time-zone-select";
import { formatTime } from "./dates";
import { GlobeSmallIcon } from "./icons";
import styles from "./time-zone-switcher.module.css";

/** "Times are shown in" + a zone select, with the current time there as a hint. */
export function TimeZoneSwitcher({ zone, onChange, label = "Time zone" }: { zone: string; onChange: (zone: string) => void; label?: string }) {
  const id = useId();
  const [now, setNow] = useState<string | null>(null);

  useEffect(() => {
    const tick = () => setNow(formatTime(new Date(), zone));
    tick();
    const timer = window.setInterval(tick, 30_000);
    return () => window.clearInterval(timer);
  }, [zone]);

  return (
    <div className={styles.switcher}>
      <label htmlFor={`${id}-zone`} className={styles.label}>
        <GlobeSmallIcon className={styles.icon} />
        {label}
      </label>
      <TimeZoneSelect id={`${id}-zone`} value={zone} onChange={onChange} className={`select ${styles.select}`} aria-describedby={`${id}-now`} />
      <p id={`${id}-now`} className={styles.now}>
        {now ? `It’s ${now} there now.` : "\u00a0"}
      </p>
    </div>
  );
}
