import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { subtractRanges, type Range } from "./busy-ranges";

const range = fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 100 })).map(([start, length]): Range => ({ start, end: start + length }));
const covered = (point: number, ranges: readonly Range[]) => ranges.some((r) => r.start <= point && point < r.end);

describe("subtractRanges", () => {
  it("keeps exactly the points of the range that no hole covers", () => {
    fc.assert(
      fc.property(range, fc.array(range, { maxLength: 6 }), (busy, holes) => {
        const pieces = subtractRanges(busy, holes);
        for (let point = busy.start - 2; point < busy.end + 2; point++) {
          const expected = point >= busy.start && point < busy.end && !covered(point, holes);
          expect(covered(point, pieces)).toBe(expected);
        }
        for (const piece of pieces) expect(piece.end).toBeGreaterThan(piece.start);
        pieces.slice(1).forEach((piece, i) => expect(piece.start).toBeGreaterThanOrEqual(pieces[i]!.end));
      }),
    );
  });

  it("a booking inside a merged range splits it", () => {
    expect(subtractRanges({ start: 0, end: 10 }, [{ start: 3, end: 5 }])).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 10 },
    ]);
    expect(subtractRanges({ start: 0, end: 10 }, [{ start: 0, end: 10 }])).toEqual([]);
  });
});
