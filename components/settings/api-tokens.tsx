"use client";

import { useId, useState } from "react";
import { createTokenAction, revokeTokenAction } from "@/app/settings/actions";
import { Alert, FieldError } from "@/components/form";
import { toProblem } from "@/components/host/action-result";
import { useAnnounce } from "@/components/host/announcer";
import { CopyButton } from "@/components/host/copy-button";
import { Dialog } from "@/components/host/dialog";
import { dateTimeIn } from "@/components/host/format";
import { EmptyState } from "@/components/host/page-header";
import { useAction } from "@/components/host/use-action";
import ui from "@/components/host/ui.module.css";
import styles from "./settings.module.css";

export interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export function ApiTokens({ tokens, zone }: { tokens: TokenRow[]; zone: string }) {
  const uid = useId();
  const announce = useAnnounce();
  const [name, setName] = useState("");
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [revoking, setRevoking] = useState<TokenRow | null>(null);
  const create = useAction(createTokenAction, {
    onSuccess: (token) => {
      setCreated({ name: token.name, token: token.token });
      setName("");
      announce(`Token ${token.name} created. Copy it now: it is shown only once.`);
    },
  });
  const revoke = useAction(revokeTokenAction, {
    onSuccess: () => {
      announce(`Token ${revoking?.name ?? ""} revoked.`);
      setRevoking(null);
    },
  });
  const problem = create.error ? toProblem(create.error) : null;
  const nameError = problem?.errors.find((e) => e.field === "name")?.message;
  const active = tokens.filter((t) => !t.revokedAt);
  const revoked = tokens.filter((t) => t.revokedAt);

  return (
    <div className={ui.section}>
      {created ? (
        <div className={styles.secretBox} role="region" aria-label="Your new token">
          <p style={{ margin: 0 }}>
            <strong>Copy your new token “{created.name}” now.</strong> For your security it won’t be shown again.
          </p>
          <div className={ui.secret}>
            <code data-testid="new-token">{created.token}</code>
            <CopyButton text={created.token} label="Copy token" />
          </div>
          <p className="muted small" style={{ margin: 0 }}>
            Send it as <code>Authorization: Bearer &lt;token&gt;</code> to <code>/api/v1</code>.
          </p>
          <div>
            <button type="button" className="btn btn--sm" onClick={() => setCreated(null)}>
              I’ve copied it
            </button>
          </div>
        </div>
      ) : null}

      {active.length === 0 ? (
        <EmptyState title="No API tokens">Create a token to use the Slotbook API from scripts, Zapier or your own app.</EmptyState>
      ) : (
        <ul className={ui.list} aria-label="API tokens">
          {active.map((t) => (
            <li key={t.id} className={ui.item}>
              <div className={ui.itemMain}>
                <span className={ui.itemTitle}>{t.name || "Unnamed token"}</span>
                <span className={ui.itemMeta}>
                  <code className={ui.mono}>{`${t.prefix}…`}</code>
                  {` · created ${dateTimeIn(t.createdAt, zone)} · ${t.lastUsedAt ? `last used ${dateTimeIn(t.lastUsedAt, zone)}` : "never used"}`}
                </span>
              </div>
              <div className={ui.itemActions}>
                <button type="button" className={`btn btn--sm ${ui.dangerBtn}`} onClick={() => { revoke.reset(); setRevoking(t); }}>
                  Revoke<span className="visually-hidden">{` ${t.name}`}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {revoked.length ? (
        <details className={styles.details}>
          <summary>{`Revoked tokens (${revoked.length})`}</summary>
          <ul className={ui.list}>
            {revoked.map((t) => (
              <li key={t.id} className={ui.itemMeta}>
                {`${t.name || "Unnamed token"} · `}
                <code className={ui.mono}>{`${t.prefix}…`}</code>
                {` · revoked ${dateTimeIn(t.revokedAt!, zone)}`}
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      <form
        className={ui.inlineForm}
        noValidate
        aria-label="Create an API token"
        onSubmit={(event) => {
          event.preventDefault();
          setCreated(null);
          create.mutate({ name });
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={`${uid}-name`}>
            Token name
          </label>
          <input
            id={`${uid}-name`}
            className="input"
            value={name}
            maxLength={80}
            placeholder="e.g. Zapier"
            autoComplete="off"
            onChange={(e) => setName(e.target.value)}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={`${uid}-hint${nameError ? ` ${uid}-error` : ""}`}
          />
          <p id={`${uid}-hint`} className="field__hint">
            A name helps you tell tokens apart. Tokens act as you: keep them secret.
          </p>
          <FieldError id={`${uid}-error`} message={nameError} />
        </div>
        <button type="submit" className={`btn btn--primary ${styles.formBtn}`} disabled={create.isPending} aria-busy={create.isPending}>
          {create.isPending ? <span className="spinner" aria-hidden="true" /> : null}
          Create token
        </button>
      </form>
      {problem && !nameError ? (
        <Alert tone="error" live>
          <p>{problem.detail}</p>
        </Alert>
      ) : null}

      <Dialog open={revoking !== null} onClose={() => setRevoking(null)} labelledBy={`${uid}-revoke-title`} describedBy={`${uid}-revoke-desc`}>
        <h2 id={`${uid}-revoke-title`}>{`Revoke “${revoking?.name ?? ""}”?`}</h2>
        <p id={`${uid}-revoke-desc`} className="muted">
          Anything using this token stops working at once. This can’t be undone.
        </p>
        {revoke.error ? (
          <Alert tone="error" live>
            <p>{toProblem(revoke.error).detail}</p>
          </Alert>
        ) : null}
        <div className={ui.dialogActions}>
          <button type="button" className="btn" onClick={() => setRevoking(null)} autoFocus>
            Keep it
          </button>
          <button type="button" className={`btn ${ui.dangerBtn}`} disabled={revoke.isPending} aria-busy={revoke.isPending} onClick={() => revoking && revoke.mutate({ id: revoking.id })}>
            {revoke.isPending ? <span className="spinner" aria-hidden="true" /> : null}
            Revoke token
          </button>
        </div>
      </Dialog>
    </div>
  );
}
