"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Controller, useForm } from "react-hook-form";
import type { z } from "zod";
import type { Problem } from "@/lib/http/problem";
import { signUpSchema, type SignUpInput } from "@/lib/server/auth/schemas";
import { browserZone } from "../calendar/zone-offset";
import { Alert, FieldError, PasswordInput, SubmitButton, useFieldIds } from "../form";
import { TimeZoneSelect } from "../time-zone-select";

type FormValues = z.input<typeof signUpSchema>;
type FieldName = keyof FormValues;
type Role = "client" | "host";

const FIELDS: readonly FieldName[] = ["name", "email", "password", "roles", "timeZone"];
const ROLE_ORDER: readonly Role[] = ["client", "host"];
const ROLE_CHOICES: readonly { role: Role; title: string; description: string }[] = [
  { role: "client", title: "I want to book sessions", description: "Find a mentor, coach, tutor or therapist." },
  { role: "host", title: "I want to offer sessions", description: "Publish your hours and let clients book you." },
];

function isFieldName(value: string): value is FieldName {
  return (FIELDS as readonly string[]).includes(value);
}

export function SignUpForm({ callbackUrl = "/" }: { callbackUrl?: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [emailTaken, setEmailTaken] = useState(false);
  const [redirecting, setRedirecting] = useState(false);
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    getFieldState,
    formState: { errors, isSubmitting },
  } = useForm<FormValues, unknown, SignUpInput>({
    resolver: zodResolver(signUpSchema),
    defaultValues: { name: "", email: "", password: "", roles: ["client"], timeZone: "UTC" },
  });

  // Pre-fill the browser's zone once, unless the user already picked one.
  useEffect(() => {
    const detected = browserZone();
    if (detected && !getFieldState("timeZone").isDirty) setValue("timeZone", detected);
  }, [getFieldState, setValue]);

  const name = useFieldIds("name", { error: !!errors.name });
  const email = useFieldIds("email", { error: !!errors.email });
  const password = useFieldIds("password", { hint: true, error: !!errors.password });
  const roles = useFieldIds("roles", { error: !!errors.roles });
  const timeZone = useFieldIds("timeZone", { hint: true, error: !!errors.timeZone });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setEmailTaken(false);
    let response: Response;
    try {
      response = await fetch("/api/v1/auth/signup", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json, application/problem+json" },
        body: JSON.stringify(values),
      });
    } catch {
      setFormError("We couldn’t reach Slotbook. Check your connection and try again.");
      return;
    }

    if (response.status === 201) {
      setRedirecting(true);
      const result = await signIn("credentials", { email: values.email, password: values.password, redirect: false }).catch(
        () => undefined,
      );
      if (!result || result.error) {
        // The account exists; let the user sign in by hand.
        router.push(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
        return;
      }
      router.push(callbackUrl);
      router.refresh();
      return;
    }

    const problem = (await response.json().catch(() => null)) as Problem | null;
    const unplaced: string[] = [];
    let focused = false;
    for (const issue of problem?.errors ?? []) {
      const field = issue.field.split(".")[0] ?? "";
      if (isFieldName(field)) {
        setError(field, { type: "server", message: issue.message }, { shouldFocus: !focused });
        focused = true;
      } else {
        unplaced.push(issue.message);
      }
    }
    if (problem?.code === "email_taken") setEmailTaken(true);
    if (unplaced.length > 0) setFormError(unplaced.join(" "));
    else if (!focused) setFormError(problem?.detail ?? "Something went wrong on our side. Please try again.");
  });

  const pending = isSubmitting || redirecting;
  const rolesMessage = errors.roles
    ? errors.roles.type === "server"
      ? errors.roles.message
      : "Choose at least one: booking sessions, offering them, or both."
    : undefined;

  return (
    <form className="form" onSubmit={onSubmit} noValidate method="post" aria-label="Create your account">
      {formError ? (
        <Alert tone="error" live>
          <p>{formError}</p>
        </Alert>
      ) : null}

      <div className="field">
        <label className="field__label" htmlFor={name.input}>
          Full name
        </label>
        <input
          id={name.input}
          className="input"
          type="text"
          autoComplete="name"
          required
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={name.describedBy}
          {...register("name")}
        />
        <FieldError id={name.error} message={errors.name?.message} />
      </div>

      <div className="field">
        <label className="field__label" htmlFor={email.input}>
          Email
        </label>
        <input
          id={email.input}
          className="input"
          type="email"
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          autoCapitalize="none"
          required
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={email.describedBy}
          {...register("email")}
        />
        <FieldError id={email.error} message={errors.email?.message} />
        {emailTaken && errors.email ? (
          <p className="field__hint">
            Is it yours? <Link href="/signin">Sign in instead</Link>.
          </p>
        ) : null}
      </div>

      <div className="field">
        <label className="field__label" htmlFor={password.input}>
          Password
        </label>
        <PasswordInput
          id={password.input}
          autoComplete="new-password"
          required
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={password.describedBy}
          {...register("password")}
        />
        <p id={password.hint} className="field__hint">
          At least 8 characters.
        </p>
        <FieldError id={password.error} message={errors.password?.message} />
      </div>

      <Controller
        control={control}
        name="roles"
        render={({ field }) => {
          const value = field.value ?? [];
          const toggle = (role: Role, checked: boolean) => {
            const next = checked ? [...value, role] : value.filter((r) => r !== role);
            field.onChange(ROLE_ORDER.filter((r) => next.includes(r)));
          };
          return (
            <fieldset className="field" aria-describedby={roles.describedBy}>
              <legend className="field__label">How will you use Slotbook?</legend>
              <div className="choices choices--2" aria-invalid={errors.roles ? true : undefined}>
                {ROLE_CHOICES.map((choice, index) => (
                  <label className="choice" key={choice.role}>
                    <input
                      type="checkbox"
                      name={field.name}
                      value={choice.role}
                      checked={value.includes(choice.role)}
                      onChange={(e) => toggle(choice.role, e.target.checked)}
                      onBlur={field.onBlur}
                      ref={index === 0 ? field.ref : undefined}
                    />
                    <span>
                      <span className="choice__title">{choice.title}</span>
                      <span className="choice__desc">{choice.description}</span>
                    </span>
                  </label>
                ))}
              </div>
              <FieldError id={roles.error} message={rolesMessage} />
            </fieldset>
          );
        }}
      />

      <Controller
        control={control}
        name="timeZone"
        render={({ field }) => (
          <div className="field">
            <label className="field__label" htmlFor={timeZone.input}>
              Time zone
            </label>
            <TimeZoneSelect
              id={timeZone.input}
              name={field.name}
              ref={field.ref}
              value={field.value ?? "UTC"}
              onChange={field.onChange}
              onBlur={field.onBlur}
              aria-invalid={errors.timeZone ? true : undefined}
              aria-describedby={timeZone.describedBy}
            />
            <p id={timeZone.hint} className="field__hint">
              Detected from your device. Slotbook shows every time in this zone.
            </p>
            <FieldError id={timeZone.error} message={errors.timeZone?.message} />
          </div>
        )}
      />

      <SubmitButton pending={pending} pendingLabel="Creating your account…">
        Create account
      </SubmitButton>

      <p className="auth__footer" style={{ marginTop: 0 }}>
        Already have an account?{" "}
        <Link href={callbackUrl === "/" ? "/signin" : `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Sign in</Link>
      </p>
    </form>
  );
}
