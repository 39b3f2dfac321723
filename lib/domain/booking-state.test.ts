import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ACTORS,
  BOOKING_STATUSES,
  type Actor,
  type BookingStatus,
  TERMINAL_STATUSES,
  allowedActions,
  allowedTransitions,
  applyAction,
  blocksTime,
  bookingFlags,
  transition,
} from "./booking-state";

// The table from docs/decisions/003, written out independently of the code.
const EXPECTED: [BookingStatus, BookingStatus, Actor[]][] = [
  ["draft", "pending_payment", ["client", "system"]],
  ["draft", "pending", ["system"]],
  ["draft", "confirmed", ["system"]],
  ["draft", "cancelled", ["client", "admin", "system"]],
  ["pending_payment", "pending", ["system"]],
  ["pending_payment", "confirmed", ["system"]],
  ["pending_payment", "cancelled", ["client", "host", "admin", "system"]],
  ["pending", "confirmed", ["host", "admin"]],
  ["pending", "declined", ["host", "admin"]],
  ["pending", "cancelled", ["client", "host", "admin", "system"]],
  ["confirmed", "in_progress", ["host", "admin", "system"]],
  ["confirmed", "completed", ["host", "admin", "system"]],
  ["confirmed", "cancelled", ["client", "host", "admin"]],
  ["confirmed", "no_show", ["host", "admin"]],
  ["in_progress", "completed", ["host", "admin", "system"]],
  ["in_progress", "no_show", ["host", "admin"]],
];

describe("transitions", () => {
  it("matches the documented table for every (from, to, actor)", () => {
    for (const from of BOOKING_STATUSES) {
      for (const to of BOOKING_STATUSES) {
        const row = EXPECTED.find(([f, t]) => f === from && t === to);
        for (const actor of ACTORS) {
          const r = transition(from, to, actor);
          if (!row) expect(r).toMatchObject({ ok: false, code: "illegal_transition", from, to });
          else if (row[2].includes(actor)) expect(r).toEqual({ ok: true, from, to });
          else expect(r).toMatchObject({ ok: false, code: "forbidden_actor", from, to, actor });
        }
      }
    }
  });

  it("terminal statuses go nowhere", () => {
    expect(TERMINAL_STATUSES).toEqual(["completed", "cancelled", "declined", "no_show"]);
    for (const s of TERMINAL_STATUSES) for (const a of ACTORS) expect(allowedTransitions(s, a)).toEqual([]);
  });

  it("lists allowed targets per actor", () => {
    expect(allowedTransitions("pending", "host")).toEqual(["confirmed", "cancelled", "declined"]);
    expect(allowedTransitions("pending", "client")).toEqual(["cancelled"]);
    expect(allowedTransitions("confirmed", "client")).toEqual(["cancelled"]);
    expect(allowedTransitions("confirmed", "system")).toEqual(["in_progress", "completed"]);
    expect(allowedTransitions("draft", "host")).toEqual([]);
  });

  it("allowedTransitions agrees with transition", () => {
    fc.assert(
      fc.property(fc.constantFrom(...BOOKING_STATUSES), fc.constantFrom(...BOOKING_STATUSES), fc.constantFrom(...ACTORS), (from, to, actor) => {
        expect(allowedTransitions(from, actor).includes(to)).toBe(transition(from, to, actor).ok);
      }),
    );
  });

  it("time is held by pending_payment, pending, confirmed, in_progress only", () => {
    expect(BOOKING_STATUSES.filter(blocksTime)).toEqual(["pending_payment", "pending", "confirmed", "in_progress"]);
  });
});

