"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { apiFetch } from "./api";

/**
 * A write to /api/v1 followed by a refresh of the server-rendered page, so the
 * booking on screen is always the one the server holds. `pending` covers both.
 */
export function useBookingMutation<TBody, TResult = unknown>(path: string, options: { method?: string; hostId?: string } = {}) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [refreshing, startTransition] = useTransition();
  const mutation = useMutation({
    mutationFn: (body: TBody) => apiFetch<TResult>(path, { method: options.method ?? "POST", body: body ?? {} }),
    onSuccess: () => {
      if (options.hostId) void queryClient.invalidateQueries({ queryKey: ["slots", options.hostId] });
      startTransition(() => router.refresh());
    },
  });
  return { ...mutation, pending: mutation.isPending || refreshing };
}
