// Slot generation. Cost is O(days × ranges + busy log busy + candidates ×
// durations): availability is expanded day by day in the host zone, busy
// lists are sorted and merged once, and one forward sweep with a pointer per
// list tests every candidate start. No candidate is compared with every busy
// interval (the 3-to-40-second slot pages of other engines come from that).
import { type RangeInstance, compileAvailability, freeIntervals, rangeInstances } from "./availability";
import {
  type EngineInput,
  LimitCounter,
  activeBusy,
  activeOccurrences,
  externalBlock,
  groupSlotState,
  hostBookingBlock,
  matchOccurrence,
  toMs,
} from "./busy";
import { DomainError } from "./errors";
import { type Interval, mergeIntervals, overlaps } from "./intervals";
import { type HostPolicy, isValidDuration, resolvePolicy } from "./policy";
import { MINUTE_MS, type ZoneClock, formatDay, requireDateISO, zoneClock } from "./time";

export interface SlotQuery extends EngineInput {
  /** Starts offered are in [from, to). Build it with rangeForDates. */
  range: { from: Date; to: Date };
  /** Lengths to offer; default policy.durationsMinutes. */
  durations?: readonly number[];
}

export interface SlotWithDurations {
  start: Date;
  /** Requested durations that fit at this start, ascending. */
  durations: number[];
}

export interface FixedSlot {
  start: Date;
  end: Date;
}

export function resolveDurations(requested: readonly number[] | undefined, policy: HostPolicy): number[] {
  const list = requested ?? policy.durationsMinutes;
  if (list.length === 0) throw new DomainError("invalid_duration", "ask for at least one duration");
  for (const d of list) {
    if (!isValidDuration(d)) throw new DomainError("invalid_duration", `duration must be a whole number of minutes from 5 to 480, got ${String(d)}`);
  }
  return [...new Set(list)].sort((a, b) => a - b);
}

interface Candidate {
  start: number;
  day: number;
}

/** Aligned candidate starts of one range within [earliest, to). */
function pushCandidates(out: Candidate[], r: RangeInstance, clock: ZoneClock, interval: number, earliest: number, to: number): void {
  const step = interval * MINUTE_MS;
  // Without a clock change inside the range, wall time and elapsed time agree
  // and the k-th start is plain arithmetic; only transition days pay for the
  // per-start zone lookups.
  if (clock.transitionsIn(r.start - 1, r.end).length === 0) {
    const count = Math.ceil((r.endMin - r.startMin) / interval);
    const k0 = earliest > r.start ? Math.ceil((earliest - r.start) / step) : 0;
    for (let k = k0; k < count; k++) {
      const s = r.start + k * step;
      if (s >= to) break;
      out.push({ start: s, day: r.day });
    }
    return;
  }
  // Wall-clock alignment: a start that does not exist (spring-forward gap) is
  // skipped; one that exists twice (fall-back overlap) is offered twice.
  for (let w = r.startMin; w < r.endMin; w += interval) {
    for (const s of clock.wallToInstants(r.day, w)) {
      if (s >= r.start && s < r.end && s >= earliest && s < to) out.push({ start: s, day: r.day });
    }
  }
}

interface RawSlot {
  start: number;
  durations: number[];
}