describe("actions", () => {
  it("maps actions to target statuses", () => {
    expect(applyAction("confirm", "pending", "host")).toEqual({ ok: true, from: "pending", to: "confirmed" });
    expect(applyAction("decline", "pending", "admin")).toEqual({ ok: true, from: "pending", to: "declined" });
    expect(applyAction("cancel", "confirmed", "client")).toEqual({ ok: true, from: "confirmed", to: "cancelled" });
    expect(applyAction("start", "confirmed", "system")).toEqual({ ok: true, from: "confirmed", to: "in_progress" });
    expect(applyAction("complete", "in_progress", "host")).toEqual({ ok: true, from: "in_progress", to: "completed" });
    expect(applyAction("no_show", "confirmed", "host")).toEqual({ ok: true, from: "confirmed", to: "no_show" });
    expect(applyAction("confirm", "pending", "client")).toMatchObject({ ok: false, code: "forbidden_actor" });
    expect(applyAction("confirm", "completed", "host")).toMatchObject({ ok: false, code: "illegal_transition" });
  });

  it("reschedule: from pending_payment, pending, confirmed; by client, host, admin", () => {
    for (const from of BOOKING_STATUSES) {
      for (const actor of ACTORS) {
        const ok = ["pending_payment", "pending", "confirmed"].includes(from) && actor !== "system";
        expect(applyAction("reschedule", from, actor).ok, `${from} ${actor}`).toBe(ok);
      }
    }
    expect(applyAction("reschedule", "completed", "host")).toMatchObject({ code: "illegal_transition" });
    expect(applyAction("reschedule", "confirmed", "system")).toMatchObject({ code: "forbidden_actor" });
  });

  it("a client moving a confirmed session of a host who confirms goes back to pending", () => {
    expect(applyAction("reschedule", "confirmed", "client", { requiresConfirmation: true })).toMatchObject({ ok: true, to: "pending" });
    expect(applyAction("reschedule", "confirmed", "client", { requiresConfirmation: false })).toMatchObject({ ok: true, to: "confirmed" });
    expect(applyAction("reschedule", "confirmed", "host", { requiresConfirmation: true })).toMatchObject({ ok: true, to: "confirmed" });
    expect(applyAction("reschedule", "pending_payment", "client", { requiresConfirmation: true })).toMatchObject({ ok: true, to: "pending_payment" });
  });

  it("lists actions", () => {
    expect(allowedActions("pending", "host")).toEqual(["confirm", "decline", "cancel", "reschedule"]);
    expect(allowedActions("confirmed", "client")).toEqual(["cancel", "reschedule"]);
    expect(allowedActions("in_progress", "host")).toEqual(["complete", "no_show"]);
  });
});

describe("bookingFlags", () => {
  const now = new Date("2026-05-04T12:00:00Z");
  const booking = (status: BookingStatus, hoursAhead: number) => ({
    status,
    startAt: new Date(now.getTime() + hoursAhead * 3_600_000),
    endAt: new Date(now.getTime() + (hoursAhead + 1) * 3_600_000),
  });
  const flags = (status: BookingStatus, hoursAhead: number, actor: Actor) =>
    bookingFlags(booking(status, hoursAhead), { now, actor, minCancelNoticeHours: 24 });

  it("clients may cancel and move confirmed sessions only outside the notice window", () => {
    expect(flags("confirmed", 48, "client")).toEqual({ canCancel: true, canReschedule: true, isUpcoming: true, blocksTime: true, reason: null });
    expect(flags("confirmed", 24, "client")).toMatchObject({ canCancel: true, canReschedule: true });
    expect(flags("confirmed", 23, "client")).toMatchObject({ canCancel: false, canReschedule: false, isUpcoming: true, reason: "notice" });
  });

  it("hosts and admins may cancel late", () => {
    expect(flags("confirmed", 1, "host")).toMatchObject({ canCancel: true, canReschedule: true });
    expect(flags("confirmed", 1, "admin")).toMatchObject({ canCancel: true, canReschedule: true });
  });

  it("a client may withdraw a pending request late", () => {
    expect(flags("pending", 1, "client")).toMatchObject({ canCancel: true, canReschedule: true });
    expect(flags("pending_payment", 1, "client")).toMatchObject({ canCancel: true, canReschedule: true });
  });

  it("nothing past can be modified", () => {
    for (const actor of ACTORS) {
      expect(flags("confirmed", -1, actor)).toMatchObject({ canCancel: false, canReschedule: false, isUpcoming: false });
      expect(flags("pending", 0, actor)).toMatchObject({ canCancel: false, canReschedule: false, isUpcoming: false });
    }
    expect(flags("confirmed", -1, "host").reason).toBe("past");
  });

  it("terminal and running sessions cannot be cancelled or moved", () => {
    for (const s of ["completed", "cancelled", "declined", "no_show", "in_progress"] as const) {
      expect(flags(s, 48, "admin")).toMatchObject({ canCancel: false, canReschedule: false, isUpcoming: false, reason: null });
    }
  });

  it("drafts: cancellable by their client, never upcoming, do not block", () => {
    expect(flags("draft", 48, "client")).toMatchObject({ canCancel: true, canReschedule: false, isUpcoming: false, blocksTime: false });
    expect(bookingFlags({ status: "draft", startAt: null, endAt: null }, { now, actor: "client", minCancelNoticeHours: 24 })).toMatchObject({
      canCancel: true,
      canReschedule: false,
    });
  });
});
