"use client";

import { useMutation, type UseMutationOptions } from "@tanstack/react-query";
import { NETWORK_PROBLEM, ProblemError, type ActionResult } from "./action-result";

/**
 * A server action as a React Query mutation: `ok: false` results and network
 * failures reject with a ProblemError, so `mutation.error.problem` is always
 * a problem body.
 */
export function useAction<I, T>(
  action: (input: I) => Promise<ActionResult<T>>,
  options: Omit<UseMutationOptions<T, ProblemError, I>, "mutationFn"> = {},
) {
  return useMutation<T, ProblemError, I>({
    ...options,
    mutationFn: async (input) => {
      let result: ActionResult<T>;
      try {
        result = await action(input);
      } catch {
        throw new ProblemError(NETWORK_PROBLEM);
      }
      if (!result.ok) throw new ProblemError(result.problem);
      return result.data;
    },
  });
}
