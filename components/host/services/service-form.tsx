"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { z } from "zod";
import { createServiceAction, updateServiceAction } from "@/app/services/actions";
import { Alert, FieldError } from "@/components/form";
import { toProblem } from "../action-result";
import { parsePrice, priceText, SESSION_TYPE_LABELS } from "../format";
import { applyProblem } from "../problem-fields";
import { useAction } from "../use-action";
import ui from "../ui.module.css";
import { CURRENCIES, KINDS, type Kind, type ServiceRow } from "./types";
import styles from "./services.module.css";

const optionalInt = (what: string, min: number, max: number) =>
  z.union([z.literal(""), z.coerce.number({ error: `Enter ${what}.` }).int(`Use a whole number.`).min(min, `At least ${min}.`).max(max, `At most ${max}.`)]);

const formSchema = z
  .object({
    kind: z.enum(["individual", "group", "course", "package", "bundle"]),
    name: z.string().trim().min(1, "Name the service.").max(200, "At most 200 characters."),
    description: z.string().max(5000, "At most 5000 characters."),
    durationMinutes: z.coerce.number({ error: "Enter the length in minutes." }).int("Whole minutes.").min(5, "At least 5 minutes.").max(480, "At most 480 minutes (8 hours)."),
    price: z.string().refine((v) => parsePrice(v) !== null, "Enter a price such as 50 or 49.90 (0 for free)."),
    currency: z.string().regex(/^[A-Z]{3}$/, "Choose a currency."),
    sessionType: z.enum(["video", "audio", "chat", "email", "in_person"]),
    location: z.string().max(500, "At most 500 characters."),
    capacity: optionalInt("the number of seats", 1, 1000),
    bundleCredits: optionalInt("the number of credits", 1, 100),
    packageItems: z.array(z.object({ serviceId: z.string(), quantity: z.coerce.number().int().min(1, "At least 1.").max(50, "At most 50.") })),
    active: z.boolean(),
    // Editing keeps the kind and the package contents (the API changes neither).
    editing: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if ((v.kind === "group" || v.kind === "course") && v.capacity === "") ctx.addIssue({ code: "custom", path: ["capacity"], message: "Group sessions and courses need a number of seats." });
    if (v.kind === "bundle" && v.bundleCredits === "") ctx.addIssue({ code: "custom", path: ["bundleCredits"], message: "Say how many session credits the bundle holds." });
    if (v.kind === "package" && !v.editing && v.packageItems.length === 0) ctx.addIssue({ code: "custom", path: ["packageItems"], message: "Choose at least one service for the package." });
  });
type FormInput = z.input<typeof formSchema>;
type FormValues = z.output<typeof formSchema>;
const FIELDS = ["kind", "name", "description", "durationMinutes", "price", "currency", "sessionType", "location", "capacity", "bundleCredits", "packageItems", "active"] as const;

function defaults(service?: ServiceRow): FormInput {
  return {
    kind: (service?.kind as Kind | undefined) ?? "individual",
    name: service?.name ?? "",
    description: service?.description ?? "",
    durationMinutes: service?.durationMinutes ?? 60,
    price: service ? priceText(service.priceCents) : "",
    currency: service?.currency ?? "USD",
    sessionType: service?.sessionType ?? "video",
    location: service?.location ?? "",
    capacity: service?.capacity ?? "",
    bundleCredits: service?.bundleCredits ?? "",
    packageItems: [],
    active: service?.active ?? true,
    editing: !!service,
  };
}

