"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { z } from "zod";
import { saveHostSettings } from "@/app/availability/actions";
import { Alert, FieldError, useFieldIds } from "@/components/form";
import { TimeZoneSelect } from "@/components/time-zone-select";
import { toProblem } from "../action-result";
import { durationLabel } from "../format";
import { applyProblem } from "../problem-fields";
import { useAction } from "../use-action";
import ui from "../ui.module.css";
import styles from "./availability.module.css";

const whole = (min: number, max: number, what: string) =>
  z.number({ error: `Enter ${what}.` }).int(`Use whole ${what}.`).min(min, `At least ${min}.`).max(max, `At most ${max}.`);
const limit = z.number({ error: "Enter a number or leave it empty." }).int("Use a whole number.").min(1, "At least 1, or leave it empty.").max(1000, "At most 1000.").nullable();

export const bookingRulesSchema = z.object({
  timeZone: z.string().min(1, "Choose a time zone."),
  slotIntervalMinutes: whole(5, 60, "minutes"),
  durationsMinutes: z.array(z.number().int()).min(1, "Offer at least one session length.").max(12, "At most 12 session lengths."),
  bufferBeforeMinutes: whole(0, 240, "minutes"),
  bufferAfterMinutes: whole(0, 240, "minutes"),
  minNoticeMinutes: whole(0, 525_600, "minutes"),
  horizonDays: whole(1, 730, "days"),
  minCancelNoticeHours: whole(0, 8760, "hours"),
  requiresConfirmation: z.boolean(),
  active: z.boolean(),
  dailyBookingLimit: limit,
  weeklyBookingLimit: limit,
});
export type BookingRules = z.infer<typeof bookingRulesSchema>;
const FIELDS = Object.keys(bookingRulesSchema.shape) as (keyof BookingRules)[];

const INTERVALS = [5, 10, 15, 20, 30, 60];
const DURATIONS = [15, 20, 30, 45, 60, 75, 90, 120];
const BUFFERS = [0, 5, 10, 15, 20, 30, 45, 60, 90, 120];
const NOTICE = [0, 15, 30, 60, 120, 240, 480, 720, 1440, 2880, 4320, 10080];
const CANCEL = [0, 1, 2, 4, 6, 12, 24, 48, 72, 168];

function noticeLabel(minutes: number): string {
  if (minutes === 0) return "No notice";
  if (minutes % 1440 === 0) return minutes === 1440 ? "1 day" : minutes === 10080 ? "1 week" : `${minutes / 1440} days`;
  return durationLabel(minutes);
}
const hoursLabel = (h: number) => (h === 0 ? "Any time" : h === 168 ? "1 week" : h % 24 === 0 ? `${h / 24} ${h === 24 ? "day" : "days"}` : `${h} ${h === 1 ? "hour" : "hours"}`);
const withValue = (list: number[], value: number) => (list.includes(value) ? list : [...list, value].sort((a, b) => a - b));

function NumberSelect({ id, value, onChange, options, label, describedBy, invalid }: { id: string; value: number; onChange: (v: number) => void; options: number[]; label: (v: number) => string; describedBy?: string | undefined; invalid?: boolean }) {
  return (
    <select id={id} className="select" value={value} onChange={(e) => onChange(Number(e.target.value))} aria-describedby={describedBy} aria-invalid={invalid || undefined}>
      {withValue(options, value).map((v) => (
        <option key={v} value={v}>
          {label(v)}
        </option>
      ))}
    </select>
  );
}

