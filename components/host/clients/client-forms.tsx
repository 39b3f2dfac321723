"use client";

import { useId, useState } from "react";
import { addClientAction, deactivateClientAction, setAudienceAction } from "@/app/clients/actions";
import { Alert, FieldError } from "@/components/form";
import { toProblem } from "../action-result";
import { useAnnounce } from "../announcer";
import { useAction } from "../use-action";
import ui from "../ui.module.css";
import styles from "./clients.module.css";

export function AddClientForm() {
  const uid = useId();
  const announce = useAnnounce();
  const [email, setEmail] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const add = useAction(addClientAction, {
    onSuccess: (result) => {
      setEmail("");
      const message = `${result.client.name} is now one of your related clients.`;
      setDone(message);
      announce(message);
    },
  });
  const problem = add.error ? toProblem(add.error) : null;
  const emailError = problem?.errors.find((e) => e.field === "email")?.message;
  return (
    <form
      className={ui.inlineForm}
      noValidate
      aria-label="Add a client"
      onSubmit={(event) => {
        event.preventDefault();
        setDone(null);
        add.mutate({ email });
      }}
    >
      <div className="field">
        <label className="field__label" htmlFor={`${uid}-email`}>
          Client’s email
        </label>
        <input
          id={`${uid}-email`}
          className="input"
          type="email"
          inputMode="email"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="none"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={`${uid}-hint${emailError ? ` ${uid}-error` : ""}`}
        />
        <p id={`${uid}-hint`} className="field__hint">
          They need a Slotbook account with this email.
        </p>
        <FieldError id={`${uid}-error`} message={emailError} />
      </div>
      <button type="submit" className={`btn btn--primary ${styles.addBtn}`} disabled={add.isPending} aria-busy={add.isPending}>
        {add.isPending ? <span className="spinner" aria-hidden="true" /> : null}
        Add client
      </button>
      {problem && !emailError ? (
        <div style={{ flexBasis: "100%" }}>
          <Alert tone="error" live>
            <p>{problem.detail}</p>
          </Alert>
        </div>
      ) : null}
      {done ? (
        <p className={ui.status} style={{ flexBasis: "100%", margin: 0 }}>
          {done}
        </p>
      ) : null}
    </form>
  );
}

export function RelationButton({ clientId, email, name, active, relationLabel = "Reactivate" }: { clientId: string; email: string; name: string; active: boolean; relationLabel?: string }) {
  const announce = useAnnounce();
  const deactivate = useAction(deactivateClientAction, { onSuccess: () => announce(`${name} is no longer a related client.`) });
  const add = useAction(addClientAction, { onSuccess: () => announce(`${name} is a related client again.`) });
  const pending = deactivate.isPending || add.isPending;
  const error = deactivate.error ?? add.error;
  return (
    <div className={styles.relationAction}>
      <button
        type="button"
        className={active ? `btn btn--sm ${ui.dangerBtn}` : "btn btn--sm"}
        disabled={pending}
        aria-busy={pending}
        onClick={() => (active ? deactivate.mutate({ id: clientId }) : add.mutate({ email }))}
      >
        {pending ? <span className="spinner" aria-hidden="true" /> : null}
        {active ? "Deactivate" : relationLabel}
        <span className="visually-hidden">{` ${name}`}</span>
      </button>
      {error ? <span className={styles.inlineError} role="alert">{toProblem(error).detail}</span> : null}
    </div>
  );
}

export function AudienceForm({ initial }: { initial: "anyone" | "related_clients" }) {
  const uid = useId();
  const [value, setValue] = useState(initial);
  const [saved, setSaved] = useState(false);
  const save = useAction(setAudienceAction, { onSuccess: () => setSaved(true) });
  return (
    <form
      className="form"
      style={{ gap: "0.75rem" }}
      aria-label="Who can book you"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        save.mutate({ audience: value });
      }}
    >
      <fieldset className="field">
        <legend className="visually-hidden">Who can book you</legend>
        <div className="choices choices--2">
          <label className="choice">
            <input type="radio" name={`${uid}-audience`} checked={value === "anyone"} onChange={() => setValue("anyone")} />
            <span>
              <span className="choice__title">Anyone</span>
              <span className="choice__desc">Every signed-in client can request your open times.</span>
            </span>
          </label>
          <label className="choice">
            <input type="radio" name={`${uid}-audience`} checked={value === "related_clients"} onChange={() => setValue("related_clients")} />
            <span>
              <span className="choice__title">Only my related clients</span>
              <span className="choice__desc">Only clients you add below can book; others see your page but no times.</span>
            </span>
          </label>
        </div>
      </fieldset>
      {save.error ? (
        <Alert tone="error" live>
          <p>{toProblem(save.error).detail}</p>
        </Alert>
      ) : null}
      <div className={ui.itemActions}>
        <button type="submit" className="btn btn--sm btn--primary" disabled={save.isPending || value === initial} aria-busy={save.isPending}>
          {save.isPending ? <span className="spinner" aria-hidden="true" /> : null}
          Save
        </button>
        <span aria-live="polite" className={ui.status}>
          {saved && value === initial ? "Saved." : ""}
        </span>
      </div>
    </form>
  );
}
