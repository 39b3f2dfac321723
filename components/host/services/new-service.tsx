"use client";

import { useState } from "react";
import { useAnnounce } from "../announcer";
import { ServiceForm } from "./service-form";
import type { ServiceRow } from "./types";
import ui from "../ui.module.css";

export function NewService({ packable, startOpen }: { packable: ServiceRow[]; startOpen: boolean }) {
  const [open, setOpen] = useState(startOpen);
  const [created, setCreated] = useState<string | null>(null);
  const announce = useAnnounce();
  if (!open) {
    return (
      <div className={ui.itemActions}>
        <button type="button" className="btn btn--primary" aria-expanded={false} onClick={() => { setCreated(null); setOpen(true); }}>
          + New service
        </button>
        {created ? <span className={ui.status}>{created}</span> : null}
      </div>
    );
  }
  return (
    <ServiceForm
      packable={packable}
      onDone={(message) => {
        announce(message);
        setCreated(message);
        setOpen(false);
      }}
    />
  );
}
