"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { updateNotificationsAction } from "@/app/settings/actions";
import { Alert } from "@/components/form";
import { toProblem } from "@/components/host/action-result";
import { applyProblem } from "@/components/host/problem-fields";
import { useAction } from "@/components/host/use-action";
import ui from "@/components/host/ui.module.css";
import { notificationPreferencesSchema, type NotificationPreferences } from "@/lib/server/notifications/schemas";

const FIELDS = ["emailReminders"] as const;

export function NotificationsForm({ initial }: { initial: NotificationPreferences }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, setError, reset, formState } = useForm<NotificationPreferences>({ resolver: zodResolver(notificationPreferencesSchema), defaultValues: initial });
  const { isDirty, isSubmitting } = formState;
  const save = useAction(updateNotificationsAction);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    try {
      reset(await save.mutateAsync(values));
      setSaved(true);
    } catch (error) {
      setFormError(applyProblem(toProblem(error), setError, FIELDS));
    }
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label="Notification preferences">
      {formError ? (
        <Alert tone="error" live>
          <p>{formError}</p>
        </Alert>
      ) : null}
      <label className={ui.checkRow}>
        <input type="checkbox" {...register("emailReminders")} />
        <span>
          Session reminders
          <small>An email 24 hours and 1 hour before each confirmed session, with the time in your zone and the meeting link.</small>
        </span>
      </label>
      <div className={ui.formFooter}>
        <p aria-live="polite">{saved && !isDirty ? <span className={ui.status}>Preferences saved.</span> : isDirty ? "You have unsaved changes." : ""}</p>
        <button type="submit" className="btn btn--primary" disabled={isSubmitting} aria-busy={isSubmitting}>
          {isSubmitting ? <span className="spinner" aria-hidden="true" /> : null}
          Save preferences
        </button>
      </div>
    </form>
  );
}
