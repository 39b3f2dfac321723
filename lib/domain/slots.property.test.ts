// Property tests over random hosts clustered around DST changes in zones with
// odd offsets. Each property states a rule of the product, not of the code.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expandAvailability } from "./availability";
import { checkBooking } from "./conflicts";
import { containsInterval, overlaps } from "./intervals";
import { resolvePolicy } from "./policy";
import { type SlotQuery, generateSlots, groupSlotsByDate, rangeForDates } from "./slots";
import { MIN, type Scenario, ZONES, isOccurrenceSlot, scenarioArb } from "./test-support";
import { addDaysISO } from "./time";

type Flat = { s: number; d: number };

function flat(q: SlotQuery): Flat[] {
  return generateSlots(q).flatMap((slot) => slot.durations.map((d) => ({ s: slot.start.getTime(), d })));
}

const RUNS = { numRuns: 100 };

describe("slot properties", () => {
  it("output is sorted by start, starts are unique, durations ascend and were asked for", () => {
    fc.assert(
      fc.property(scenarioArb, ({ query }) => {
        const slots = generateSlots(query);
        const asked = resolvePolicy(query.policy).durationsMinutes;
        for (let i = 0; i < slots.length; i++) {
          const slot = slots[i]!;
          if (i > 0) expect(slot.start.getTime()).toBeGreaterThan(slots[i - 1]!.start.getTime());
          expect(slot.durations.length).toBeGreaterThan(0);
          expect([...slot.durations].sort((a, b) => a - b)).toEqual(slot.durations);
          expect(new Set(slot.durations).size).toBe(slot.durations.length);
          for (const d of slot.durations) expect(asked).toContain(d);
          expect(slot.start.getTime()).toBeGreaterThanOrEqual(query.range.from.getTime());
          expect(slot.start.getTime()).toBeLessThan(query.range.to.getTime());
        }
      }),
      RUNS,
    );
  });

  it("every slot lies within availability (weekly hours, overrides, minus time off)", () => {
    fc.assert(
      fc.property(scenarioArb, ({ query, zone }) => {
        const free = expandAvailability({
          ...query.availability,
          timeZone: zone,
          from: new Date(query.range.from.getTime() - 86_400_000),
          to: new Date(query.range.to.getTime() + 2 * 86_400_000),
        });
        for (const { s, d } of flat(query)) {
          // Joining an existing group session is exempt: the host scheduled it.
          if (isOccurrenceSlot(query, s, d)) continue;
          expect(containsInterval(free, s, s + d * MIN)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("no slot touches a busy interval or its buffers", () => {
    fc.assert(
      fc.property(scenarioArb, ({ query }) => {
        const p = resolvePolicy(query.policy);
        const before = p.bufferBeforeMinutes * MIN;
        const after = p.bufferAfterMinutes * MIN;
        for (const { s, d } of flat(query)) {
          if (isOccurrenceSlot(query, s, d)) continue;
          const e = s + d * MIN;
          const occupied = { start: s - before, end: e + after };
          for (const b of query.hostBusy ?? []) {
            expect(overlaps(occupied, { start: Number(b.start) - before, end: Number(b.end) + after })).toBe(false);
          }
          for (const x of query.externalBusy ?? []) {
            expect(overlaps(occupied, { start: x.start.getTime(), end: x.end.getTime() })).toBe(false);
          }
          for (const c of query.clientBusy ?? []) {
            expect(overlaps({ start: s, end: e }, { start: Number(c.start), end: Number(c.end) })).toBe(false);
          }
        }
      }),
      RUNS,
    );
  });

  it("generateSlots offers (start, d) exactly when checkBooking accepts it", () => {
    fc.assert(
      fc.property(scenarioArb, ({ query }) => {
        const offered = new Set(flat(query).map(({ s, d }) => `${s}:${d}`));
        const durations = resolvePolicy(query.policy).durationsMinutes;
        // All offsets in the scenario zones are multiples of 15 minutes and
        // ranges sit on a 5-minute wall grid, so this grid holds every start.
        for (let s = query.range.from.getTime(); s < query.range.to.getTime(); s += 5 * MIN) {
          for (const d of durations) {
            const r = checkBooking({ ...query, start: new Date(s), durationMinutes: d });
            if (r.ok !== offered.has(`${s}:${d}`)) {
              throw new Error(`${new Date(s).toISOString()} ${d}min: generateSlots=${offered.has(`${s}:${d}`)} checkBooking=${JSON.stringify(r)}`);
            }
          }
        }
      }),
      { numRuns: 30 },
    );
  });

  it("booking a slot removes it; cancelling that booking brings everything back", () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), fc.constantFrom("host", "client"), ({ query }, pick, who) => {
        const before = flat(query);
        fc.pre(before.length > 0);
        const { s, d } = before[pick % before.length]!;
        fc.pre(!isOccurrenceSlot(query, s, d));
        const booking = { id: "new", start: new Date(s), end: new Date(s + d * MIN) };
        const list = who === "host" ? "hostBusy" : "clientBusy";
        const booked = flat({ ...query, [list]: [...(query[list] ?? []), { ...booking, status: "confirmed" as const }] });
        expect(booked.some((x) => x.s === s && x.d === d)).toBe(false);
        expect(checkBooking({ ...query, [list]: [...(query[list] ?? []), booking], start: booking.start, durationMinutes: d })).toMatchObject({
          ok: false,
          reason: who === "host" ? "host_conflict" : "client_conflict",
        });
        const cancelled = flat({ ...query, [list]: [...(query[list] ?? []), { ...booking, status: "cancelled" as const }] });
        expect(cancelled).toEqual(before);
        const rescheduling = flat({ ...query, [list]: [...(query[list] ?? []), booking], ignoreBookingId: "new" });
        expect(rescheduling).toEqual(before);
      }),
      RUNS,
    );
  });

  it("the answer does not depend on the requester's zone or how the range is cut", () => {
    fc.assert(
      fc.property(scenarioArb, fc.constantFrom(...ZONES, "Asia/Tokyo", "America/Los_Angeles"), (sc: Scenario, viewer) => {
        const first = addDaysISO(sc.baseDate, -1);
        const last = addDaysISO(sc.baseDate, sc.days);
        const wide = rangeForDates(addDaysISO(first, -1), addDaysISO(last, 1), "UTC");
        const all = generateSlots({ ...sc.query, range: wide });
        const r = rangeForDates(first, last, viewer);
        const mine = generateSlots({ ...sc.query, range: r });
        const expected = all.filter((x) => x.start >= r.from && x.start < r.to);
        expect(mine).toEqual(expected);
        for (const g of groupSlotsByDate(mine, viewer)) {
          expect(g.date >= first && g.date <= last).toBe(true);
        }
        // Day by day in the viewer's zone gives the same slots as all at once.
        const byDay = [];
        for (let d = first; d <= last; d = addDaysISO(d, 1)) byDay.push(...generateSlots({ ...sc.query, range: rangeForDates(d, d, viewer) }));
        expect(byDay).toEqual(mine);
      }),
      { numRuns: 60 },
    );
  });
});
