"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { createWebhookAction, deleteWebhookAction } from "@/app/settings/actions";
import { Alert, FieldError } from "@/components/form";
import { problemFromResponse, ProblemError, toProblem } from "@/components/host/action-result";
import { useAnnounce } from "@/components/host/announcer";
import { CopyButton } from "@/components/host/copy-button";
import { Dialog } from "@/components/host/dialog";
import { dateTimeIn } from "@/components/host/format";
import { EmptyState } from "@/components/host/page-header";
import { useAction } from "@/components/host/use-action";
import ui from "@/components/host/ui.module.css";
import { WEBHOOK_EVENT_TYPES } from "@/lib/integrations/webhooks/event-types";
import styles from "./settings.module.css";

export interface WebhookRow {
  id: string;
  url: string;
  events: string[];
  active: boolean;
  disabledReason: string | null;
  createdAt: string;
  secretHint: string;
}

interface Delivery {
  id: string;
  eventType: string;
  status: "pending" | "delivered" | "failed" | "dead";
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: string | null;
  createdAt: string;
}

const DELIVERY_TONE: Record<Delivery["status"], string> = {
  pending: "badge",
  delivered: "badge badge--success",
  failed: "badge badge--warning",
  dead: "badge badge--danger",
};

function Deliveries({ webhookId, zone, id }: { webhookId: string; zone: string; id: string }) {
  const query = useQuery({
    queryKey: ["webhook-deliveries", webhookId],
    queryFn: async () => {
      const response = await fetch(`/api/v1/webhooks/${webhookId}/deliveries?pageSize=10`, { headers: { accept: "application/json" } });
      if (!response.ok) throw new ProblemError(await problemFromResponse(response));
      return ((await response.json()) as { items: Delivery[]; total: number });
    },
  });
  return (
    <div id={id} className={styles.deliveries}>
      {query.isPending ? (
        <p className="muted small" role="status" style={{ margin: 0 }}>
          Loading deliveries…
        </p>
      ) : query.isError ? (
        <Alert tone="error">
          <p>{toProblem(query.error).detail}</p>
        </Alert>
      ) : query.data.items.length === 0 ? (
        <p className="muted small" style={{ margin: 0 }}>
          No deliveries yet. Events are sent when your bookings change.
        </p>
      ) : (
        <ul className={ui.list} aria-label="Recent deliveries">
          {query.data.items.map((d) => (
            <li key={d.id} className={ui.item}>
              <span className={ui.itemMain}>
                <span className={ui.mono}>{d.eventType}</span>
                <span className={ui.itemMeta}>
                  {dateTimeIn(d.createdAt, zone)}
                  {` · ${d.attempts} ${d.attempts === 1 ? "attempt" : "attempts"}`}
                  {d.lastStatusCode ? ` · HTTP ${d.lastStatusCode}` : ""}
                  {d.lastError && d.status !== "delivered" ? ` · ${d.lastError}` : ""}
                </span>
              </span>
              <span className={DELIVERY_TONE[d.status]}>{d.status}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function WebhookItem({ hook, zone, onDelete }: { hook: WebhookRow; zone: string; onDelete: (hook: WebhookRow) => void }) {
  const [open, setOpen] = useState(false);
  const uid = useId();
  return (
    <li>
      <div className={ui.item}>
        <div className={ui.itemMain}>
          <span className={`${ui.itemTitle} ${ui.mono}`}>{hook.url}</span>
          <span className={ui.itemMeta}>
            {hook.events.length ? hook.events.join(", ") : "All events"}
            {` · secret ${hook.secretHint} · added ${dateTimeIn(hook.createdAt, zone)}`}
          </span>
          {!hook.active ? (
            <span>
              <span className="badge badge--danger">Disabled</span> <span className="muted small">{hook.disabledReason ?? ""}</span>
            </span>
          ) : null}
        </div>
        <div className={ui.itemActions}>
          <button type="button" className="btn btn--sm" aria-expanded={open} aria-controls={`${uid}-deliveries`} onClick={() => setOpen((v) => !v)}>
            {open ? "Hide deliveries" : "Recent deliveries"}
            <span className="visually-hidden">{` for ${hook.url}`}</span>
          </button>
          <button type="button" className={`btn btn--sm ${ui.dangerBtn}`} onClick={() => onDelete(hook)}>
            Delete<span className="visually-hidden">{` webhook ${hook.url}`}</span>
          </button>
        </div>
      </div>
      {open ? <Deliveries id={`${uid}-deliveries`} webhookId={hook.id} zone={zone} /> : null}
    </li>
  );
}

export function Webhooks({ webhooks, zone }: { webhooks: WebhookRow[]; zone: string }) {
  const uid = useId();
  const announce = useAnnounce();
  const [url, setUrl] = useState("");
  const [events, setEvents] = useState<string[]>([]);
  const [created, setCreated] = useState<{ url: string; secret: string } | null>(null);
  const [deleting, setDeleting] = useState<WebhookRow | null>(null);
  const create = useAction(createWebhookAction, {
    onSuccess: (hook) => {
      setCreated({ url: hook.url, secret: hook.secret });
      setUrl("");
      setEvents([]);
      announce("Webhook added. Copy its signing secret now: it is shown only once.");
    },
  });
  const remove = useAction(deleteWebhookAction, {
    onSuccess: () => {
      announce("Webhook deleted.");
      setDeleting(null);
    },
  });
  const problem = create.error ? toProblem(create.error) : null;
  const urlError = problem?.errors.find((e) => e.field === "url")?.message;
  const eventsError = problem?.errors.find((e) => e.field.startsWith("events"))?.message;

  return (
    <div className={ui.section}>
      {created ? (
        <div className={styles.secretBox} role="region" aria-label="Your new webhook secret">
          <p style={{ margin: 0 }}>
            <strong>Copy the signing secret now.</strong> Use it to verify the <code>webhook-signature</code> header; it won’t be shown again.
          </p>
          <div className={ui.secret}>
            <code>{created.secret}</code>
            <CopyButton text={created.secret} label="Copy secret" />
          </div>
          <div>
            <button type="button" className="btn btn--sm" onClick={() => setCreated(null)}>
              I’ve copied it
            </button>
          </div>
        </div>
      ) : null}

      {webhooks.length === 0 ? (
        <EmptyState title="No webhooks">Get an HTTPS POST whenever a booking is created, confirmed, cancelled or completed.</EmptyState>
      ) : (
        <ul className={ui.list} aria-label="Webhooks">
          {webhooks.map((hook) => (
            <WebhookItem key={hook.id} hook={hook} zone={zone} onDelete={(h) => { remove.reset(); setDeleting(h); }} />
          ))}
        </ul>
      )}

      <form
        className={styles.subForm}
        noValidate
        aria-labelledby={`${uid}-title`}
        onSubmit={(event) => {
          event.preventDefault();
          setCreated(null);
          create.mutate({ url, events: events as (typeof WEBHOOK_EVENT_TYPES)[number][] });
        }}
      >
        <h3 id={`${uid}-title`} className={styles.subTitle}>
          Add a webhook
        </h3>
        <div className="field">
          <label className="field__label" htmlFor={`${uid}-url`}>
            Endpoint URL
          </label>
          <input
            id={`${uid}-url`}
            className="input"
            type="url"
            inputMode="url"
            placeholder="https://example.com/slotbook-events"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            aria-invalid={urlError ? true : undefined}
            aria-describedby={urlError ? `${uid}-url-error` : undefined}
          />
          <FieldError id={`${uid}-url-error`} message={urlError} />
        </div>
        <fieldset className="field" aria-describedby={`${uid}-events-hint${eventsError ? ` ${uid}-events-error` : ""}`}>
          <legend className="field__label">Events</legend>
          <p id={`${uid}-events-hint`} className="field__hint">
            None checked: every event, including ones added later.
          </p>
          <div className={styles.eventGrid}>
            {WEBHOOK_EVENT_TYPES.map((type) => (
              <label key={type} className={ui.checkRow}>
                <input type="checkbox" checked={events.includes(type)} onChange={(e) => setEvents((list) => (e.target.checked ? [...list, type] : list.filter((t) => t !== type)))} />
                <span className={ui.mono}>{type}</span>
              </label>
            ))}
          </div>
          <FieldError id={`${uid}-events-error`} message={eventsError} />
        </fieldset>
        {problem && !urlError && !eventsError ? (
          <Alert tone="error" live>
            <p>{problem.detail}</p>
          </Alert>
        ) : null}
        <div>
          <button type="submit" className="btn btn--primary btn--sm" disabled={create.isPending} aria-busy={create.isPending}>
            {create.isPending ? <span className="spinner" aria-hidden="true" /> : null}
            Add webhook
          </button>
        </div>
      </form>

      <Dialog open={deleting !== null} onClose={() => setDeleting(null)} labelledBy={`${uid}-del-title`} describedBy={`${uid}-del-desc`}>
        <h2 id={`${uid}-del-title`}>Delete this webhook?</h2>
        <p id={`${uid}-del-desc`} className="muted" style={{ overflowWrap: "anywhere" }}>
          {`${deleting?.url ?? ""} stops receiving events, and its delivery log is deleted.`}
        </p>
        {remove.error ? (
          <Alert tone="error" live>
            <p>{toProblem(remove.error).detail}</p>
          </Alert>
        ) : null}
        <div className={ui.dialogActions}>
          <button type="button" className="btn" onClick={() => setDeleting(null)} autoFocus>
            Keep it
          </button>
          <button type="button" className={`btn ${ui.dangerBtn}`} disabled={remove.isPending} aria-busy={remove.isPending} onClick={() => deleting && remove.mutate({ id: deleting.id })}>
            {remove.isPending ? <span className="spinner" aria-hidden="true" /> : null}
            Delete webhook
          </button>
        </div>
      </Dialog>
    </div>
  );
}
