// Interval arithmetic for free/busy: cutting Slotbook's own bookings out of
// the merged busy ranges Google reports (free-busy.ts).

export interface Range {
  start: number;
  end: number;
}

/** The parts of `range` that no hole covers, in order. Holes may overlap and come in any order. */
export function subtractRanges(range: Range, holes: readonly Range[]): Range[] {
  let pieces: Range[] = [{ start: range.start, end: range.end }];
  for (const hole of holes) {
    pieces = pieces.flatMap((piece) => {
      if (hole.end <= piece.start || hole.start >= piece.end) return [piece];
      const out: Range[] = [];
      if (hole.start > piece.start) out.push({ start: piece.start, end: hole.start });
      if (hole.end < piece.end) out.push({ start: hole.end, end: piece.end });
      return out;
    });
  }
  return pieces.sort((a, b) => a.start - b.start);
}
