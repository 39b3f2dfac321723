import { describe, expect, it } from "vitest";
import type { WeeklyRule } from "./availability";
import { type BookingCheck, checkBooking } from "./conflicts";
import { DomainError } from "./errors";

const everyDay = (start: string, end: string): WeeklyRule[] => [0, 1, 2, 3, 4, 5, 6].map((dayOfWeek) => ({ dayOfWeek, start, end }));
const at = (s: string) => new Date(s);

function check(start: string, extra: Partial<BookingCheck> = {}, durationMinutes = 60) {
  return checkBooking({
    policy: { timeZone: "America/New_York", minNoticeMinutes: 120, horizonDays: 30, bufferBeforeMinutes: 0, bufferAfterMinutes: 0 },
    availability: { rules: everyDay("09:00", "17:00") },
    now: at("2026-05-04T12:00:00Z"), // 08:00 in New York
    start: at(start),
    durationMinutes,
    hostBusy: [],
    ...extra,
  });
}

describe("checkBooking", () => {
  it("accepts an offered slot and returns its end", () => {
    expect(check("2026-05-05T14:00:00Z")).toEqual({ ok: true, end: at("2026-05-05T15:00:00Z") });
  });

  it("invalid_duration for lengths the host does not offer", () => {
    expect(check("2026-05-05T14:00:00Z", {}, 45)).toMatchObject({ ok: false, reason: "invalid_duration", message: "duration must be one of 30, 60 minutes" });
    expect(check("2026-05-05T14:00:00Z", { durations: [45] }, 45)).toMatchObject({ ok: true });
    expect(check("2026-05-05T14:00:00Z", { durations: [0] }, 0)).toMatchObject({ reason: "invalid_duration" });
  });

  it("too_soon inside the minimum notice and for the past", () => {
    expect(check("2026-05-04T13:00:00Z")).toMatchObject({ ok: false, reason: "too_soon", message: "the host needs at least 2 hours notice" });
    expect(check("2026-05-04T14:00:00Z")).toMatchObject({ ok: true });
    expect(check("2026-05-01T14:00:00Z")).toMatchObject({ reason: "too_soon", message: "that time has passed" });
  });

  it("too_far beyond the horizon (whole host-local days)", () => {
    expect(check("2026-06-03T20:00:00Z")).toMatchObject({ ok: true });
    expect(check("2026-06-04T13:00:00Z")).toMatchObject({
      ok: false,
      reason: "too_far",
      message: "the host takes bookings up to 30 days ahead (through 2026-06-03)",
    });
  });

  it("outside_availability outside hours, past the end of hours, and off the grid", () => {
    expect(check("2026-05-05T12:00:00Z")).toMatchObject({ reason: "outside_availability", message: "the host is not available at that time" });
    expect(check("2026-05-05T20:30:00Z")).toMatchObject({ reason: "outside_availability", message: expect.stringMatching(/run past/) });
    expect(check("2026-05-05T14:15:00Z")).toMatchObject({
      reason: "outside_availability",
      message: "starts are every 30 minutes from 09:00 (host time); 10:15 is not one of them",
    });
    expect(check("2026-05-05T14:00:30Z")).toMatchObject({ reason: "outside_availability" });
  });

  it("outside_availability on time off", () => {
    const availability = { rules: everyDay("09:00", "17:00"), timeOff: [{ kind: "dates" as const, startDate: "2026-05-05", endDate: "2026-05-05" }] };
    expect(check("2026-05-05T14:00:00Z", { availability })).toMatchObject({ reason: "outside_availability" });
    expect(check("2026-05-06T14:00:00Z", { availability })).toMatchObject({ ok: true });
  });

  it("host_conflict on a host booking, including buffers, with the conflicting id", () => {
    const hostBusy = [{ id: "b1", start: at("2026-05-05T15:00:00Z"), end: at("2026-05-05T16:00:00Z") }];
    expect(check("2026-05-05T15:00:00Z", { hostBusy })).toMatchObject({ reason: "host_conflict", conflictingId: "b1", message: "the host has another session at that time" });
    expect(check("2026-05-05T14:00:00Z", { hostBusy })).toMatchObject({ ok: true });
    const buffered = { timeZone: "America/New_York", minNoticeMinutes: 120, horizonDays: 30, bufferAfterMinutes: 15 };
    expect(check("2026-05-05T14:00:00Z", { hostBusy, policy: buffered })).toMatchObject({ reason: "host_conflict", message: expect.stringMatching(/buffer/) });
    expect(check("2026-05-05T16:00:00Z", { hostBusy, policy: buffered })).toMatchObject({ reason: "host_conflict" });
    expect(check("2026-05-05T16:30:00Z", { hostBusy, policy: buffered })).toMatchObject({ ok: true });
  });

  it("host_conflict on external calendar busy time", () => {
    const externalBusy = [{ id: "gcal-1", start: at("2026-05-05T14:30:00Z"), end: at("2026-05-05T14:45:00Z") }];
    expect(check("2026-05-05T14:00:00Z", { externalBusy })).toMatchObject({ reason: "host_conflict", conflictingId: "gcal-1" });
  });

  it("client_conflict when the client has another session, whoever the host", () => {
    const clientBusy = [{ id: "c1", start: at("2026-05-05T14:30:00Z"), end: at("2026-05-05T15:30:00Z"), status: "pending" as const }];
    expect(check("2026-05-05T14:00:00Z", { clientBusy })).toMatchObject({ reason: "client_conflict", conflictingId: "c1" });
    expect(check("2026-05-05T15:30:00Z", { clientBusy })).toMatchObject({ ok: true });
  });

  it("limit_reached on daily and weekly limits", () => {
    const hostBusy = [{ start: at("2026-05-05T20:00:00Z"), end: at("2026-05-05T21:00:00Z") }];
    const daily = { timeZone: "America/New_York", minNoticeMinutes: 120, horizonDays: 30, dailyBookingLimit: 1 };
    expect(check("2026-05-05T14:00:00Z", { hostBusy, policy: daily })).toMatchObject({
      reason: "limit_reached",
      message: "the host takes at most 1 booking on 2026-05-05",
    });
    expect(check("2026-05-06T14:00:00Z", { hostBusy, policy: daily })).toMatchObject({ ok: true });
    const weekly = { timeZone: "America/New_York", minNoticeMinutes: 120, horizonDays: 30, weeklyBookingLimit: 1 };
    expect(check("2026-05-08T14:00:00Z", { hostBusy, policy: weekly })).toMatchObject({ reason: "limit_reached", message: expect.stringMatching(/week of 2026-05-04/) });
    expect(check("2026-05-11T14:00:00Z", { hostBusy, policy: weekly })).toMatchObject({ ok: true });
  });

  it("capacity_full for a full group occurrence; a seat when one is left", () => {
    const occ = { id: "g1", start: at("2026-05-05T14:00:00Z"), end: at("2026-05-05T15:00:00Z"), capacity: 2, seatsTaken: 1 };
    const hostBusy = [occ];
    expect(check("2026-05-05T14:00:00Z", { hostBusy, group: { occurrences: [occ] } })).toEqual({ ok: true, end: occ.end, occurrenceId: "g1" });
    expect(check("2026-05-05T14:00:00Z", { hostBusy, group: { occurrences: [{ ...occ, seatsTaken: 2 }] } })).toMatchObject({
      reason: "capacity_full",
      conflictingId: "g1",
    });
    // A different length at the same time would be a new session on top of it.
    expect(check("2026-05-05T14:00:00Z", { hostBusy, group: { occurrences: [occ] } }, 30)).toMatchObject({ reason: "host_conflict" });
    expect(check("2026-05-05T16:00:00Z", { hostBusy, group: { occurrences: [occ], allowNewOccurrences: false } })).toMatchObject({
      reason: "outside_availability",
      message: expect.stringMatching(/scheduled sessions/),
    });
  });

  it("reschedule: the moved booking does not conflict with itself", () => {
    const mine = { id: "moving", start: at("2026-05-05T14:00:00Z"), end: at("2026-05-05T15:00:00Z") };
    const input = { hostBusy: [mine], clientBusy: [mine], hostBookingsForLimits: [mine] };
    expect(check("2026-05-05T14:30:00Z", input)).toMatchObject({ reason: "host_conflict" });
    expect(check("2026-05-05T14:30:00Z", { ...input, ignoreBookingId: "moving" })).toMatchObject({ ok: true });
    const daily = { timeZone: "America/New_York", minNoticeMinutes: 120, horizonDays: 30, dailyBookingLimit: 1 };
    expect(check("2026-05-05T17:00:00Z", { ...input, policy: daily, ignoreBookingId: "moving" })).toMatchObject({ ok: true });
  });

  it("DST: a booking at 03:00 on the spring-forward day is aligned; one crossing midnight is accepted", () => {
    const ny = {
      policy: { timeZone: "America/New_York", minNoticeMinutes: 0, horizonDays: 365 },
      availability: { rules: everyDay("01:00", "04:00") },
      now: at("2026-03-01T00:00:00Z"),
    };
    expect(checkBooking({ ...ny, start: at("2026-03-08T07:00:00Z"), durationMinutes: 60 })).toMatchObject({ ok: true });
    expect(checkBooking({ ...ny, start: at("2026-03-08T07:30:00Z"), durationMinutes: 60 })).toMatchObject({ reason: "outside_availability" });
    const utc = {
      policy: { timeZone: "UTC", minNoticeMinutes: 0, horizonDays: 365 },
      availability: { rules: [{ dayOfWeek: 5, start: "22:00", end: "24:00" }, { dayOfWeek: 6, start: "00:00", end: "02:00" }] },
      now: at("2026-03-01T00:00:00Z"),
    };
    expect(checkBooking({ ...utc, start: at("2026-05-01T23:30:00Z"), durationMinutes: 60 })).toMatchObject({ ok: true });
    expect(checkBooking({ ...utc, availability: { rules: utc.availability.rules.slice(0, 1) }, start: at("2026-05-01T23:30:00Z"), durationMinutes: 60 })).toMatchObject({
      reason: "outside_availability",
    });
  });

  it("throws on inputs it cannot read", () => {
    expect(() => check("not a date")).toThrow(DomainError);
    expect(() => check("2026-05-05T14:00:00Z", { policy: { timeZone: "Nowhere/City" } })).toThrow(DomainError);
  });
});
