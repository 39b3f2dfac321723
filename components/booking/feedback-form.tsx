"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import type { z } from "zod";
import { feedbackSchema, type FeedbackInput } from "@/lib/server/bookings/schemas";
import { Alert, FieldError, SubmitButton, useFieldIds } from "../form";
import { StarIcon } from "../calendar/icons";
import { applyProblemToForm } from "./api";
import { useBookingMutation } from "./use-booking-mutation";
import styles from "./booking-manage.module.css";

type FeedbackValues = z.input<typeof feedbackSchema>;
const RATING_WORDS = ["", "Poor", "Fair", "Good", "Very good", "Excellent"];

/** Rating (1–5 stars, a radio group) and a comment, once per completed session. */
export function FeedbackForm({ bookingId, hostName }: { bookingId: string; hostName: string }) {
  const [formError, setFormError] = useState<string | null>(null);
  const mutation = useBookingMutation<FeedbackInput>(`/api/v1/bookings/${bookingId}/feedback`);
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<FeedbackValues, unknown, FeedbackInput>({
    resolver: zodResolver(feedbackSchema),
    defaultValues: { rating: 0, comment: "" },
  });
  const rating = useFieldIds("rating", { error: !!errors.rating });
  const comment = useFieldIds("comment", { hint: true, error: !!errors.comment });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await mutation.mutateAsync(values.comment ? values : { rating: values.rating });
    } catch (error) {
      const unplaced = applyProblemToForm<FeedbackValues>(error, ["rating", "comment"], setError);
      if (unplaced.length) setFormError(unplaced.join(" "));
    }
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label="Leave feedback">
      {formError ? (
        <Alert tone="error" live>
          <p>{formError}</p>
        </Alert>
      ) : null}
      <Controller
        control={control}
        name="rating"
        render={({ field }) => (
          <fieldset className="field" aria-describedby={rating.describedBy}>
            <legend className="field__label">{`How was your session with ${hostName}?`}</legend>
            <div className={styles.stars}>
              {[1, 2, 3, 4, 5].map((value, index) => (
                <label key={value} className={styles.star} data-on={(field.value ?? 0) >= value ? "" : undefined}>
                  <input
                    type="radio"
                    name={field.name}
                    value={value}
                    checked={field.value === value}
                    onChange={() => field.onChange(value)}
                    onBlur={field.onBlur}
                    ref={index === 0 ? field.ref : undefined}
                    aria-invalid={errors.rating ? true : undefined}
                  />
                  <StarIcon filled={(field.value ?? 0) >= value} className={styles.starIcon} />
                  <span className="visually-hidden">{`${value} ${value === 1 ? "star" : "stars"}: ${RATING_WORDS[value]}`}</span>
                </label>
              ))}
              <span className={styles.ratingWord} aria-hidden="true">
                {RATING_WORDS[field.value ?? 0] ?? ""}
              </span>
            </div>
            <FieldError id={rating.error} message={errors.rating ? "Choose a rating from 1 to 5 stars." : undefined} />
          </fieldset>
        )}
      />
      <div className="field">
        <label className="field__label" htmlFor={comment.input}>
          Comment (optional)
        </label>
        <textarea id={comment.input} className={`input ${styles.textarea}`} rows={3} aria-describedby={comment.describedBy} {...register("comment")} />
        <p id={comment.hint} className="field__hint">
          {`${hostName} sees your rating and comment.`}
        </p>
        <FieldError id={comment.error} message={errors.comment?.message} />
      </div>
      <SubmitButton pending={mutation.pending} pendingLabel="Sending…">
        Send feedback
      </SubmitButton>
    </form>
  );
}
