"use client";

import { useId, useState } from "react";
import { rotateFeedAction } from "@/app/settings/actions";
import { Alert } from "@/components/form";
import { toProblem } from "@/components/host/action-result";
import { useAnnounce } from "@/components/host/announcer";
import { CopyButton } from "@/components/host/copy-button";
import { Dialog } from "@/components/host/dialog";
import { useAction } from "@/components/host/use-action";
import ui from "@/components/host/ui.module.css";

export function CalendarFeed({ origin, path }: { origin: string; path: string }) {
  const uid = useId();
  const announce = useAnnounce();
  const [confirming, setConfirming] = useState(false);
  const rotate = useAction(rotateFeedAction, {
    onSuccess: () => {
      setConfirming(false);
      announce("New calendar feed address created. The old one no longer works.");
    },
  });
  const url = `${origin}${rotate.data?.path ?? path}`;
  return (
    <div className={ui.section}>
      <div className="field">
        <label className="field__label" htmlFor={`${uid}-url`}>
          Your calendar feed (iCalendar)
        </label>
        <div className={ui.secret}>
          <input id={`${uid}-url`} className={`input ${ui.mono}`} readOnly value={url} aria-describedby={`${uid}-hint`} onFocus={(e) => e.currentTarget.select()} style={{ flex: "1 1 16rem" }} />
          <CopyButton text={url} label="Copy link" />
        </div>
        <p id={`${uid}-hint`} className="field__hint">
          Subscribe to it in Google Calendar, Outlook or Apple Calendar to see your sessions there. Anyone with the link can read it: keep it private.
        </p>
      </div>
      <div>
        <button type="button" className="btn btn--sm" onClick={() => { rotate.reset(); setConfirming(true); }}>
          Create a new link…
        </button>
      </div>
      <Dialog open={confirming} onClose={() => setConfirming(false)} labelledBy={`${uid}-title`} describedBy={`${uid}-desc`}>
        <h2 id={`${uid}-title`}>Create a new feed link?</h2>
        <p id={`${uid}-desc`} className="muted">
          The current link stops working at once: calendars subscribed to it need the new one. Do this if the link leaked.
        </p>
        {rotate.error ? (
          <Alert tone="error" live>
            <p>{toProblem(rotate.error).detail}</p>
          </Alert>
        ) : null}
        <div className={ui.dialogActions}>
          <button type="button" className="btn" onClick={() => setConfirming(false)} autoFocus>
            Keep the current link
          </button>
          <button type="button" className="btn btn--primary" disabled={rotate.isPending} aria-busy={rotate.isPending} onClick={() => rotate.mutate(undefined)}>
            {rotate.isPending ? <span className="spinner" aria-hidden="true" /> : null}
            Create new link
          </button>
        </div>
      </Dialog>
    </div>
  );
}
