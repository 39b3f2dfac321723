"use client";

import { keepPreviousData, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { apiFetch } from "../booking/api";
import { addMonths, todayIn } from "./dates";
import { slotsKey, slotsSearch, type SlotsPage, type SlotsParams } from "./slots-query";

export { hostSlotsKey, slotsKey, type SlotsPage, type SlotsParams } from "./slots-query";

export async function fetchSlots(p: SlotsParams, signal?: AbortSignal): Promise<SlotsPage> {
  const search = slotsSearch(p, todayIn(p.zone));
  if (!search) return { hostId: p.hostId, timeZone: p.zone, slots: [] };
  return apiFetch<SlotsPage>(`/api/v1/hosts/${encodeURIComponent(p.hostId)}/slots?${search}`, signal ? { signal } : {});
}

export function prefetchSlots(queryClient: QueryClient, p: SlotsParams) {
  return queryClient.prefetchQuery({ queryKey: slotsKey(p), queryFn: ({ signal }) => fetchSlots(p, signal), staleTime: 30_000 });
}

/**
 * Free slots of one month. Keeps the previous month on screen while the next
 * loads (no layout jump) and prefetches the following month once this one is in.
 */
export function useMonthSlots(p: SlotsParams, options: { enabled?: boolean; initialData?: SlotsPage | undefined; maxMonth?: string } = {}) {
  const queryClient = useQueryClient();
  const enabled = options.enabled ?? true;
  const query = useQuery({
    queryKey: slotsKey(p),
    queryFn: ({ signal }) => fetchSlots(p, signal),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    ...(options.initialData ? { initialData: options.initialData, initialDataUpdatedAt: Date.now() } : {}),
  });

  const loaded = query.isSuccess && !query.isPlaceholderData;
  const { hostId, zone, month, serviceId, duration } = p;
  useEffect(() => {
    // Not while the query waits (the viewer's zone is not known yet): that month would be
    // fetched in a zone about to change.
    if (!loaded || !enabled) return;
    const next = addMonths(month, 1);
    if (options.maxMonth && next > options.maxMonth) return;
    void prefetchSlots(queryClient, { hostId, zone, month: next, serviceId: serviceId ?? null, duration: duration ?? null });
  }, [loaded, enabled, queryClient, hostId, zone, month, serviceId, duration, options.maxMonth]);

  return query;
}
