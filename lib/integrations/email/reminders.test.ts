// Reminder timing rules: a reminder is planned for exactly start - offset,
// goes out only inside [due, due + margin] while the session is confirmed,
// unmoved and not yet begun, and is skipped otherwise.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lateMarginMs, planReminders, REMINDERS, reminderDueAt, reminderVerdict } from "./reminders";

const HOUR = 3_600_000;
const instant = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2040, 0, 1) }).map((ms) => new Date(ms));
const spec = fc.constantFrom(...REMINDERS);

describe("planReminders", () => {
  it("plans each reminder at start - offset when that is still ahead, and skips it otherwise", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -48 * HOUR, max: 30 * 24 * HOUR }), fc.boolean(), (now, lead, withClient) => {
        const start = new Date(now.getTime() + lead);
        const planned = planReminders("booking.confirmed", { status: "confirmed", startAt: start, clientId: withClient ? "c" : null }, now);
        expect(planned.map((p) => p.kind)).toEqual(REMINDERS.map((r) => r.kind));
        for (const [i, p] of planned.entries()) {
          const due = reminderDueAt(start, REMINDERS[i]!.offsetMs);
          expect(p.payload).toEqual({ to: withClient ? ["client", "host"] : ["host"], start: start.toISOString() });
          if (due.getTime() > now.getTime()) {
            expect(p.runAt).toEqual(due);
            expect(p.skipReason).toBeUndefined();
          } else {
            expect(p.skipReason).toBeDefined();
          }
        }
      }),
    );
  });

  it("plans nothing for other events or bookings that are not confirmed", () => {
    fc.assert(
      fc.property(instant, fc.constantFrom("booking.created", "booking.cancelled", "booking.completed", "booking.updated"), fc.constantFrom("pending", "cancelled", "completed"), (now, type, status) => {
        const startAt = new Date(now.getTime() + 72 * HOUR);
        expect(planReminders(type, { status: "confirmed", startAt, clientId: "c" }, now)).toEqual([]);
        expect(planReminders("booking.rescheduled", { status, startAt, clientId: "c" }, now)).toEqual([]);
      }),
    );
  });
});

describe("reminderVerdict", () => {
  it("sends exactly inside [due, due + margin] for a confirmed, unmoved session", () => {
    fc.assert(
      fc.property(instant, spec, fc.integer({ min: -2 * HOUR, max: 30 * HOUR }), (start, r, sinceDue) => {
        const now = new Date(reminderDueAt(start, r.offsetMs).getTime() + sinceDue);
        const verdict = reminderVerdict({ now, plannedStart: start.toISOString(), status: "confirmed", currentStart: start, offsetMs: r.offsetMs });
        const inWindow = sinceDue <= lateMarginMs(r.offsetMs) && now.getTime() < start.getTime();
        expect(verdict.send).toBe(inWindow);
      }),
    );
  });

  it("never sends for a moved session or one that is no longer confirmed", () => {
    fc.assert(
      fc.property(instant, spec, fc.integer({ min: 1, max: 10 * 24 * 60 }).chain((m) => fc.constantFrom(m, -m)), fc.constantFrom("pending", "cancelled", "declined", "completed", "in_progress"), (start, r, shiftMin, status) => {
        const now = reminderDueAt(start, r.offsetMs);
        const moved = new Date(start.getTime() + shiftMin * 60_000);
        expect(reminderVerdict({ now, plannedStart: start.toISOString(), status: "confirmed", currentStart: moved, offsetMs: r.offsetMs }).send).toBe(false);
        expect(reminderVerdict({ now, plannedStart: start.toISOString(), status, currentStart: start, offsetMs: r.offsetMs }).send).toBe(false);
      }),
    );
  });
});
