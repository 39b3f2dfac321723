// DRF's OrderingFilter: ?ordering=a,-b. Terms naming fields the view does not
// offer are dropped silently; with no valid term left, the view's default
// ordering applies (DRF behaviour).
export interface OrderTerm<F extends string> {
  field: F;
  desc: boolean;
}

export function parseOrdering<F extends string>(raw: string | null | undefined, allowed: readonly F[], fallback: readonly OrderTerm<F>[]): OrderTerm<F>[] {
  const terms: OrderTerm<F>[] = [];
  for (const part of (raw ?? "").split(",")) {
    const term = part.trim();
    const desc = term.startsWith("-");
    const field = (desc ? term.slice(1) : term) as F;
    if (allowed.includes(field) && !terms.some((t) => t.field === field)) terms.push({ field, desc });
  }
  return terms.length ? terms : [...fallback];
}
