"use client";

import { useQueryClient } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { Alert } from "../form";
import { addDays, dateInZone, formatDuration, formatRange, monthOf, todayIn, type Slot } from "../calendar/dates";
import { DurationPicker } from "../calendar/duration-picker";
import { ArrowLeftIcon, CalendarIcon, ClockIcon, SessionTypeIcon, UsersIcon } from "../calendar/icons";
import { SlotPicker } from "../calendar/slot-picker";
import { hostSlotsKey, type SlotsPage } from "../calendar/use-slots";
import { useViewerZone } from "../calendar/use-viewer-zone";
import { sessionTypeLabel } from "./format";
import styles from "./booking-widget.module.css";

export interface WidgetHost {
  id: string;
  name: string;
  durations: number[];
  horizonDays: number;
  requiresConfirmation: boolean;
  active: boolean;
}

export interface WidgetService {
  id: string;
  name: string;
  kind: "individual" | "group";
  description: string;
  durationMinutes: number;
  /** Formatted on the server ("$40", "Free"): the widget's hydration builds no Intl.NumberFormat. */
  priceLabel: string;
  sessionType: string;
  capacity: number | null;
}

export interface WidgetInitial {
  serviceId?: string | undefined;
  duration?: number | undefined;
  /** "YYYY-MM" to open on (the server found the first month with free slots). */
  month?: string | undefined;
  date?: string | undefined;
  start?: string | undefined;
}

export interface BookingWidgetProps {
  host: WidgetHost;
  services: WidgetService[];
  viewer: { signedIn: boolean; isSelf: boolean };
  initialZone: string;
  /** The server's zone came from the viewer's own cookie (not a guess): show times before detection. */
  zoneKnown?: boolean;
  initial: WidgetInitial;
  initialSlots?: { month: string; zone: string; serviceId: string | null; duration: number | null; page: SlotsPage } | undefined;
}

// The details form (react-hook-form, zod and the shared schemas) is only needed
// once a time is picked: loading it then keeps the page's first load light.
const BookingForm = dynamic(() => import("./booking-form").then((m) => m.BookingForm), {
  loading: () => (
    <p className={styles.formLoading} role="status">
      <span className="spinner" aria-hidden="true" /> Loading the booking form…
    </p>
  ),
});