export function ServiceForm({ service, packable, onDone }: { service?: ServiceRow; packable: ServiceRow[]; onDone: (message: string) => void }) {
  const editing = !!service;
  const uid = useId();
  const [formError, setFormError] = useState<string | null>(null);
  // Registered inputs also get their defaults as props: the server renders
  // them filled in, and React's strict-mode ref replay can't blank them.
  const [d] = useState(() => defaults(service));
  const { register, control, handleSubmit, setError, reset, formState } = useForm<FormInput, unknown, FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: d,
  });
  const { errors, isSubmitting } = formState;
  const kind = useWatch({ control, name: "kind" });
  const create = useAction(createServiceAction);
  const update = useAction(updateServiceAction);
  const id = (name: string) => `${uid}-${name}`;
  const describe = (name: string, hint = false) =>
    [hint ? `${id(name)}-hint` : null, (errors as Record<string, unknown>)[name] ? `${id(name)}-error` : null].filter(Boolean).join(" ") || undefined;

  const onSubmit = handleSubmit(async (v) => {
    setFormError(null);
    const common = {
      name: v.name,
      description: v.description,
      durationMinutes: v.durationMinutes,
      priceCents: parsePrice(v.price) ?? 0,
      currency: v.currency,
      sessionType: v.sessionType,
      location: v.location,
      capacity: v.kind === "group" || v.kind === "course" ? (v.capacity === "" ? null : v.capacity) : null,
      bundleCredits: v.kind === "bundle" ? (v.bundleCredits === "" ? null : v.bundleCredits) : null,
    };
    try {
      if (service) {
        await update.mutateAsync({ id: service.id, patch: { ...common, active: v.active } });
        onDone(`Saved “${v.name}”.`);
      } else {
        await create.mutateAsync({ kind: v.kind, ...common, ...(v.kind === "package" ? { packageItems: v.packageItems } : {}) });
        reset(defaults());
        onDone(`Created “${v.name}”.`);
      }
    } catch (error) {
      setFormError(applyProblem(toProblem(error), setError, FIELDS, { priceCents: "price" }));
    }
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label={editing ? `Edit ${service.name}` : "New service"}>
      {formError ? (
        <Alert tone="error" live>
          <p>{formError}</p>
        </Alert>
      ) : null}

      {!editing ? (
        <fieldset className="field">
          <legend className="field__label">Type</legend>
          <div className={`choices ${styles.kinds}`}>
            {KINDS.map((k) => (
              <label key={k.value} className="choice">
                <input type="radio" value={k.value} defaultChecked={d.kind === k.value} {...register("kind")} />
                <span>
                  <span className="choice__title">{k.title}</span>
                  <span className="choice__desc">{k.description}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}

      <div className={ui.grid2}>
        <div className="field">
          <label className="field__label" htmlFor={id("name")}>
            Name
          </label>
          <input id={id("name")} className="input" aria-invalid={errors.name ? true : undefined} aria-describedby={describe("name")} defaultValue={d.name} {...register("name")} />
          <FieldError id={`${id("name")}-error`} message={errors.name?.message} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={id("durationMinutes")}>
            {kind === "package" || kind === "bundle" ? "Session length (minutes)" : "Length (minutes)"}
          </label>
          <input id={id("durationMinutes")} className="input" type="number" inputMode="numeric" min={5} max={480} step={5} aria-invalid={errors.durationMinutes ? true : undefined} aria-describedby={describe("durationMinutes")} defaultValue={String(d.durationMinutes ?? "")} {...register("durationMinutes")} />
          <FieldError id={`${id("durationMinutes")}-error`} message={errors.durationMinutes?.message} />
        </div>
      </div>

      <div className="field">
        <label className="field__label" htmlFor={id("description")}>
          Description <span className="muted">(optional)</span>
        </label>
        <textarea id={id("description")} className={`input ${ui.textarea}`} aria-invalid={errors.description ? true : undefined} aria-describedby={describe("description")} defaultValue={d.description} {...register("description")} />
        <FieldError id={`${id("description")}-error`} message={errors.description?.message} />
      </div>

      <div className={ui.grid3}>
        <div className="field">
          <label className="field__label" htmlFor={id("price")}>
            Price
          </label>
          <input id={id("price")} className="input" inputMode="decimal" placeholder="50.00" autoComplete="off" aria-invalid={errors.price ? true : undefined} aria-describedby={describe("price", true)} defaultValue={d.price} {...register("price")} />
          <p id={`${id("price")}-hint`} className="field__hint">
            {kind === "bundle" ? "For all the credits together." : kind === "package" ? "For the whole package." : kind === "group" ? "Per seat."  : "0 for free."}
          </p>
          <FieldError id={`${id("price")}-error`} message={errors.price?.message} />
        </div>
        <Controller
          control={control}
          name="currency"
          render={({ field }) => (
            <div className="field">
              <label className="field__label" htmlFor={id("currency")}>
                Currency
              </label>
              <select id={id("currency")} className="select" {...field} aria-invalid={errors.currency ? true : undefined} aria-describedby={describe("currency")}>
                {[...new Set([...CURRENCIES, field.value])].map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
              <FieldError id={`${id("currency")}-error`} message={errors.currency?.message} />
            </div>
          )}
        />
        <div className="field">
          <label className="field__label" htmlFor={id("sessionType")}>
            How you meet
          </label>
          <select id={id("sessionType")} className="select" aria-invalid={errors.sessionType ? true : undefined} aria-describedby={describe("sessionType")} defaultValue={d.sessionType} {...register("sessionType")}>
            {Object.entries(SESSION_TYPE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <FieldError id={`${id("sessionType")}-error`} message={errors.sessionType?.message} />
        </div>
      </div>

      <div className={ui.grid2}>
        <div className="field">
          <label className="field__label" htmlFor={id("location")}>
            Location <span className="muted">(optional)</span>
          </label>
          <input id={id("location")} className="input" placeholder="Address, or leave empty for online" aria-invalid={errors.location ? true : undefined} aria-describedby={describe("location")} defaultValue={d.location} {...register("location")} />
          <FieldError id={`${id("location")}-error`} message={errors.location?.message} />
        </div>
        {kind === "group" || kind === "course" ? (
          <div className="field">
            <label className="field__label" htmlFor={id("capacity")}>
              Seats
            </label>
            <input id={id("capacity")} className="input" type="number" inputMode="numeric" min={1} max={1000} aria-invalid={errors.capacity ? true : undefined} aria-describedby={describe("capacity", true)} defaultValue={String(d.capacity ?? "")} {...register("capacity")} />
            <p id={`${id("capacity")}-hint`} className="field__hint">
              {kind === "group" ? "Clients per session." : "Clients per course."}
            </p>
            <FieldError id={`${id("capacity")}-error`} message={errors.capacity?.message} />
          </div>
        ) : null}
        {kind === "bundle" ? (
          <div className="field">
            <label className="field__label" htmlFor={id("bundleCredits")}>
              Credits in the bundle
            </label>
            <input id={id("bundleCredits")} className="input" type="number" inputMode="numeric" min={1} max={100} aria-invalid={errors.bundleCredits ? true : undefined} aria-describedby={describe("bundleCredits")} defaultValue={String(d.bundleCredits ?? "")} {...register("bundleCredits")} />
            <FieldError id={`${id("bundleCredits")}-error`} message={errors.bundleCredits?.message} />
          </div>
        ) : null}
      </div>

      {kind === "package" && !editing ? (
        <Controller
          control={control}
          name="packageItems"
          render={({ field }) => {
            const value = field.value ?? [];
            const qty = (serviceId: string) => value.find((p) => p.serviceId === serviceId)?.quantity;
            return (
              <fieldset className="field" aria-describedby={errors.packageItems ? `${id("packageItems")}-error` : undefined}>
                <legend className="field__label">What the package contains</legend>
                {packable.length === 0 ? (
                  <p className="field__hint">Create a one-to-one or group service first: packages are made of them.</p>
                ) : (
                  <ul className={styles.packageList}>
                    {packable.map((s, index) => {
                      const chosen = qty(s.id) !== undefined;
                      return (
                        <li key={s.id}>
                          <label className={ui.checkRow}>
                            <input
                              type="checkbox"
                              ref={index === 0 ? field.ref : undefined}
                              checked={chosen}
                              onChange={(e) => field.onChange(e.target.checked ? [...value, { serviceId: s.id, quantity: 1 }] : value.filter((p) => p.serviceId !== s.id))}
                            />
                            <span>{s.name}</span>
                          </label>
                          {chosen ? (
                            <label className={styles.qty}>
                              <span>Sessions</span>
                              <input
                                className="input"
                                type="number"
                                min={1}
                                max={50}
                                value={String(qty(s.id) ?? 1)}
                                onChange={(e) => field.onChange(value.map((p) => (p.serviceId === s.id ? { ...p, quantity: Number(e.target.value) || 1 } : p)))}
                              />
                            </label>
                          ) : null}
                        </li>
                      );
                    })}
                  </ul>
                )}
                <FieldError id={`${id("packageItems")}-error`} message={errors.packageItems?.message ?? errors.packageItems?.root?.message} />
              </fieldset>
            );
          }}
        />
      ) : null}

      {editing ? (
        <label className={ui.checkRow}>
          <input type="checkbox" defaultChecked={d.active} {...register("active")} />
          <span>
            Offered to clients
            <small>Unchecked, the service is archived: hidden from your page, kept in your history.</small>
          </span>
        </label>
      ) : null}

      <div className={ui.formFooter}>
        {editing ? (
          <button type="button" className="btn" onClick={() => onDone("")}>
            Cancel
          </button>
        ) : null}
        <button type="submit" className="btn btn--primary" disabled={isSubmitting} aria-busy={isSubmitting}>
          {isSubmitting ? <span className="spinner" aria-hidden="true" /> : null}
          {editing ? "Save changes" : "Create service"}
        </button>
      </div>
    </form>
  );
}
