"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { z } from "zod";
import { updateProfileAction } from "@/app/settings/actions";
import { Alert, FieldError, useFieldIds } from "@/components/form";
import { toProblem } from "@/components/host/action-result";
import { applyProblem } from "@/components/host/problem-fields";
import { useAction } from "@/components/host/use-action";
import ui from "@/components/host/ui.module.css";
import { TimeZoneSelect } from "@/components/time-zone-select";

const schema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(120, "At most 120 characters."),
  avatarUrl: z.union([z.literal(""), z.url({ protocol: /^https$/, message: "Use an https:// image URL, or leave it empty." }).max(2000)]),
  timeZone: z.string().min(1, "Choose a time zone."),
});
type Values = z.infer<typeof schema>;
const FIELDS = ["name", "avatarUrl", "timeZone"] as const;

export function ProfileForm({ initial, isHost }: { initial: Values; isHost: boolean }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [d] = useState(initial);
  const { register, control, handleSubmit, setError, reset, formState } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: d });
  const { errors, isDirty, isSubmitting } = formState;
  const save = useAction(updateProfileAction);
  const name = useFieldIds("name", { error: !!errors.name });
  const avatar = useFieldIds("avatar", { hint: true, error: !!errors.avatarUrl });
  const zone = useFieldIds("zone", { hint: true, error: !!errors.timeZone });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    try {
      const user = await save.mutateAsync(values);
      reset({ name: user.name, avatarUrl: user.avatarUrl ?? "", timeZone: user.timeZone });
      setSaved(true);
    } catch (error) {
      setFormError(applyProblem(toProblem(error), setError, FIELDS));
    }
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label="Profile">
      {formError ? (
        <Alert tone="error" live>
          <p>{formError}</p>
        </Alert>
      ) : null}
      <div className={ui.grid2}>
        <div className="field">
          <label className="field__label" htmlFor={name.input}>
            Name
          </label>
          <input id={name.input} className="input" autoComplete="name" defaultValue={d.name} aria-invalid={errors.name ? true : undefined} aria-describedby={name.describedBy} {...register("name")} />
          <FieldError id={name.error} message={errors.name?.message} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={avatar.input}>
            Avatar URL <span className="muted">(optional)</span>
          </label>
          <input id={avatar.input} className="input" type="url" inputMode="url" placeholder="https://…" defaultValue={d.avatarUrl} aria-invalid={errors.avatarUrl ? true : undefined} aria-describedby={avatar.describedBy} {...register("avatarUrl")} />
          <p id={avatar.hint} className="field__hint">
            An https:// link to a square picture. Until then, your initials are shown.
          </p>
          <FieldError id={avatar.error} message={errors.avatarUrl?.message} />
        </div>
      </div>
      <Controller
        control={control}
        name="timeZone"
        render={({ field }) => (
          <div className="field">
            <label className="field__label" htmlFor={zone.input}>
              Time zone
            </label>
            <TimeZoneSelect id={zone.input} name={field.name} ref={field.ref} value={field.value} onChange={field.onChange} onBlur={field.onBlur} aria-invalid={errors.timeZone ? true : undefined} aria-describedby={zone.describedBy} />
            <p id={zone.hint} className="field__hint">
              {isHost ? "Every time is shown in this zone, and your weekly hours are read in it." : "Every time is shown in this zone."}
            </p>
            <FieldError id={zone.error} message={errors.timeZone?.message} />
          </div>
        )}
      />
      <div className={ui.formFooter}>
        <p aria-live="polite">{saved && !isDirty ? <span className={ui.status}>Profile saved.</span> : isDirty ? "You have unsaved changes." : ""}</p>
        <button type="submit" className="btn btn--primary" disabled={isSubmitting} aria-busy={isSubmitting}>
          {isSubmitting ? <span className="spinner" aria-hidden="true" /> : null}
          Save profile
        </button>
      </div>
    </form>
  );
}