export function BookingRulesForm({ initial }: { initial: BookingRules }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { control, register, handleSubmit, setError, reset, formState } = useForm<BookingRules>({
    resolver: zodResolver(bookingRulesSchema),
    defaultValues: initial,
  });
  const { errors, isDirty } = formState;
  const save = useAction(saveHostSettings);

  const ids = {
    timeZone: useFieldIds("timeZone", { hint: true, error: !!errors.timeZone }),
    interval: useFieldIds("interval", { hint: true, error: !!errors.slotIntervalMinutes }),
    durations: useFieldIds("durations", { error: !!errors.durationsMinutes }),
    before: useFieldIds("before", { error: !!errors.bufferBeforeMinutes }),
    after: useFieldIds("after", { error: !!errors.bufferAfterMinutes }),
    notice: useFieldIds("notice", { hint: true, error: !!errors.minNoticeMinutes }),
    horizon: useFieldIds("horizon", { hint: true, error: !!errors.horizonDays }),
    cancel: useFieldIds("cancel", { hint: true, error: !!errors.minCancelNoticeHours }),
    daily: useFieldIds("daily", { hint: true, error: !!errors.dailyBookingLimit }),
    weekly: useFieldIds("weekly", { error: !!errors.weeklyBookingLimit }),
  };

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    try {
      const result = await save.mutateAsync(values);
      reset({ ...values, timeZone: result.timeZone, durationsMinutes: result.durationsMinutes as number[] });
      setSaved(true);
    } catch (error) {
      setFormError(applyProblem(toProblem(error), setError, FIELDS));
    }
  });

  const optionalNumber = { setValueAs: (v: string) => (v === "" || v === null ? null : Number(v)) };

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label="Booking rules">
      {formError ? (
        <Alert tone="error" live>
          <p>{formError}</p>
        </Alert>
      ) : null}

      <div className={ui.grid2}>
        <Controller
          control={control}
          name="timeZone"
          render={({ field }) => (
            <div className="field">
              <label className="field__label" htmlFor={ids.timeZone.input}>
                Time zone
              </label>
              <TimeZoneSelect id={ids.timeZone.input} name={field.name} ref={field.ref} value={field.value} onChange={field.onChange} onBlur={field.onBlur} aria-invalid={errors.timeZone ? true : undefined} aria-describedby={ids.timeZone.describedBy} />
              <p id={ids.timeZone.hint} className="field__hint">
                Your weekly hours are read in this zone. Clients see them in theirs.
              </p>
              <FieldError id={ids.timeZone.error} message={errors.timeZone?.message} />
            </div>
          )}
        />
        <Controller
          control={control}
          name="slotIntervalMinutes"
          render={({ field }) => (
            <div className="field">
              <label className="field__label" htmlFor={ids.interval.input}>
                Start times every
              </label>
              <NumberSelect id={ids.interval.input} value={field.value} onChange={field.onChange} options={INTERVALS} label={(v) => `${v} minutes`} describedBy={ids.interval.describedBy} invalid={!!errors.slotIntervalMinutes} />
              <p id={ids.interval.hint} className="field__hint">
                Sessions can start on the hour and every interval after it.
              </p>
              <FieldError id={ids.interval.error} message={errors.slotIntervalMinutes?.message} />
            </div>
          )}
        />
      </div>

      <Controller
        control={control}
        name="durationsMinutes"
        render={({ field }) => {
          const value = field.value ?? [];
          return (
            <fieldset className="field" aria-describedby={ids.durations.describedBy}>
              <legend className="field__label">Session lengths clients can book</legend>
              <div className={styles.chips} aria-invalid={errors.durationsMinutes ? true : undefined}>
                {[...new Set([...DURATIONS, ...value])]
                  .sort((a, b) => a - b)
                  .map((d, index) => (
                    <label key={d} className={styles.chip}>
                      <input
                        type="checkbox"
                        checked={value.includes(d)}
                        ref={index === 0 ? field.ref : undefined}
                        onChange={(e) => field.onChange(e.target.checked ? [...value, d].sort((a, b) => a - b) : value.filter((v) => v !== d))}
                      />
                      <span>{durationLabel(d)}</span>
                    </label>
                  ))}
              </div>
              <FieldError id={ids.durations.error} message={errors.durationsMinutes?.message} />
            </fieldset>
          );
        }}
      />

      <div className={ui.grid3}>
        <Controller
          control={control}
          name="bufferBeforeMinutes"
          render={({ field }) => (
            <div className="field">
              <label className="field__label" htmlFor={ids.before.input}>
                Buffer before
              </label>
              <NumberSelect id={ids.before.input} value={field.value} onChange={field.onChange} options={BUFFERS} label={(v) => (v ? durationLabel(v) : "None")} describedBy={ids.before.describedBy} invalid={!!errors.bufferBeforeMinutes} />
              <FieldError id={ids.before.error} message={errors.bufferBeforeMinutes?.message} />
            </div>
          )}
        />
        <Controller
          control={control}
          name="bufferAfterMinutes"
          render={({ field }) => (
            <div className="field">
              <label className="field__label" htmlFor={ids.after.input}>
                Buffer after
              </label>
              <NumberSelect id={ids.after.input} value={field.value} onChange={field.onChange} options={BUFFERS} label={(v) => (v ? durationLabel(v) : "None")} describedBy={ids.after.describedBy} invalid={!!errors.bufferAfterMinutes} />
              <FieldError id={ids.after.error} message={errors.bufferAfterMinutes?.message} />
            </div>
          )}
        />
        <Controller
          control={control}
          name="minNoticeMinutes"
          render={({ field }) => (
            <div className="field">
              <label className="field__label" htmlFor={ids.notice.input}>
                Minimum notice
              </label>
              <NumberSelect id={ids.notice.input} value={field.value} onChange={field.onChange} options={NOTICE} label={noticeLabel} describedBy={ids.notice.describedBy} invalid={!!errors.minNoticeMinutes} />
              <p id={ids.notice.hint} className="field__hint">
                How soon before a session it can be booked.
              </p>
              <FieldError id={ids.notice.error} message={errors.minNoticeMinutes?.message} />
            </div>
          )}
        />
        <div className="field">
          <label className="field__label" htmlFor={ids.horizon.input}>
            Booking horizon (days)
          </label>
          <input id={ids.horizon.input} className="input" type="number" inputMode="numeric" min={1} max={730} aria-invalid={errors.horizonDays ? true : undefined} aria-describedby={ids.horizon.describedBy} defaultValue={initial.horizonDays} {...register("horizonDays", { valueAsNumber: true })} />
          <p id={ids.horizon.hint} className="field__hint">
            How far ahead clients can book.
          </p>
          <FieldError id={ids.horizon.error} message={errors.horizonDays?.message} />
        </div>
        <Controller
          control={control}
          name="minCancelNoticeHours"
          render={({ field }) => (
            <div className="field">
              <label className="field__label" htmlFor={ids.cancel.input}>
                Clients can cancel up to
              </label>
              <NumberSelect id={ids.cancel.input} value={field.value} onChange={field.onChange} options={CANCEL} label={(h) => (h === 0 ? "Until the start" : `${hoursLabel(h)} before`)} describedBy={ids.cancel.describedBy} invalid={!!errors.minCancelNoticeHours} />
              <p id={ids.cancel.hint} className="field__hint">
                Later than this, only you can cancel.
              </p>
              <FieldError id={ids.cancel.error} message={errors.minCancelNoticeHours?.message} />
            </div>
          )}
        />
        <div className="field">
          <label className="field__label" htmlFor={ids.daily.input}>
            Most sessions a day
          </label>
          <input id={ids.daily.input} className="input" type="number" inputMode="numeric" min={1} max={1000} placeholder="No limit" aria-invalid={errors.dailyBookingLimit ? true : undefined} aria-describedby={ids.daily.describedBy} defaultValue={initial.dailyBookingLimit ?? ""} {...register("dailyBookingLimit", optionalNumber)} />
          <p id={ids.daily.hint} className="field__hint">
            Empty for no limit.
          </p>
          <FieldError id={ids.daily.error} message={errors.dailyBookingLimit?.message} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.weekly.input}>
            Most sessions a week
          </label>
          <input id={ids.weekly.input} className="input" type="number" inputMode="numeric" min={1} max={1000} placeholder="No limit" aria-invalid={errors.weeklyBookingLimit ? true : undefined} aria-describedby={ids.weekly.describedBy} defaultValue={initial.weeklyBookingLimit ?? ""} {...register("weeklyBookingLimit", optionalNumber)} />
          <FieldError id={ids.weekly.error} message={errors.weeklyBookingLimit?.message} />
        </div>
      </div>

      <div className={ui.grid2}>
        <label className={ui.checkRow}>
          <input type="checkbox" defaultChecked={initial.requiresConfirmation} {...register("requiresConfirmation")} />
          <span>
            Review each request
            <small>Requests wait for you to confirm them. Unchecked, bookings are confirmed at once.</small>
          </span>
        </label>
        <label className={ui.checkRow}>
          <input type="checkbox" defaultChecked={initial.active} {...register("active")} />
          <span>
            Accepting new bookings
            <small>Uncheck to pause: your page stays up, but no new times are offered.</small>
          </span>
        </label>
      </div>

      <div className={ui.formFooter}>
        <p aria-live="polite">{save.isPending ? "Saving…" : saved && !isDirty ? <span className={ui.status}>Booking rules saved.</span> : isDirty ? "You have unsaved changes." : ""}</p>
        <button type="submit" className="btn btn--primary" disabled={save.isPending} aria-busy={save.isPending}>
          {save.isPending ? <span className="spinner" aria-hidden="true" /> : null}
          Save booking rules
        </button>
      </div>
    </form>
  );
}
