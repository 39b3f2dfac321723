"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { signInSchema, type SignInInput } from "@/lib/server/auth/schemas";
import { Alert, FieldError, PasswordInput, SubmitButton, useFieldIds } from "../form";

export const INCORRECT_CREDENTIALS = "Email or password is incorrect.";
export const TOO_MANY_ATTEMPTS = "Too many sign-in attempts. Wait a few minutes and try again.";

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string | undefined }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(initialError ?? null);
  const [redirecting, setRedirecting] = useState(false);
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof signInSchema>, unknown, SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "" },
  });

  const email = useFieldIds("email", { error: !!errors.email });
  const password = useFieldIds("password", { error: !!errors.password });

  const onSubmit = handleSubmit(async ({ email, password }) => {
    setFormError(null);
    let result;
    try {
      result = await signIn("credentials", { email, password, redirect: false });
    } catch {
      setFormError("We couldn’t reach Slotbook. Check your connection and try again.");
      return;
    }
    if (!result || result.error) {
      setFormError(result?.status === 429 ? TOO_MANY_ATTEMPTS : INCORRECT_CREDENTIALS);
      setFocus("password", { shouldSelect: true });
      return;
    }
    setRedirecting(true);
    router.push(callbackUrl);
    router.refresh();
  });

  const pending = isSubmitting || redirecting;

  return (
    <form className="form" onSubmit={onSubmit} noValidate method="post" aria-label="Sign in">
      {formError ? (
        <Alert tone="error" live>
          <p>{formError}</p>
        </Alert>
      ) : null}

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
      </div>

      <div className="field">
        <label className="field__label" htmlFor={password.input}>
          Password
        </label>
        <PasswordInput
          id={password.input}
          autoComplete="current-password"
          required
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={password.describedBy}
          {...register("password")}
        />
        <FieldError id={password.error} message={errors.password?.message} />
      </div>

      <SubmitButton pending={pending} pendingLabel="Signing in…">
        Sign in
      </SubmitButton>

      <p className="auth__footer" style={{ marginTop: 0 }}>
        New to Slotbook? <Link href={callbackUrl === "/" ? "/signup" : `/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Create an account</Link>
      </p>
    </form>
  );
}
