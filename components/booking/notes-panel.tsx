"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { addNoteSchema, type AddNoteInput } from "@/lib/server/bookings/schemas";
import { Alert, FieldError, useFieldIds } from "../form";
import { applyProblemToForm } from "./api";
import { useBookingMutation } from "./use-booking-mutation";
import styles from "./booking-manage.module.css";

type NoteValues = z.input<typeof addNoteSchema>;

/** Add a note to a booking; private notes are visible to their author only. */
export function AddNoteForm({ bookingId }: { bookingId: string }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const mutation = useBookingMutation<AddNoteInput>(`/api/v1/bookings/${bookingId}/notes`);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<NoteValues, unknown, AddNoteInput>({
    resolver: zodResolver(addNoteSchema),
    defaultValues: { content: "", isPrivate: false },
  });
  const content = useFieldIds("note", { error: !!errors.content });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    try {
      await mutation.mutateAsync(values);
      reset({ content: "", isPrivate: values.isPrivate });
      setSaved(true);
    } catch (error) {
      const unplaced = applyProblemToForm<NoteValues>(error, ["content", "isPrivate"], setError);
      if (unplaced.length) setFormError(unplaced.join(" "));
    }
  });

  return (
    <form className={`form ${styles.noteForm}`} onSubmit={onSubmit} noValidate aria-label="Add a note">
      {formError ? (
        <Alert tone="error" live>
          <p>{formError}</p>
        </Alert>
      ) : null}
      <div className="field">
        <label className="field__label" htmlFor={content.input}>
          Add a note
        </label>
        <textarea
          id={content.input}
          className={`input ${styles.textarea}`}
          rows={3}
          aria-invalid={errors.content ? true : undefined}
          aria-describedby={content.describedBy}
          {...register("content", { onChange: () => setSaved(false) })}
        />
        <FieldError id={content.error} message={errors.content?.message} />
      </div>
      <div className={styles.noteActions}>
        <label className={styles.check}>
          <input type="checkbox" {...register("isPrivate")} />
          <span>Private: only I can see it</span>
        </label>
        <button type="submit" className="btn" disabled={mutation.pending} aria-busy={mutation.pending}>
          {mutation.pending ? <span className="spinner" aria-hidden="true" /> : null}
          Save note
        </button>
      </div>
      <p className={styles.saved} role="status">
        {saved ? "Note saved." : ""}
      </p>
    </form>
  );
}
