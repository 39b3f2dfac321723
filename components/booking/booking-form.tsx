"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createBookingSchema, type CreateBookingInput } from "@/lib/server/bookings/schemas";
import type { CreatedBookingView } from "@/lib/server/bookings/create-booking";
import { Alert, FieldError, SubmitButton, useFieldIds } from "../form";
import { ApiProblem, apiFetch, applyProblemToForm, isSlotGone, slotGoneMessage } from "./api";
import styles from "./booking-widget.module.css";

type FormValues = z.input<typeof createBookingSchema>;

export interface BookingRequest {
  hostId: string;
  start: string;
  duration: number;
  serviceId: string | null;
  timeZone: string;
}

/**
 * The last step: what the session is about. Posts to /api/v1/bookings; a slot
 * that went meanwhile is handed back to the calendar via onSlotGone.
 */
export function BookingForm({
  request,
  requiresConfirmation,
  signInPath,
  onSlotGone,
  onBooked,
}: {
  request: BookingRequest;
  requiresConfirmation: boolean;
  signInPath: string;
  onSlotGone: (message: string) => void;
  onBooked?: () => void;
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [navigating, setNavigating] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<FormValues, unknown, CreateBookingInput>({
    resolver: zodResolver(createBookingSchema),
    defaultValues: {
      hostId: request.hostId,
      start: request.start,
      ...(request.serviceId ? { serviceId: request.serviceId } : { duration: request.duration }),
      timeZone: request.timeZone,
      agenda: "",
      clientNotes: "",
    },
  });

  const mutation = useMutation({
    mutationFn: (input: CreateBookingInput) =>
      apiFetch<CreatedBookingView>("/api/v1/bookings", {
        method: "POST",
        body: {
          ...input,
          start: input.start.toISOString(),
          // Empty optional texts are left out rather than stored as "".
          ...(input.agenda ? {} : { agenda: undefined }),
          ...(input.clientNotes ? {} : { clientNotes: undefined }),
        },
      }),
  });

  const agenda = useFieldIds("agenda", { hint: true, error: !!errors.agenda });
  const notes = useFieldIds("clientNotes", { hint: true, error: !!errors.clientNotes });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const booking = await mutation.mutateAsync(values);
      setNavigating(true);
      onBooked?.();
      // Paid online: straight to the hosted payment page (it returns to the booking).
      if (booking.payment?.checkoutUrl) window.location.assign(booking.payment.checkoutUrl);
      else router.push(`/bookings/${booking.id}?new=1`);
    } catch (error) {
      if (isSlotGone(error)) {
        onSlotGone(slotGoneMessage(error));
        return;
      }
      if (error instanceof ApiProblem && error.status === 401) {
        setNavigating(true);
        router.push(signInPath);
        return;
      }
      const unplaced = applyProblemToForm<FormValues>(error, ["agenda", "clientNotes"], setError);
      if (unplaced.length) setFormError(unplaced.join(" "));
    }
  });

  const pending = mutation.isPending || navigating;

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label="Booking details">
      {formError ? (
        <Alert tone="error" live>
          <p>{formError}</p>
        </Alert>
      ) : null}

      <div className="field">
        <label className="field__label" htmlFor={agenda.input}>
          What would you like to cover? <span className={styles.optional}>(optional)</span>
        </label>
        <textarea
          id={agenda.input}
          className={`input ${styles.textarea}`}
          rows={3}
          aria-invalid={errors.agenda ? true : undefined}
          aria-describedby={agenda.describedBy}
          {...register("agenda")}
        />
        <p id={agenda.hint} className="field__hint">
          Topics or questions, so your host can prepare.
        </p>
        <FieldError id={agenda.error} message={errors.agenda?.message} />
      </div>

      <div className="field">
        <label className="field__label" htmlFor={notes.input}>
          Notes for your host <span className={styles.optional}>(optional)</span>
        </label>
        <textarea
          id={notes.input}
          className={`input ${styles.textarea}`}
          rows={2}
          aria-invalid={errors.clientNotes ? true : undefined}
          aria-describedby={notes.describedBy}
          {...register("clientNotes")}
        />
        <p id={notes.hint} className="field__hint">
          Anything else they should know: links, context, accessibility needs.
        </p>
        <FieldError id={notes.error} message={errors.clientNotes?.message} />
      </div>

      <SubmitButton pending={pending} pendingLabel={requiresConfirmation ? "Sending request…" : "Booking…"}>
        {requiresConfirmation ? "Request booking" : "Confirm booking"}
      </SubmitButton>
    </form>
  );
}
