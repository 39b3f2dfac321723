// Half-open intervals [start, end) in epoch milliseconds. Touching intervals do
// not overlap: a booking ending at 10:00 leaves a 10:00 start free.

export interface Interval {
  start: number;
  end: number;
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Sorted, non-overlapping, non-touching union of `list` (empty intervals dropped). */
export function mergeIntervals(list: readonly Interval[]): Interval[] {
  const items = list.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Interval[] = [];
  for (const i of items) {
    const last = out[out.length - 1];
    if (last && i.start <= last.end) {
      if (i.end > last.end) last.end = i.end;
    } else {
      out.push({ start: i.start, end: i.end });
    }
  }
  return out;
}

/** `base` minus `cut`; both must be merged (sorted, disjoint). Linear sweep. */
export function subtractIntervals(base: readonly Interval[], cut: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let j = 0;
  for (const b of base) {
    let start = b.start;
    while (j < cut.length && cut[j]!.end <= start) j++;
    let k = j;
    while (k < cut.length && cut[k]!.start < b.end) {
      const c = cut[k]!;
      if (c.start > start) out.push({ start, end: c.start });
      if (c.end > start) start = c.end;
      if (start >= b.end) break;
      k++;
    }
    if (start < b.end) out.push({ start, end: b.end });
  }
  return out;
}

/** Intervals of a merged list clipped to [from, to). */
export function clipIntervals(list: readonly Interval[], from: number, to: number): Interval[] {
  const out: Interval[] = [];
  for (const i of list) {
    const start = Math.max(i.start, from);
    const end = Math.min(i.end, to);
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** True when merged, sorted `list` fully contains [start, end). Binary search. */
export function containsInterval(list: readonly Interval[], start: number, end: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const i = list[mid]!;
    if (i.end <= start) lo = mid + 1;
    else if (i.start > start) hi = mid - 1;
    else return end <= i.end;
  }
  return false;
}
