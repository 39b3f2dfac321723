// Slot engine benchmark: `npm run bench:engine`.
//
// Measures generateSlots on (a) 30 days / 200 busy intervals and (b) 365 days /
// 5,000 busy intervals, 3 ranges a day, against a naive reference that checks
// every candidate start against every busy interval. The naive output must
// equal ours, or the run aborts. The last line is machine-read:
//   engine scale_ratio=<b/a> vs_naive=<ours_b/naive_b>
import {
  type BusyInterval,
  type HostPolicy,
  type SlotQuery,
  type WeeklyRule,
  expandAvailability,
  generateSlots,
  rangeForDates,
  resolvePolicy,
  wallTimeToInstants,
  parseHHMM,
  addDaysISO,
} from "../lib/domain/index";

const ZONE = "America/New_York";
const START_DATE = "2026-01-05";
const MIN = 60_000;

interface Case {
  name: string;
  days: number;
  busy: number;
}

const CASES: Case[] = [
  { name: "a", days: 30, busy: 200 },
  { name: "b", days: 365, busy: 5000 },
];

const RULES: WeeklyRule[] = [0, 1, 2, 3, 4, 5, 6].flatMap((dayOfWeek) => [
  { dayOfWeek, start: "08:00", end: "11:00" },
  { dayOfWeek, start: "12:00", end: "15:00" },
  { dayOfWeek, start: "16:00", end: "19:00" },
]);

/** Deterministic PRNG (mulberry32) so every run measures the same data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeQuery(c: Case): SlotQuery {
  const range = rangeForDates(START_DATE, addDaysISO(START_DATE, c.days - 1), ZONE);
  const from = range.from.getTime();
  const span = range.to.getTime() - from;
  const rand = rng(c.busy * 7919 + c.days);
  const hostBusy: BusyInterval[] = [];
  for (let i = 0; i < c.busy; i++) {
    const start = from + Math.floor((rand() * span) / (15 * MIN)) * 15 * MIN;
    const len = (1 + Math.floor(rand() * 8)) * 15 * MIN;
    hostBusy.push({ id: `b${i}`, start: new Date(start), end: new Date(start + len) });
  }
  return {
    policy: {
      timeZone: ZONE,
      slotIntervalMinutes: 30,
      durationsMinutes: [30, 60, 90],
      bufferBeforeMinutes: 10,
      bufferAfterMinutes: 5,
      minNoticeMinutes: 0,
      // The horizon is counted from `now`; it must reach the last day of (b).
      horizonDays: c.days + 1,
    },
    availability: { rules: RULES },
    range,
    now: range.from,
    hostBusy,
  };
}

/** The obvious implementation: every candidate against every busy interval. */
function naiveSlots(q: SlotQuery): { start: number; durations: number[] }[] {
  const policy: HostPolicy = resolvePolicy(q.policy);
  const durations = [...(q.durations ?? policy.durationsMinutes)].sort((a, b) => a - b);
  const from = q.range.from.getTime();
  const to = q.range.to.getTime();
  const earliest = Math.max(from, q.now.getTime() + policy.minNoticeMinutes * MIN);
  const maxDur = durations[durations.length - 1]! * MIN;
  const free = expandAvailability({ ...q.availability, timeZone: policy.timeZone, from: q.range.from, to: new Date(to + maxDur) });
  const pad = (policy.bufferBeforeMinutes + policy.bufferAfterMinutes) * MIN;
  const busy = (q.hostBusy ?? []).map((b) => ({ start: Number(b.start) - pad, end: Number(b.end) + pad }));
  const out: { start: number; durations: number[] }[] = [];
  const seen = new Set<number>();
  const dates: string[] = [];
  for (let d = addDaysISO(START_DATE, -1); ; d = addDaysISO(d, 1)) {
    dates.push(d);
    if (new Date(`${d}T00:00:00Z`).getTime() > to + 2 * 86_400_000) break;
  }
  for (const date of dates) {
    const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
    for (const rule of q.availability.rules) {
      if (rule.dayOfWeek !== dow) continue;
      const a = parseHHMM(rule.start)!;
      const b = parseHHMM(rule.end)!;
      for (let w = a; w < b; w += policy.slotIntervalMinutes) {
        for (const inst of wallTimeToInstants(date, w, policy.timeZone)) {
          const s = inst.getTime();
          if (s < earliest || s >= to || seen.has(s)) continue;
          const fits: number[] = [];
          for (const dur of durations) {
            const e = s + dur * MIN;
            if (!free.some((f) => f.start <= s && e <= f.end)) continue;
            let clash = false;
            for (const x of busy) {
              if (x.start < e && s < x.end) clash = true;
            }
            if (!clash) fits.push(dur);
          }
          if (fits.length > 0) {
            seen.add(s);
            out.push({ start: s, durations: fits });
          }
        }
      }
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function time(fn: () => unknown, warmup: number, reps: number): number {
  for (let i = 0; i < warmup; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

function main(): void {
  const rows: { name: string; days: number; busy: number; slots: number; ours: number; naive: number }[] = [];
  for (const c of CASES) {
    const q = makeQuery(c);
    const ours = generateSlots(q).map((s) => ({ start: s.start.getTime(), durations: s.durations }));
    const ref = naiveSlots(q);
    if (JSON.stringify(ours) !== JSON.stringify(ref)) {
      const i = ours.findIndex((s, k) => JSON.stringify(s) !== JSON.stringify(ref[k]));
      console.error(`case ${c.name}: engine and naive reference disagree (${ours.length} vs ${ref.length} slots, first difference at #${i})`);
      console.error("engine:", JSON.stringify(ours[i]), "naive:", JSON.stringify(ref[i]));
      process.exit(1);
    }
    const oursMs = time(() => generateSlots(q), 10, 31);
    const naiveMs = time(() => naiveSlots(q), 1, 5);
    rows.push({ name: c.name, days: c.days, busy: c.busy, slots: ours.length, ours: oursMs, naive: naiveMs });
  }
  console.log(`zone ${ZONE}, 3 ranges a day, interval 30 min, durations 30/60/90, buffers 10/5 min; median ms`);
  console.log("case  days  ranges/day  busy   slots   engine_ms   naive_ms   engine/naive");
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(4)}  ${String(r.days).padStart(4)}  ${"3".padStart(10)}  ${String(r.busy).padStart(4)}  ${String(r.slots).padStart(6)}  ${r.ours.toFixed(3).padStart(10)}  ${r.naive.toFixed(3).padStart(9)}  ${(r.ours / r.naive).toFixed(4).padStart(13)}`,
    );
  }
  const [a, b] = rows;
  const scale = b!.ours / a!.ours;
  const vsNaive = b!.ours / b!.naive;
  console.log(`engine scale_ratio=${scale.toFixed(3)} vs_naive=${vsNaive.toFixed(3)}`);
}

main();
