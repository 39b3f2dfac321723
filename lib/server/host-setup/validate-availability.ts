// Writes are checked against the engine's own validators, over the host's whole
// set of rules, so an overlap with an existing range is caught too.
import { validateOverrides, validateRange, validateTimeOff, validateWeeklyRules, type TimeOff, type WeeklyRule } from "@/lib/domain";
import { AppError } from "../errors";

function fail(field: string, message: string): never {
  throw new AppError("validation_failed", message, { fields: [{ field, message }] });
}

export function assertWeeklyRules(rules: WeeklyRule[], changedIndex?: number): void {
  const result = validateWeeklyRules(rules);
  if (result.ok) return;
  const relevant = changedIndex === undefined ? result.errors : result.errors.filter((e) => e.index === changedIndex);
  const first = relevant[0] ?? result.errors[0];
  if (first) fail(changedIndex === undefined ? `rules.${first.index}` : "start", first.message);
}

export function assertRange(start: string, end: string): void {
  const check = validateRange({ start, end });
  if (!check.ok) fail("end", check.message);
}

export function assertOverrides(ranges: Array<{ date: string; start: string; end: string }>): void {
  const byDate = new Map<string, Array<{ start: string; end: string }>>();
  for (const r of ranges) byDate.set(r.date, [...(byDate.get(r.date) ?? []), { start: r.start, end: r.end }]);
  const result = validateOverrides([...byDate].map(([date, list]) => ({ date, ranges: list })));
  if (!result.ok && result.errors[0]) fail("start", result.errors[0].message);
}

export function assertTimeOff(item: TimeOff): void {
  const result = validateTimeOff([item]);
  if (!result.ok && result.errors[0]) fail(item.kind === "dates" ? "endDate" : "end", result.errors[0].message);
}
