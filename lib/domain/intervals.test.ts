import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Interval, clipIntervals, containsInterval, mergeIntervals, overlaps, subtractIntervals } from "./intervals";

const intervalArb = fc
  .record({ start: fc.integer({ min: 0, max: 60 }), len: fc.integer({ min: 0, max: 15 }) })
  .map(({ start, len }) => ({ start, end: start + len }));
const listArb = fc.array(intervalArb, { maxLength: 12 });

function points(list: readonly Interval[]): Set<number> {
  const s = new Set<number>();
  for (const i of list) for (let x = i.start; x < i.end; x++) s.add(x);
  return s;
}

describe("intervals", () => {
  it("treats touching intervals as not overlapping (half-open)", () => {
    expect(overlaps({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(false);
    expect(overlaps({ start: 0, end: 11 }, { start: 10, end: 20 })).toBe(true);
  });

  it("merge keeps the same points and yields sorted, disjoint, non-touching intervals", () => {
    fc.assert(
      fc.property(listArb, (list) => {
        const merged = mergeIntervals(list);
        expect(points(merged)).toEqual(points(list));
        for (let i = 1; i < merged.length; i++) expect(merged[i]!.start).toBeGreaterThan(merged[i - 1]!.end);
      }),
    );
  });

  it("subtract removes exactly the cut points", () => {
    fc.assert(
      fc.property(listArb, listArb, (a, b) => {
        const out = subtractIntervals(mergeIntervals(a), mergeIntervals(b));
        const expected = new Set([...points(a)].filter((x) => !points(b).has(x)));
        expect(points(out)).toEqual(expected);
        for (const i of out) expect(i.end).toBeGreaterThan(i.start);
      }),
    );
  });

  it("clip and contains agree with point sets", () => {
    fc.assert(
      fc.property(listArb, intervalArb, (list, probe) => {
        const merged = mergeIntervals(list);
        const clipped = clipIntervals(merged, probe.start, probe.end);
        expect(points(clipped)).toEqual(new Set([...points(list)].filter((x) => x >= probe.start && x < probe.end)));
        if (probe.end > probe.start) {
          const all = points(list);
          let inside = true;
          for (let x = probe.start; x < probe.end; x++) if (!all.has(x)) inside = false;
          expect(containsInterval(merged, probe.start, probe.end)).toBe(inside);
        }
      }),
    );
  });
});
