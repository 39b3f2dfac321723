// Small form building blocks shared by every form: consistent labels, hints,
// error wiring (aria-invalid + aria-describedby) and alerts.
"use client";

import { useId, useState } from "react";
import { AlertCircleIcon, CheckCircleIcon, InfoIcon } from "./icons";

export function FieldError({ id, message }: { id: string; message?: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field__error">
      <AlertCircleIcon />
      <span>{message}</span>
    </p>
  );
}

/** ids for a field's hint and error, and the describedby string to put on the control. */
export function useFieldIds(name: string, { hint, error }: { hint?: boolean; error?: boolean }) {
  const base = `${useId()}-${name}`;
  const ids = { input: `${base}-input`, hint: `${base}-hint`, error: `${base}-error` };
  const describedBy = [hint ? ids.hint : null, error ? ids.error : null].filter(Boolean).join(" ") || undefined;
  return { ...ids, describedBy };
}

export function Alert({
  tone = "info",
  children,
  live = false,
}: {
  tone?: "info" | "error" | "success" | "warning";
  children: React.ReactNode;
  /** Announce immediately (role="alert"), for errors after a submit. */
  live?: boolean;
}) {
  const Icon = tone === "error" || tone === "warning" ? AlertCircleIcon : tone === "success" ? CheckCircleIcon : InfoIcon;
  return (
    <div className={tone === "info" ? "alert" : `alert alert--${tone}`} role={live ? "alert" : undefined}>
      <Icon />
      <div>{children}</div>
    </div>
  );
}

type PasswordInputProps = Omit<React.ComponentProps<"input">, "type">;

/** Password input with a show/hide toggle. */
export function PasswordInput({ className = "input", ...props }: PasswordInputProps) {
  const [visible, setVisible] = useState(false);
  return (
    <div className="input-group">
      <input {...props} type={visible ? "text" : "password"} className={className} spellCheck={false} autoCapitalize="none" />
      <button
        type="button"
        className="input-group__action"
        onClick={() => setVisible((v) => !v)}
        aria-controls={props.id}
      >
        {visible ? "Hide" : "Show"}
        <span className="visually-hidden"> password</span>
      </button>
    </div>
  );
}

export function SubmitButton({ pending, children, pendingLabel }: { pending: boolean; children: React.ReactNode; pendingLabel: string }) {
  return (
    <button type="submit" className="btn btn--primary btn--block btn--lg" disabled={pending} aria-busy={pending}>
      {pending ? (
        <>
          <span className="spinner" aria-hidden="true" />
          {pendingLabel}
        </>
      ) : (
        children
      )}
    </button>
  );
}
