"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { savePublicProfileAction, startHostingAction } from "@/app/settings/actions";
import { Alert, FieldError } from "@/components/form";
import { toProblem } from "@/components/host/action-result";
import { useAction } from "@/components/host/use-action";
import ui from "@/components/host/ui.module.css";

export function StartHosting() {
  const router = useRouter();
  // Next stop: the weekly hours, with a welcome note.
  const start = useAction(startHostingAction, { onSuccess: () => router.push("/availability?welcome=1") });
  return (
    <div className={ui.notice}>
      <p style={{ margin: 0 }}>
        Offer your own sessions: publish weekly hours, set up services and prices, and take requests. You keep booking as a client too.
      </p>
      {start.error ? (
        <Alert tone="error" live>
          <p>{toProblem(start.error).detail}</p>
        </Alert>
      ) : null}
      <button type="button" className="btn btn--primary" disabled={start.isPending || start.isSuccess} aria-busy={start.isPending || start.isSuccess} onClick={() => start.mutate(undefined)}>
        {start.isPending || start.isSuccess ? <span className="spinner" aria-hidden="true" /> : null}
        Start hosting
      </button>
    </div>
  );
}

interface PublicProfile {
  headline: string;
  bio: string;
  company: string;
  topics: string[];
}

export function PublicProfileForm({ initial, hostId }: { initial: PublicProfile; hostId: string }) {
  const uid = useId();
  const [values, setValues] = useState({ headline: initial.headline, bio: initial.bio, company: initial.company, topics: initial.topics.join(", ") });
  const [saved, setSaved] = useState(false);
  const save = useAction(savePublicProfileAction, { onSuccess: () => setSaved(true) });
  const problem = save.error ? toProblem(save.error) : null;
  const err = (field: string) => problem?.errors.find((e) => e.field === field || e.field.startsWith(`${field}.`))?.message;
  const unplaced = problem && !problem.errors.some((e) => ["headline", "bio", "company", "topics"].includes(e.field.split(".")[0] ?? "")) ? problem.detail : null;
  const set = (key: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    setSaved(false);
    setValues((v) => ({ ...v, [key]: e.target.value }));
  };
  const field = (key: "headline" | "company" | "topics", label: string, hint?: string) => (
    <div className="field">
      <label className="field__label" htmlFor={`${uid}-${key}`}>
        {label}
      </label>
      <input
        id={`${uid}-${key}`}
        className="input"
        value={values[key]}
        onChange={set(key)}
        aria-invalid={err(key) ? true : undefined}
        aria-describedby={[hint ? `${uid}-${key}-hint` : null, err(key) ? `${uid}-${key}-error` : null].filter(Boolean).join(" ") || undefined}
      />
      {hint ? (
        <p id={`${uid}-${key}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${uid}-${key}-error`} message={err(key)} />
    </div>
  );

  return (
    <form
      className="form"
      noValidate
      aria-label="Public profile"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        save.mutate({
          headline: values.headline,
          bio: values.bio,
          company: values.company,
          topics: values.topics
            .split(",")
            .map((t) => t.trim())
            .filter(Boolean),
        });
      }}
    >
      {unplaced ? (
        <Alert tone="error" live>
          <p>{unplaced}</p>
        </Alert>
      ) : null}
      <div className={ui.grid2}>
        {field("headline", "Headline", "One line under your name, e.g. “Engineering leadership coach”.")}
        {field("company", "Company or practice (optional)")}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${uid}-bio`}>
          About you
        </label>
        <textarea id={`${uid}-bio`} className={`input ${ui.textarea}`} rows={5} value={values.bio} onChange={set("bio")} aria-invalid={err("bio") ? true : undefined} aria-describedby={err("bio") ? `${uid}-bio-error` : undefined} />
        <FieldError id={`${uid}-bio-error`} message={err("bio")} />
      </div>
      {field("topics", "Topics", "Separated by commas, e.g. career change, interviews, leadership.")}
      <div className={ui.formFooter}>
        <p aria-live="polite">
          {saved ? <span className={ui.status}>Public profile saved.</span> : <Link href={`/hosts/${hostId}`}>See your public page</Link>}
        </p>
        <button type="submit" className="btn btn--primary" disabled={save.isPending} aria-busy={save.isPending}>
          {save.isPending ? <span className="spinner" aria-hidden="true" /> : null}
          Save public profile
        </button>
      </div>
    </form>
  );
}
