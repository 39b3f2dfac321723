"use client";

import { useId, useState } from "react";
import { deleteServiceAction, updateServiceAction } from "@/app/services/actions";
import { Alert } from "@/components/form";
import type { OccurrenceView } from "@/lib/server/host-setup/schedule-occurrence";
import { toProblem } from "../action-result";
import { useAnnounce } from "../announcer";
import { Dialog } from "../dialog";
import { durationLabel, money, SESSION_TYPE_LABELS } from "../format";
import { useAction } from "../use-action";
import ui from "../ui.module.css";
import { Occurrences } from "./occurrences";
import { ServiceForm } from "./service-form";
import { KIND_LABELS, type PackageItemRow, type ServiceRow } from "./types";
import styles from "./services.module.css";

export function ServiceCard({ service, items, occurrences, packable, zone }: { service: ServiceRow; items: PackageItemRow[]; occurrences: OccurrenceView[]; packable: ServiceRow[]; zone: string }) {
  const uid = useId();
  const announce = useAnnounce();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const toggle = useAction(updateServiceAction, { onSuccess: (s) => announce(s.active ? `${s.name} is offered again.` : `${s.name} is archived.`) });
  const remove = useAction(deleteServiceAction, {
    onSuccess: (r) => {
      setConfirming(false);
      announce(r.archived ? `${service.name} has bookings, so it was archived instead of deleted.` : `${service.name} deleted.`);
    },
  });
  const error = toggle.error ?? remove.error;
  const grouped = service.kind === "group" || service.kind === "course";

  return (
    <article className={styles.service} data-archived={!service.active || undefined} aria-labelledby={`${uid}-name`}>
      <div className={styles.serviceHead}>
        <div className={ui.itemMain}>
          <h3 id={`${uid}-name`} className={styles.serviceName}>
            {service.name}
          </h3>
          <ul className="badge-list" aria-label="Details">
            <li className="badge badge--brand">{KIND_LABELS[service.kind] ?? service.kind}</li>
            {!service.active ? <li className="badge badge--warning">Archived</li> : null}
            <li className="badge">{durationLabel(service.durationMinutes)}</li>
            <li className="badge">{SESSION_TYPE_LABELS[service.sessionType] ?? service.sessionType}</li>
            {grouped && service.capacity ? <li className="badge">{`${service.capacity} seats`}</li> : null}
            {service.kind === "bundle" && service.bundleCredits ? <li className="badge">{`${service.bundleCredits} credits`}</li> : null}
          </ul>
        </div>
        <p className={styles.price}>{service.priceCents === 0 ? "Free" : money(service.priceCents, service.currency)}</p>
      </div>
      {service.description ? <p className={styles.description}>{service.description}</p> : null}
      {service.location ? <p className="muted small" style={{ margin: 0 }}>{service.location}</p> : null}
      {service.kind === "package" && items.length ? (
        <p className="muted small" style={{ margin: 0 }}>
          Contains: {items.map((i) => `${i.quantity} × ${i.service.name}`).join(", ")}
        </p>
      ) : null}

      {editing ? (
        <div className={styles.editBox}>
          <ServiceForm
            service={service}
            packable={packable}
            onDone={(message) => {
              setEditing(false);
              if (message) announce(message);
            }}
          />
        </div>
      ) : (
        <div className={ui.itemActions}>
          <button type="button" className="btn btn--sm" onClick={() => setEditing(true)}>
            Edit<span className="visually-hidden">{` ${service.name}`}</span>
          </button>
          <button
            type="button"
            className="btn btn--sm"
            disabled={toggle.isPending}
            aria-busy={toggle.isPending}
            onClick={() => toggle.mutate({ id: service.id, patch: { active: !service.active } })}
          >
            {service.active ? "Archive" : "Offer again"}
            <span className="visually-hidden">{` ${service.name}`}</span>
          </button>
          <button type="button" className={`btn btn--sm ${ui.dangerBtn}`} onClick={() => setConfirming(true)}>
            Delete<span className="visually-hidden">{` ${service.name}`}</span>
          </button>
        </div>
      )}
      {error ? (
        <Alert tone="error" live>
          <p>{toProblem(error).detail}</p>
        </Alert>
      ) : null}

      {grouped && service.active ? <Occurrences serviceId={service.id} serviceName={service.name} occurrences={occurrences} zone={zone} /> : null}

      <Dialog open={confirming} onClose={() => setConfirming(false)} labelledBy={`${uid}-del-title`} describedBy={`${uid}-del-desc`}>
        <h2 id={`${uid}-del-title`}>{`Delete “${service.name}”?`}</h2>
        <p id={`${uid}-del-desc`} className="muted">
          If clients have booked it, it is archived instead, so their history keeps its name and price.
        </p>
        <div className={ui.dialogActions}>
          <button type="button" className="btn" onClick={() => setConfirming(false)} autoFocus>
            Keep it
          </button>
          <button type="button" className={`btn ${ui.dangerBtn}`} disabled={remove.isPending} aria-busy={remove.isPending} onClick={() => remove.mutate({ id: service.id })}>
            {remove.isPending ? <span className="spinner" aria-hidden="true" /> : null}
            Delete service
          </button>
        </div>
      </Dialog>
    </article>
  );
}
