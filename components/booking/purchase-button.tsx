"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { CreatePurchaseInput } from "@/lib/server/bookings/schemas";
import { browserZone } from "../calendar/zone-offset";
import { Alert } from "../form";
import { ApiProblem, apiFetch } from "./api";

/**
 * Buys a course, package or bundle through POST /api/v1/bookings/purchases,
 * then opens the purchase. For signed-in visitors only: the host page gives
 * signed-out ones a plain sign-in link (nothing to hydrate).
 */
export function PurchaseButton({ serviceId, serviceName }: { serviceId: string; serviceName: string }) {
  const router = useRouter();
  const [navigating, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const purchase = useMutation({
    mutationFn: (body: CreatePurchaseInput) => apiFetch<{ id: string; payment?: { checkoutUrl: string | null } | null }>("/api/v1/bookings/purchases", { method: "POST", body }),
    // Paid online: straight to the hosted payment page (it returns to the purchase).
    onSuccess: ({ id, payment }) => {
      if (payment?.checkoutUrl) window.location.assign(payment.checkoutUrl);
      else startTransition(() => router.push(`/bookings/${id}?new=1`));
    },
  });
  const pending = purchase.isPending || navigating;

  return (
    <div>
      {error ? (
        <Alert tone="error" live>
          <p>{error}</p>
        </Alert>
      ) : null}
      <button
        type="button"
        className="btn btn--sm"
        disabled={pending}
        aria-busy={pending}
        onClick={async () => {
          setError(null);
          try {
            const timeZone = browserZone();
            await purchase.mutateAsync({ serviceId, ...(timeZone ? { timeZone } : {}) });
          } catch (e) {
            setError(e instanceof ApiProblem ? e.message : "Something went wrong. Please try again.");
          }
        }}
      >
        {pending ? <span className="spinner" aria-hidden="true" /> : null}
        {pending ? "Buying…" : "Buy"}
        <span className="visually-hidden">{` ${serviceName}`}</span>
      </button>
    </div>
  );
}
