"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/components/form";
import { useAnnounce } from "@/components/host/announcer";
import { Skeleton } from "@/components/host/page-header";
import ui from "@/components/host/ui.module.css";

type Status = "not_configured" | "not_connected" | "connected" | "needs_reconnect";

interface Connection {
  provider: "google" | "outlook";
  label: string;
  status: Status;
  accountEmail: string | null;
  lastError: string | null;
  summary: string;
}

const BADGES: Record<Status, { text: string; className: string }> = {
  not_configured: { text: "Not configured", className: "badge" },
  not_connected: { text: "Not connected", className: "badge" },
  connected: { text: "Connected", className: "badge badge--success" },
  needs_reconnect: { text: "Needs reconnection", className: "badge badge--warning" },
};

async function api<T>(url: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(url, { ...init, headers: { accept: "application/json", ...(init.body ? { "content-type": "application/json" } : {}) } });
  if (!response.ok) {
    const problem = (await response.json().catch(() => null)) as { detail?: string } | null;
    throw new Error(problem?.detail ?? `HTTP ${response.status}`);
  }
  return (response.status === 204 ? null : await response.json()) as T;
}

/**
 * Google and Outlook connections through GET/POST/DELETE /api/v1/me/calendars.
 * Connect sends the browser to the provider's consent page; the provider
 * sends it back to /settings/calendars/{provider}/callback, which returns here.
 */
export function CalendarConnections({ outcome, isHost, videoProvider }: { outcome: { connected?: string; error?: string }; isHost: boolean; videoProvider: string | null }) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const [error, setError] = useState<string | null>(null);
  const query = useQuery({ queryKey: ["calendars"], queryFn: () => api<{ items: Connection[] }>("/api/v1/me/calendars"), retry: false });
  const connect = useMutation({
    mutationFn: (provider: string) => api<{ authUrl: string }>(`/api/v1/me/calendars/${provider}/connect`, { method: "POST", body: "{}" }),
    onSuccess: ({ authUrl }) => window.location.assign(authUrl),
    onError: (e: Error) => setError(e.message),
  });
  const disconnect = useMutation({
    mutationFn: (connection: Connection) => api<null>(`/api/v1/me/calendars/${connection.provider}`, { method: "DELETE" }).then(() => connection),
    onSuccess: (connection) => {
      announce(`${connection.label} disconnected.`);
      void queryClient.invalidateQueries({ queryKey: ["calendars"] });
    },
    onError: (e: Error) => setError(e.message),
  });

  if (query.isPending) {
    return (
      <div aria-busy="true">
        <p className="visually-hidden" role="status">
          Loading calendar connections…
        </p>
        <Skeleton height="2.5rem" />
      </div>
    );
  }
  if (query.isError) {
    return (
      <Alert tone="warning">
        <p>Calendar connections are unavailable right now.</p>
      </Alert>
    );
  }
  const google = query.data.items.find((c) => c.provider === "google");
  return (
    <div className={ui.section}>
      {outcome.connected ? (
        <Alert tone="success">
          <p>{`${outcome.connected === "google" ? "Google Calendar" : "Outlook Calendar"} connected.`}</p>
        </Alert>
      ) : null}
      {outcome.error ? (
        <Alert tone="error">
          <p>{`The calendar could not be connected (${outcome.error}). Try again.`}</p>
        </Alert>
      ) : null}
      {error ? (
        <Alert tone="error" live>
          <p>{error}</p>
        </Alert>
      ) : null}
      <ul className={ui.list} aria-label="Calendar connections">
        {query.data.items.map((connection) => (
          <li key={connection.provider} className={ui.item}>
            <div className={ui.itemMain}>
              <span className={ui.itemTitle}>{connection.label}</span>
              <span className={ui.itemMeta}>{connection.summary}</span>
            </div>
            <span className={BADGES[connection.status].className}>{BADGES[connection.status].text}</span>
            <div className={ui.itemActions}>
              {connection.status === "not_connected" || connection.status === "needs_reconnect" ? (
                <button type="button" className="btn btn--primary btn--sm" disabled={connect.isPending} aria-busy={connect.isPending} onClick={() => connect.mutate(connection.provider)}>
                  {connection.status === "needs_reconnect" ? `Reconnect ${connection.label}` : `Connect ${connection.label}`}
                </button>
              ) : null}
              {connection.status === "connected" || connection.status === "needs_reconnect" ? (
                <button type="button" className={`btn btn--sm ${ui.dangerBtn}`} disabled={disconnect.isPending} onClick={() => disconnect.mutate(connection)}>
                  {`Disconnect ${connection.label}`}
                </button>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
      {isHost ? <MeetingChoice current={videoProvider ?? "auto"} googleConnected={google?.status === "connected"} googleConfigured={google?.status !== "not_configured"} /> : null}
    </div>
  );
}

/** The host's video provider: the server default (Zoom or Jitsi) or Google Meet through the connected Google Calendar. */
function MeetingChoice({ current, googleConnected, googleConfigured }: { current: string; googleConnected: boolean; googleConfigured: boolean }) {
  const announce = useAnnounce();
  const [value, setValue] = useState(current);
  const save = useMutation({
    mutationFn: (videoProvider: string) => api<{ videoProvider: string }>("/api/v1/me/host-settings", { method: "PATCH", body: JSON.stringify({ videoProvider }) }),
    onSuccess: (settings) => {
      setValue(settings.videoProvider);
      announce("Meeting links saved.");
    },
  });
  const fallback = value === "google_meet" && !googleConnected;
  return (
    <div className="field">
      <label className="field__label" htmlFor="video-provider">
        Meeting links for your video sessions
      </label>
      <select id="video-provider" className="input" value={value} disabled={save.isPending} onChange={(event) => save.mutate(event.target.value)}>
        <option value="auto">Server default (Zoom when configured, otherwise Jitsi Meet)</option>
        <option value="google_meet" disabled={!googleConfigured}>
          Google Meet (through your Google Calendar)
        </option>
      </select>
      {fallback ? (
        <p className="muted small" role="status">
          Google Calendar is not connected: sessions get a Jitsi Meet room until you connect it.
        </p>
      ) : null}
      {save.isError ? (
        <Alert tone="error" live>
          <p>{save.error.message}</p>
        </Alert>
      ) : null}
    </div>
  );
}
