"use client";

import { useQuery } from "@tanstack/react-query";
import { Alert } from "@/components/form";
import { Skeleton } from "@/components/host/page-header";
import ui from "@/components/host/ui.module.css";
import styles from "./settings.module.css";

interface ProviderStatus {
  provider?: string | null;
  configured?: boolean;
  summary?: string;
}

const NAMES: Record<string, string> = { video: "Video meetings", calendar: "Calendar sync", payments: "Payments", email: "Email" };
const ORDER = ["video", "calendar", "payments", "email"];
const rank = (key: string) => (ORDER.includes(key) ? ORDER.indexOf(key) : ORDER.length);

/** What GET /api/v1/integrations says is on; it never returns credentials. */
export function Integrations() {
  const query = useQuery({
    queryKey: ["integrations"],
    queryFn: async () => {
      const response = await fetch("/api/v1/integrations", { headers: { accept: "application/json" } });
      if (!response.ok) throw new Error(String(response.status));
      return (await response.json()) as Record<string, unknown>;
    },
    retry: false,
  });

  if (query.isPending) {
    return (
      <div className={ui.section} aria-busy="true">
        <p className="visually-hidden" role="status">
          Loading integrations…
        </p>
        <Skeleton height="2.5rem" />
        <Skeleton height="2.5rem" />
      </div>
    );
  }
  if (query.isError) {
    return (
      <Alert tone="warning">
        <p>Integrations status unavailable. Try again later; your bookings work either way.</p>
      </Alert>
    );
  }
  const entries = Object.entries(query.data)
    .filter((entry): entry is [string, ProviderStatus] => typeof entry[1] === "object" && entry[1] !== null && "configured" in entry[1])
    .sort(([a], [b]) => rank(a) - rank(b));
  return (
    <ul className={ui.list} aria-label="Integrations">
      {entries.map(([key, status]) => (
        <li key={key} className={ui.item}>
          <div className={ui.itemMain}>
            <span className={ui.itemTitle}>{NAMES[key] ?? key}</span>
            <span className={ui.itemMeta}>{status.summary ?? ""}</span>
          </div>
          <span className={status.configured ? "badge badge--success" : "badge"}>{status.configured ? `On${status.provider ? ` · ${status.provider}` : ""}` : "Off"}</span>
        </li>
      ))}
      {!entries.some(([key]) => key === "calendar") ? (
        <li className={ui.item}>
          <div className={ui.itemMain}>
            <span className={ui.itemTitle}>{NAMES.calendar}</span>
            <span className={ui.itemMeta}>Use the calendar feed above to see your sessions in any calendar app.</span>
          </div>
          <span className={`badge ${styles.feedBadge}`}>Feed</span>
        </li>
      ) : null}
    </ul>
  );
}
