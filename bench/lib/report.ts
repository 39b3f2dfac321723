// The printed table, bench/results/latest.json and the machine-read last line.
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { LoadResult } from "./load";

export const TARGETS = {
  slots_p50_ratio: { max: 3 },
  list_p50_ratio: { max: 3 },
  create_rps_ratio: { min: 0.25 },
  contention_wins: { equals: 1 },
  contention_5xx: { equals: 0 },
} as const;

export type Summary = Record<keyof typeof TARGETS, number>;

const fixed = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : "n/a");

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Each round's figures against that round's baseline, then the median over
 * rounds: a burst of other work on the machine skews one round, not the result.
 */
export function summarize(rounds: Array<Record<string, LoadResult>>, contention: { wins: number; fiveXx: number }): Summary {
  const ratio = (pick: (round: Record<string, LoadResult>) => number) => median(rounds.map(pick));
  return {
    slots_p50_ratio: ratio((r) => r.slots!.p50 / r.baseline!.p50),
    list_p50_ratio: ratio((r) => r.list!.p50 / r.baseline!.p50),
    create_rps_ratio: ratio((r) => r.create!.rps / r.baseline!.rps),
    contention_wins: contention.wins,
    contention_5xx: contention.fiveXx,
  };
}

export function met(summary: Summary): Record<string, boolean> {
  return Object.fromEntries(
    Object.entries(TARGETS).map(([name, target]) => {
      const value = summary[name as keyof Summary];
      if ("max" in target) return [name, value <= target.max];
      if ("min" in target) return [name, value >= target.min];
      return [name, value === target.equals];
    }),
  );
}

export function table(results: Record<string, LoadResult>): string {
  const base = results.baseline!;
  const header = ["scenario", "requests", "statuses", "p50 ms", "p99 ms", "req/s", "p50 x", "p99 x", "req/s x"];
  const rows = Object.entries(results).map(([name, r]) => [
    name,
    String(r.requests),
    Object.entries(r.statuses).map(([code, n]) => `${code}:${n}`).join(" ") + (r.errors ? ` err:${r.errors}` : ""),
    fixed(r.p50),
    fixed(r.p99),
    fixed(r.rps, 0),
    fixed(r.p50 / base.p50),
    fixed(r.p99 / base.p99),
    fixed(r.rps / base.rps, 3),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

export function lastLine(s: Summary): string {
  return (
    `bench slots_p50_ratio=${fixed(s.slots_p50_ratio)} list_p50_ratio=${fixed(s.list_p50_ratio)} ` +
    `create_rps_ratio=${fixed(s.create_rps_ratio, 3)} contention_wins=${s.contention_wins} contention_5xx=${s.contention_5xx}`
  );
}

export function writeJson(file: string, data: unknown): void {
  const withoutLatencies = (key: string, value: unknown) => (key === "latencies" ? undefined : value);
  writeFileSync(path.resolve(file), `${JSON.stringify(data, withoutLatencies, 2)}\n`);
}
