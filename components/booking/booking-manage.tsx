"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import {
  cancelBookingSchema,
  declineBookingSchema,
  rescheduleBookingSchema,
  type CancelBookingInput,
  type RescheduleBookingInput,
} from "@/lib/server/bookings/schemas";
import { Alert, FieldError, useFieldIds } from "../form";
import { dateInZone, formatDuration, formatRange, monthOf, todayIn, addDays, type Slot } from "../calendar/dates";
import { SlotPicker } from "../calendar/slot-picker";
import { hostSlotsKey } from "../calendar/use-slots";
import { useViewerZone } from "../calendar/use-viewer-zone";
import { ApiProblem, applyProblemToForm, isSlotGone, slotGoneMessage } from "./api";
import { useBookingMutation } from "./use-booking-mutation";
import styles from "./booking-manage.module.css";

type CancelValues = z.input<typeof cancelBookingSchema>;
type RescheduleValues = z.input<typeof rescheduleBookingSchema>;

function Spinner() {
  return <span className="spinner" aria-hidden="true" />;
}

/** Cancel (or withdraw, or decline) with an optional reason; the policy is shown before the click. */
export function CancelPanel({
  bookingId,
  hostId,
  policy,
  action = "cancel",
  openLabel,
  confirmLabel,
  reasonLabel = "Reason (optional)",
  reasonHint,
}: {
  bookingId: string;
  hostId: string;
  policy?: string | undefined;
  action?: "cancel" | "decline";
  openLabel: string;
  confirmLabel: string;
  reasonLabel?: string;
  reasonHint?: string;
}) {
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const panelId = useId();
  const openButton = useRef<HTMLButtonElement>(null);
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const mutation = useBookingMutation<CancelBookingInput>(`/api/v1/bookings/${bookingId}/${action}`, { hostId });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<CancelValues, unknown, CancelBookingInput>({
    resolver: zodResolver(action === "decline" ? declineBookingSchema : cancelBookingSchema),
    defaultValues: { reason: "" },
  });
  const reason = useFieldIds(`${action}-reason`, { hint: Boolean(reasonHint), error: !!errors.reason });
  const { ref: reasonRef, ...reasonField } = register("reason");

  useEffect(() => {
    if (open) textarea.current?.focus();
  }, [open]);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await mutation.mutateAsync(values.reason ? values : {});
    } catch (error) {
      const unplaced = applyProblemToForm<CancelValues>(error, ["reason"], setError);
      if (unplaced.length) setFormError(unplaced.join(" "));
    }
  });

  return (
    <div className={styles.panelWrap}>
      {policy ? <p className={styles.policy}>{policy}</p> : null}
      {!open ? (
        <button
          ref={openButton}
          type="button"
          className={`btn ${styles.danger}`}
          aria-expanded={false}
          aria-controls={panelId}
          onClick={() => setOpen(true)}
        >
          {openLabel}
        </button>
      ) : (
        <form id={panelId} className={`form ${styles.panel}`} onSubmit={onSubmit} noValidate aria-label={openLabel}>
          {formError ? (
            <Alert tone="error" live>
              <p>{formError}</p>
            </Alert>
          ) : null}
          <div className="field">
            <label className="field__label" htmlFor={reason.input}>
              {reasonLabel}
            </label>
            <textarea
              id={reason.input}
              className={`input ${styles.textarea}`}
              rows={3}
              aria-invalid={errors.reason ? true : undefined}
              aria-describedby={reason.describedBy}
              {...reasonField}
              ref={(el) => {
                reasonRef(el);
                textarea.current = el;
              }}
            />
            {reasonHint ? (
              <p id={reason.hint} className="field__hint">
                {reasonHint}
              </p>
            ) : null}
            <FieldError id={reason.error} message={errors.reason?.message} />
          </div>
          <div className={styles.row}>
            <button type="submit" className={`btn ${styles.dangerSolid}`} disabled={mutation.pending} aria-busy={mutation.pending}>
              {mutation.pending ? <Spinner /> : null}
              {confirmLabel}
            </button>
            <button
              type="button"
              className="btn btn--ghost"
              disabled={mutation.pending}
              onClick={() => {
                setOpen(false);
                requestAnimationFrame(() => openButton.current?.focus());
              }}
            >
              {action === "decline" ? "Back" : "Keep booking"}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

export interface RescheduleBooking {
  id: string;
  hostId: string;
  hostName: string;
  start: string;
  end: string;
  durationMinutes: number;
  serviceId: string | null;
}

/** Pick a new time with the host's calendar (same durations, only valid slots), then confirm. */
export function ReschedulePanel({
  booking,
  initialZone,
  horizonDays,
  note,
}: {
  booking: RescheduleBooking;
  initialZone: string;
  horizonDays: number;
  note?: string | undefined;
}) {
  const queryClient = useQueryClient();
  const { zone, setZone, ready } = useViewerZone(initialZone);
  const [open, setOpen] = useState(false);
  const [selected, setSelected] = useState<Slot | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const panelId = useId();
  const openButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const mutation = useBookingMutation<Omit<RescheduleBookingInput, "start"> & { start: string }>(`/api/v1/bookings/${booking.id}/reschedule`, {
    hostId: booking.hostId,
  });
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    reset,
    formState: { errors },
  } = useForm<RescheduleValues, unknown, RescheduleBookingInput>({
    resolver: zodResolver(rescheduleBookingSchema),
    defaultValues: { start: booking.start, duration: booking.durationMinutes, reason: "" },
  });
  const reason = useFieldIds("reschedule-reason", { error: !!errors.reason });

  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);

  const today = todayIn(zone);
  const currentDate = dateInZone(booking.start, zone);
  const initialMonth = currentDate >= today ? monthOf(currentDate) : monthOf(today);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await mutation.mutateAsync({ start: values.start.toISOString(), duration: booking.durationMinutes, ...(values.reason ? { reason: values.reason } : {}) });
      setOpen(false);
      setSelected(null);
      reset({ start: booking.start, duration: booking.durationMinutes, reason: "" });
    } catch (error) {
      if (isSlotGone(error)) {
        setNotice(slotGoneMessage(error));
        setSelected(null);
        void queryClient.invalidateQueries({ queryKey: hostSlotsKey(booking.hostId) });
        return;
      }
      const unplaced = applyProblemToForm<RescheduleValues>(error, ["reason"], setError);
      if (unplaced.length) setFormError(error instanceof ApiProblem ? error.message : unplaced.join(" "));
    }
  });

  if (!open) {
    return (
      <button ref={openButton} type="button" className="btn" aria-expanded={false} aria-controls={panelId} onClick={() => setOpen(true)}>
        Reschedule
      </button>
    );
  }

  return (
    <section id={panelId} className={styles.reschedule} aria-labelledby={`${panelId}-title`}>
      <div className={styles.rescheduleHead}>
        <h3 id={`${panelId}-title`} ref={heading} tabIndex={-1} className={styles.rescheduleTitle}>
          Pick a new time
        </h3>
        <button
          type="button"
          className="btn btn--ghost btn--sm"
          onClick={() => {
            setOpen(false);
            setSelected(null);
            setNotice(null);
            requestAnimationFrame(() => openButton.current?.focus());
          }}
        >
          Close
        </button>
      </div>
      <p className={styles.policy}>
        {`Now: ${formatRange(booking.start, booking.end, zone, { year: false })}. Free times with ${booking.hostName} for ${formatDuration(booking.durationMinutes)}.`}
        {note ? ` ${note}` : ""}
      </p>
      <SlotPicker
        hostId={booking.hostId}
        zone={zone}
        onZoneChange={setZone}
        zoneReady={ready}
        serviceId={booking.serviceId}
        duration={booking.serviceId ? null : booking.durationMinutes}
        initialMonth={initialMonth}
        selectedStart={selected?.start ?? null}
        onSelect={(slot) => {
          setNotice(null);
          setFormError(null);
          setSelected({ ...slot, end: new Date(Date.parse(slot.start) + booking.durationMinutes * 60_000).toISOString() });
          setValue("start", slot.start);
          requestAnimationFrame(() => confirmRef.current?.scrollIntoView({ block: "nearest" }));
        }}
        lastDate={addDays(today, horizonDays)}
        horizonDays={horizonDays}
        calendarLabel="Choose a new day"
        notice={
          notice ? (
            <Alert tone="warning" live>
              <p>{notice}</p>
            </Alert>
          ) : null
        }
      />
      <div ref={confirmRef}>
        {selected ? (
          <form className={`form ${styles.panel}`} onSubmit={onSubmit} noValidate aria-label="Confirm the new time">
            <p className={styles.newTime} aria-live="polite">
              <span className={styles.newTimeLabel}>New time</span>
              {formatRange(selected.start, selected.end, zone)}
            </p>
            {formError ? (
              <Alert tone="error" live>
                <p>{formError}</p>
              </Alert>
            ) : null}
            <div className="field">
              <label className="field__label" htmlFor={reason.input}>
                Message to {booking.hostName} (optional)
              </label>
              <input
                id={reason.input}
                className="input"
                aria-invalid={errors.reason ? true : undefined}
                aria-describedby={reason.describedBy}
                {...register("reason")}
              />
              <FieldError id={reason.error} message={errors.reason?.message} />
            </div>
            <div className={styles.row}>
              <button type="submit" className="btn btn--primary" disabled={mutation.pending} aria-busy={mutation.pending}>
                {mutation.pending ? <Spinner /> : null}
                Confirm new time
              </button>
            </div>
          </form>
        ) : (
          <p className={styles.hint}>Choose a day, then a time.</p>
        )}
      </div>
    </section>
  );
}