/** Choose a session, a day and a time, then the details: the host page's booking flow. */
export function BookingWidget({ host, services, viewer, initialZone, zoneKnown = false, initial, initialSlots }: BookingWidgetProps) {
  const queryClient = useQueryClient();
  const headingId = useId();
  const { zone, setZone, ready } = useViewerZone(initialZone);

  const [serviceId, setServiceId] = useState<string | null>(() => {
    if (initial.serviceId && services.some((s) => s.id === initial.serviceId)) return initial.serviceId;
    return services[0]?.id ?? null;
  });
  const service = services.find((s) => s.id === serviceId) ?? null;
  const [generalDuration, setGeneralDuration] = useState<number>(() =>
    initial.duration && host.durations.includes(initial.duration) ? initial.duration : (host.durations[0] ?? 60),
  );
  const duration = service ? service.durationMinutes : generalDuration;

  const [selected, setSelected] = useState<Slot | null>(() =>
    initial.start && !Number.isNaN(Date.parse(initial.start))
      ? { start: new Date(initial.start).toISOString(), end: new Date(Date.parse(initial.start) + duration * 60_000).toISOString(), durations: [duration] }
      : null,
  );
  const [step, setStep] = useState<"pick" | "details">(selected ? "details" : "pick");
  const [notice, setNotice] = useState<string | null>(null);
  const detailsHeading = useRef<HTMLHeadingElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const focusDetails = useRef(false);
  const [cameBack, setCameBack] = useState(false);

  useEffect(() => {
    if (step === "details" && focusDetails.current) {
      focusDetails.current = false;
      detailsHeading.current?.focus();
      detailsHeading.current?.scrollIntoView({ block: "nearest" });
    }
  }, [step]);

  const today = todayIn(zone);
  const lastDate = addDays(today, host.horizonDays);
  const initialDate = selected ? dateInZone(selected.start, zone) : (initial.date ?? null);
  const pickerSlots =
    initialSlots && initialSlots.serviceId === (service?.id ?? null) && (service || initialSlots.duration === duration) ? initialSlots : undefined;

  const selectionSearch = useMemo(() => {
    const search = new URLSearchParams();
    if (service) search.set("service", service.id);
    else search.set("duration", String(duration));
    if (selected) {
      search.set("date", dateInZone(selected.start, zone));
      search.set("start", selected.start);
    }
    return search.toString();
  }, [service, duration, selected, zone]);
  const returnPath = `/hosts/${host.id}?${selectionSearch}`;
  const signInPath = `/signin?callbackUrl=${encodeURIComponent(returnPath)}`;
  const signUpPath = `/signup?callbackUrl=${encodeURIComponent(returnPath)}`;

  const choose = (slot: Slot) => {
    setNotice(null);
    setSelected({ ...slot, end: new Date(Date.parse(slot.start) + duration * 60_000).toISOString() });
    focusDetails.current = true;
    setStep("details");
  };

  const onSlotGone = (message: string) => {
    setNotice(message);
    setSelected(null);
    setStep("pick");
    void queryClient.invalidateQueries({ queryKey: hostSlotsKey(host.id) });
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  if (!host.active) {
    return (
      <section className={`card ${styles.widget}`} aria-labelledby={headingId}>
        <h2 id={headingId}>Book a session</h2>
        <Alert tone="info">
          <p>{`${host.name} is not taking new bookings at the moment.`}</p>
        </Alert>
      </section>
    );
  }

  const summary = selected ? (
    <div className={styles.summary}>
      <p className={styles.summaryWhen}>
        <CalendarIcon className={styles.summaryIcon} />
        <span>{formatRange(selected.start, selected.end, zone, { year: true })}</span>
      </p>
      <p className={styles.summaryMeta}>
        <ClockIcon className={styles.summaryIcon} />
        <span>{`${formatDuration(duration)} · ${zone.replaceAll("_", " ")}`}</span>
      </p>
      <p className={styles.summaryMeta}>
        <SessionTypeIcon type={service?.sessionType ?? "video"} className={styles.summaryIcon} />
        <span>
          {service ? `${service.name} · ${sessionTypeLabel(service.sessionType)} · ${service.priceLabel}` : "Video call"}
        </span>
      </p>
    </div>
  ) : null;

  return (
    <section className={`card ${styles.widget}`} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        Book a session
      </h2>

      {step === "pick" ? (
        <div className={styles.steps}>
          {services.length > 0 ? (
            <fieldset className={styles.services}>
              <legend className={styles.stepLegend}>Session</legend>
              <div className={styles.serviceList}>
                {services.map((s) => (
                  <label key={s.id} className={styles.service}>
                    <input
                      type="radio"
                      name="service"
                      value={s.id}
                      checked={s.id === serviceId}
                      onChange={() => {
                        setServiceId(s.id);
                        setSelected(null);
                        setNotice(null);
                      }}
                    />
                    <span className={styles.serviceBody}>
                      <span className={styles.serviceHead}>
                        <span className={styles.serviceName}>{s.name}</span>
                        <span className={styles.servicePrice}>{s.priceLabel}</span>
                      </span>
                      <span className={styles.serviceMeta}>
                        <span className={styles.serviceType}>
                          {s.kind === "group" ? <UsersIcon className={styles.metaIcon} /> : <SessionTypeIcon type={s.sessionType} className={styles.metaIcon} />}
                          {s.kind === "group" ? `Group${s.capacity ? ` · up to ${s.capacity}` : ""}` : sessionTypeLabel(s.sessionType)}
                        </span>
                        <span aria-hidden="true">·</span>
                        <span>{formatDuration(s.durationMinutes)}</span>
                      </span>
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
          ) : null}

          <div className={styles.pickTime}>
            <h3 className={styles.stepLegend}>Pick a time</h3>
            <SlotPicker
              key={`${serviceId ?? "general"}`}
              hostId={host.id}
              zone={zone}
              onZoneChange={setZone}
              zoneReady={ready || zoneKnown}
              serviceId={service?.id ?? null}
              duration={service ? null : duration}
              initialMonth={initialDate ? monthOf(initialDate) : (initial.month ?? monthOf(today))}
              initialDate={initialDate}
              selectedStart={selected?.start ?? null}
              onSelect={choose}
              focusSelected={cameBack}
              lastDate={lastDate}
              horizonDays={host.horizonDays}
              initialSlots={pickerSlots ? { month: pickerSlots.month, zone: pickerSlots.zone, page: pickerSlots.page } : undefined}
              controls={
                service ? (
                  <DurationPicker durations={[service.durationMinutes]} value={service.durationMinutes} onChange={() => {}} note="(set by the session)" />
                ) : (
                  <DurationPicker
                    durations={host.durations}
                    value={generalDuration}
                    onChange={(minutes) => {
                      setGeneralDuration(minutes);
                      setSelected(null);
                      setNotice(null);
                    }}
                  />
                )
              }
              notice={
                notice ? (
                  <div ref={noticeRef} tabIndex={-1} className={styles.notice}>
                    <Alert tone="warning" live>
                      <p>{notice}</p>
                    </Alert>
                  </div>
                ) : null
              }
            />
          </div>
        </div>
      ) : selected ? (
        <div className={styles.details}>
          <button
            type="button"
            className={`btn btn--ghost btn--sm ${styles.back}`}
            onClick={() => {
              setCameBack(true);
              setStep("pick");
            }}
          >
            <ArrowLeftIcon className={styles.backIcon} />
            Change time
          </button>
          <h3 ref={detailsHeading} tabIndex={-1} className={styles.detailsHeading}>
            {service ? service.name : `Session with ${host.name}`}
          </h3>
          {summary}
          {host.requiresConfirmation ? (
            <p className={styles.confirmNote}>{`${host.name} confirms each request. You’ll get the meeting link as soon as they do.`}</p>
          ) : null}
          {viewer.isSelf ? (
            <Alert tone="info">
              <p>This is your own page: clients see it like this. You can’t book a session with yourself.</p>
            </Alert>
          ) : viewer.signedIn ? (
            <BookingForm
              key={`${selected.start}-${duration}-${serviceId ?? ""}`}
              request={{ hostId: host.id, start: selected.start, duration, serviceId: service?.id ?? null, timeZone: zone }}
              requiresConfirmation={host.requiresConfirmation}
              signInPath={signInPath}
              onSlotGone={onSlotGone}
              onBooked={() => void queryClient.invalidateQueries({ queryKey: hostSlotsKey(host.id) })}
            />
          ) : (
            <div className={styles.signIn}>
              <p>Sign in to book this time. We’ll bring you straight back here.</p>
              <div className={styles.signInActions}>
                <Link href={signInPath} className="btn btn--primary btn--lg">
                  Sign in to book
                </Link>
                <Link href={signUpPath} className="btn btn--lg">
                  Create an account
                </Link>
              </div>
            </div>
          )}
        </div>
      ) : null}
    </section>
  );
}