function computeSlots(q: SlotQuery): RawSlot[] {
  const policy = resolvePolicy(q.policy);
  const clock = zoneClock(policy.timeZone);
  const durations = resolveDurations(q.durations, policy);
  const from = toMs(q.range.from, "range.from");
  const to = toMs(q.range.to, "range.to");
  const now = toMs(q.now, "now");
  const ignore = q.ignoreBookingId;

  const earliest = Math.max(from, now + policy.minNoticeMinutes * MINUTE_MS);
  const lastDay = clock.dayOf(now) + policy.horizonDays;
  if (earliest >= to) return [];
  const maxDurMs = durations[durations.length - 1]! * MINUTE_MS;
  const interval = policy.slotIntervalMinutes;

  const hostBookings = activeBusy(q.hostBusy, ignore, "hostBusy");
  const client = mergeIntervals(activeBusy(q.clientBusy, ignore, "clientBusy"));
  const occurrences = activeOccurrences(q.group, ignore);
  // Without group occurrences every start comes from the sorted, distinct
  // candidates with its durations in ascending order: slots are appended as
  // they are found. Occurrences can add starts anywhere, so then they are
  // gathered per start and sorted at the end.
  const inOrder: RawSlot[] | null = occurrences.length === 0 ? [] : null;
  const byStart = new Map<number, Set<number>>();
  const add = (s: number, d: number) => {
    if (inOrder) {
      const last = inOrder[inOrder.length - 1];
      if (last?.start === s) last.durations.push(d);
      else inOrder.push({ start: s, durations: [d] });
      return;
    }
    let set = byStart.get(s);
    if (!set) byStart.set(s, (set = new Set()));
    set.add(d);
  };

  // Existing group occurrences are the host's own commitment: availability,
  // alignment, host busy and limits do not apply to joining one; notice,
  // horizon, capacity and the client's other sessions do.
  const occKeys = new Set<string>();
  for (const o of occurrences) {
    const len = (o.end - o.start) / MINUTE_MS;
    if (!durations.includes(len)) continue;
    occKeys.add(`${o.start}:${len}`);
  }
  for (const key of occKeys) {
    const [sText, lenText] = key.split(":");
    const s = Number(sText);
    const len = Number(lenText);
    const o = matchOccurrence(occurrences, s, s + len * MINUTE_MS);
    if (!o || s < earliest || s >= to || clock.dayOf(s) > lastDay) continue;
    if (!groupSlotState(o).open) continue;
    if (client.some((c) => overlaps(c, o))) continue;
    add(s, len);
  }

  if (q.group?.allowNewOccurrences !== false) {
    const compiled = compileAvailability(q.availability);
    const firstDay = clock.dayOf(earliest) - 1;
    const lastCandidateDay = Math.min(lastDay, clock.dayOf(to - 1));
    // Free time is needed only as far as the longest slot from the last start.
    const lastFreeDay = Math.min(clock.dayOf(to + maxDurMs), lastCandidateDay + 1) + 1;
    const ranges = firstDay <= lastCandidateDay ? rangeInstances(compiled, clock, firstDay, lastFreeDay) : [];
    const free = freeIntervals(compiled, clock, ranges);

    const candidates: Candidate[] = [];
    for (const r of ranges) {
      if (r.day > lastCandidateDay) break;
      pushCandidates(candidates, r, clock, interval, earliest, to);
    }
    let sorted = true;
    for (let i = 1; i < candidates.length; i++) {
      if (candidates[i]!.start <= candidates[i - 1]!.start) {
        sorted = false;
        break;
      }
    }
    if (!sorted) candidates.sort((a, b) => a.start - b.start);

    const host: Interval[] = hostBookings.map((b) => hostBookingBlock(b, policy));
    for (const x of activeBusy(q.externalBusy, ignore, "externalBusy")) host.push(externalBlock(x, policy));
    const hostMerged = mergeIntervals(host);
    const limits = new LimitCounter(q.hostBookingsForLimits ? activeBusy(q.hostBookingsForLimits, ignore, "hostBookingsForLimits") : hostBookings, clock, policy);

    let fi = 0;
    let hi = 0;
    let ci = 0;
    let prev = Number.NaN;
    for (const c of candidates) {
      const s = c.start;
      if (s === prev) continue;
      prev = s;
      if (limits.active && limits.refusal(c.day) !== null) continue;
      while (fi < free.length && free[fi]!.end <= s) fi++;
      while (hi < hostMerged.length && hostMerged[hi]!.end <= s) hi++;
      while (ci < client.length && client[ci]!.end <= s) ci++;
      const f = free[fi];
      if (!f || f.start > s) continue;
      const hostNext = hi < hostMerged.length ? hostMerged[hi]!.start : Infinity;
      const clientNext = ci < client.length ? client[ci]!.start : Infinity;
      // Durations ascend: once one fails for running into something, all
      // longer ones fail too.
      const limit = Math.min(f.end, hostNext <= s ? s : hostNext, clientNext <= s ? s : clientNext);
      for (const d of durations) {
        const e = s + d * MINUTE_MS;
        if (e > limit) break;
        if (occKeys.size > 0 && occKeys.has(`${s}:${d}`)) continue;
        add(s, d);
      }
    }
  }

  if (inOrder) return inOrder;
  const out: RawSlot[] = [];
  for (const [start, set] of byStart) out.push({ start, durations: [...set].sort((a, b) => a - b) });
  out.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * generateSlots with instants as epoch milliseconds: for callers that only
 * format them (a month of slots is hundreds of Date objects otherwise).
 */
export function generateSlotTimes(q: SlotQuery): Array<{ start: number; durations: number[] }> {
  return computeSlots(q);
}

/** Each bookable start with the requested durations that fit there. */
export function generateSlots(q: SlotQuery): SlotWithDurations[] {
  return computeSlots(q).map((s) => ({ start: new Date(s.start), durations: s.durations }));
}

/** Bookable [start, end) slots of one duration. */
export function generateFixedSlots(q: Omit<SlotQuery, "durations"> & { duration: number }): FixedSlot[] {
  const { duration, ...rest } = q;
  return computeSlots({ ...rest, durations: [duration] }).map((s) => ({
    start: new Date(s.start),
    end: new Date(s.start + duration * MINUTE_MS),
  }));
}

/** [from, to) covering whole dates startDate..endDate (inclusive) in `zone`. */
export function rangeForDates(startDate: string, endDate: string, zone: string): { from: Date; to: Date } {
  const clock = zoneClock(zone);
  const a = requireDateISO(startDate, "startDate");
  const b = requireDateISO(endDate, "endDate");
  if (b < a) throw new DomainError("invalid_range", `endDate ${endDate} is before startDate ${startDate}`);
  return { from: new Date(clock.startOfDay(a)), to: new Date(clock.startOfDay(b + 1)) };
}

/** Slots grouped by their local date in `zone`, dates ascending. */
export function groupSlotsByDate<T extends { start: Date }>(slots: readonly T[], zone: string): { date: string; slots: T[] }[] {
  const clock = zoneClock(zone);
  const out: { date: string; slots: T[] }[] = [];
  const index = new Map<number, T[]>();
  for (const s of [...slots].sort((x, y) => x.start.getTime() - y.start.getTime())) {
    const day = clock.dayOf(s.start.getTime());
    let list = index.get(day);
    if (!list) {
      list = [];
      index.set(day, list);
      out.push({ date: formatDay(day), slots: list });
    }
    list.push(s);
  }
  return out;
}