const HOST_ACTION_LABELS: Record<string, { label: string; pending: string; primary?: boolean }> = {
  confirm: { label: "Confirm booking", pending: "Confirming…", primary: true },
  start: { label: "Start session", pending: "Starting…", primary: true },
  complete: { label: "Mark as completed", pending: "Saving…", primary: true },
  no_show: { label: "Mark as no-show", pending: "Saving…" },
};

/** The host's status buttons (confirm, start, complete, no-show), as the server allows them. */
export function HostActions({ bookingId, hostId, actions }: { bookingId: string; hostId: string; actions: string[] }) {
  const [error, setError] = useState<string | null>(null);
  const confirm = useBookingMutation<Record<string, never>>(`/api/v1/bookings/${bookingId}/confirm`, { hostId });
  const start = useBookingMutation<Record<string, never>>(`/api/v1/bookings/${bookingId}/start`, { hostId });
  const complete = useBookingMutation<Record<string, never>>(`/api/v1/bookings/${bookingId}/complete`, { hostId });
  const noShow = useBookingMutation<Record<string, never>>(`/api/v1/bookings/${bookingId}/no-show`, { hostId });
  const byAction: Record<string, typeof confirm> = { confirm, start, complete, no_show: noShow };
  const visible = actions.filter((a) => a in HOST_ACTION_LABELS);
  const anyPending = Object.values(byAction).some((m) => m.pending);
  if (visible.length === 0) return null;

  return (
    <div className={styles.hostActions}>
      {error ? (
        <Alert tone="error" live>
          <p>{error}</p>
        </Alert>
      ) : null}
      <div className={styles.row}>
        {visible.map((action) => {
          const meta = HOST_ACTION_LABELS[action]!;
          const mutation = byAction[action]!;
          const busy = mutation.pending;
          return (
            <button
              key={action}
              type="button"
              className={meta.primary ? "btn btn--primary" : "btn"}
              disabled={anyPending}
              aria-busy={busy}
              onClick={async () => {
                setError(null);
                try {
                  await mutation.mutateAsync({});
                } catch (e) {
                  setError(e instanceof ApiProblem ? e.message : "Something went wrong. Please try again.");
                }
              }}
            >
              {busy ? <Spinner /> : null}
              {busy ? meta.pending : meta.label}
            </button>
          );
        })}
      </div>
    </div>
  );
}
