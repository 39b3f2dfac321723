import { describe, expect, it } from "vitest";
import {
  type WeeklyRule,
  expandAvailability,
  splitOvernightRule,
  validateAvailability,
  validateOverrides,
  validateRange,
  validateTimeOff,
  validateWeeklyRules,
} from "./availability";
import { DomainError } from "./errors";

const iso = (ms: number) => new Date(ms).toISOString();
const show = (list: { start: number; end: number }[]) => list.map((i) => `${iso(i.start)}/${iso(i.end)}`);

const weekdays = (start: string, end: string): WeeklyRule[] => [1, 2, 3, 4, 5].map((dayOfWeek) => ({ dayOfWeek, start, end }));

describe("validateRange", () => {
  it("accepts 24:00 as an end and rejects it as a start", () => {
    expect(validateRange({ start: "22:00", end: "24:00" })).toEqual({ ok: true, start: 1320, end: 1440 });
    expect(validateRange({ start: "24:00", end: "24:00" })).toMatchObject({ ok: false });
  });

  it("rejects a range crossing midnight with the split hint", () => {
    expect(validateRange({ start: "22:00", end: "02:00" })).toEqual({
      ok: false,
      message: "end must be after start; split a range that crosses midnight into two ranges (22:00–24:00 and 00:00–02:00)",
    });
  });

  it("rejects 00:00 as an end and points to 24:00", () => {
    const r = validateRange({ start: "22:00", end: "00:00" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/"24:00"/);
  });

  it("rejects empty and malformed ranges", () => {
    expect(validateRange({ start: "09:00", end: "09:00" })).toMatchObject({ ok: false, message: expect.stringMatching(/end must be after start/) });
    expect(validateRange({ start: "9:00", end: "10:00" })).toMatchObject({ ok: false, message: expect.stringMatching(/start "9:00"/) });
    expect(validateRange({ start: "09:00", end: "25:00" })).toMatchObject({ ok: false, message: expect.stringMatching(/end "25:00"/) });
  });
});

describe("validateWeeklyRules", () => {
  it("accepts several ranges a day, touching ranges and 24:00", () => {
    expect(
      validateWeeklyRules([
        { dayOfWeek: 1, start: "09:00", end: "12:00" },
        { dayOfWeek: 1, start: "12:00", end: "13:00" },
        { dayOfWeek: 1, start: "14:00", end: "24:00" },
        { dayOfWeek: 2, start: "00:00", end: "02:00" },
      ]),
    ).toEqual({ ok: true });
  });

  it("reports overlaps naming the day and both ranges", () => {
    const r = validateWeeklyRules([
      { dayOfWeek: 1, start: "09:00", end: "12:00" },
      { dayOfWeek: 2, start: "11:00", end: "13:00" },
      { dayOfWeek: 1, start: "11:00", end: "13:00" },
    ]);
    expect(r).toEqual({ ok: false, errors: [{ index: 2, message: "Monday: 09:00–12:00 overlaps 11:00–13:00" }] });
  });

  it("reports a range nested in a wider one", () => {
    const r = validateWeeklyRules([
      { dayOfWeek: 0, start: "08:00", end: "18:00" },
      { dayOfWeek: 0, start: "09:00", end: "10:00" },
      { dayOfWeek: 0, start: "12:00", end: "13:00" },
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.message)).toEqual(["Sunday: 08:00–18:00 overlaps 09:00–10:00", "Sunday: 08:00–18:00 overlaps 12:00–13:00"]);
  });

  it("reports bad weekdays and midnight-crossing ranges with their index", () => {
    const r = validateWeeklyRules([
      { dayOfWeek: 7, start: "09:00", end: "10:00" },
      { dayOfWeek: 5, start: "22:00", end: "02:00" },
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0]).toMatchObject({ index: 0, message: expect.stringMatching(/0 \(Sunday\) to 6 \(Saturday\)/) });
      expect(r.errors[1]).toEqual({
        index: 1,
        message: "Friday: end must be after start; split a range that crosses midnight into two ranges (22:00–24:00 and 00:00–02:00)",
      });
    }
  });
});

describe("validateOverrides / validateTimeOff / validateAvailability", () => {
  it("checks override dates, duplicates and overlaps", () => {
    expect(validateOverrides([{ date: "2028-02-29", ranges: [] }])).toEqual({ ok: true });
    const r = validateOverrides([
      { date: "2027-02-29", ranges: [] },
      { date: "2026-05-01", ranges: [{ start: "09:00", end: "11:00" }, { start: "10:00", end: "12:00" }] },
      { date: "2026-05-01", ranges: [] },
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.index)).toEqual([0, 1, 2]);
      expect(r.errors[1]!.message).toBe("2026-05-01: 09:00–11:00 overlaps 10:00–12:00");
    }
  });

  it("checks time off", () => {
    expect(validateTimeOff([{ kind: "dates", startDate: "2026-05-01", endDate: "2026-05-01" }])).toEqual({ ok: true });
    expect(validateTimeOff([{ kind: "dates", startDate: "2026-05-02", endDate: "2026-05-01" }]).ok).toBe(false);
    expect(validateTimeOff([{ kind: "instants", start: new Date("2026-05-01T10:00:00Z"), end: new Date("2026-05-01T10:00:00Z") }]).ok).toBe(false);
  });

  it("collects errors per field", () => {
    const r = validateAvailability({
      rules: [{ dayOfWeek: 1, start: "10:00", end: "09:00" }],
      overrides: [{ date: "x", ranges: [] }],
      timeOff: [],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field)).toEqual(["rules", "overrides"]);
  });
});

describe("splitOvernightRule", () => {
  it("splits 22:00–02:00 into two days and maps 00:00 ends to 24:00", () => {
    expect(splitOvernightRule({ dayOfWeek: 6, start: "22:00", end: "02:00" })).toEqual([
      { dayOfWeek: 6, start: "22:00", end: "24:00" },
      { dayOfWeek: 0, start: "00:00", end: "02:00" },
    ]);
    expect(splitOvernightRule({ dayOfWeek: 1, start: "22:00", end: "00:00" })).toEqual([{ dayOfWeek: 1, start: "22:00", end: "24:00" }]);
    expect(splitOvernightRule({ dayOfWeek: 1, start: "09:00", end: "17:00" })).toEqual([{ dayOfWeek: 1, start: "09:00", end: "17:00" }]);
  });
});

describe("expandAvailability", () => {
  const zone = "America/New_York";

  it("expands weekly rules in the host zone (EDT vs EST)", () => {
    const out = expandAvailability({
      rules: weekdays("09:00", "17:00"),
      timeZone: zone,
      from: new Date("2026-03-06T00:00:00Z"),
      to: new Date("2026-03-10T00:00:00Z"),
    });
    expect(show(out)).toEqual(["2026-03-06T14:00:00.000Z/2026-03-06T22:00:00.000Z", "2026-03-09T13:00:00.000Z/2026-03-09T21:00:00.000Z"]);
  });

  it("afternoon hours on a transition day: 13:00–18:00 New York on 2026-03-08 is 17:00–22:00Z", () => {
    const out = expandAvailability({
      rules: [{ dayOfWeek: 0, start: "13:00", end: "18:00" }],
      timeZone: zone,
      from: new Date("2026-03-08T00:00:00Z"),
      to: new Date("2026-03-09T12:00:00Z"),
    });
    expect(show(out)).toEqual(["2026-03-08T17:00:00.000Z/2026-03-08T22:00:00.000Z"]);
  });

  it("01:00–04:00 on the spring-forward day lasts two real hours", () => {
    const out = expandAvailability({
      rules: [{ dayOfWeek: 0, start: "01:00", end: "04:00" }],
      timeZone: zone,
      from: new Date("2026-03-08T00:00:00Z"),
      to: new Date("2026-03-09T00:00:00Z"),
    });
    expect(show(out)).toEqual(["2026-03-08T06:00:00.000Z/2026-03-08T08:00:00.000Z"]);
  });

  it("00:00–03:00 on the fall-back day lasts four real hours", () => {
    const out = expandAvailability({
      rules: [{ dayOfWeek: 0, start: "00:00", end: "03:00" }],
      timeZone: "America/Chicago",
      from: new Date("2026-11-01T00:00:00Z"),
      to: new Date("2026-11-02T00:00:00Z"),
    });
    expect(show(out)).toEqual(["2026-11-01T05:00:00.000Z/2026-11-01T09:00:00.000Z"]);
  });

  it("joins 22:00–24:00 and next day's 00:00–02:00 into one interval", () => {
    const out = expandAvailability({
      rules: [
        { dayOfWeek: 5, start: "22:00", end: "24:00" },
        { dayOfWeek: 6, start: "00:00", end: "02:00" },
      ],
      timeZone: "UTC",
      from: new Date("2026-05-01T00:00:00Z"),
      to: new Date("2026-05-03T00:00:00Z"),
    });
    expect(show(out)).toEqual(["2026-05-01T22:00:00.000Z/2026-05-02T02:00:00.000Z"]);
  });

  it("dated overrides replace the weekly hours; empty closes the day", () => {
    const out = expandAvailability({
      rules: weekdays("09:00", "17:00"),
      overrides: [
        { date: "2026-05-04", ranges: [{ start: "13:00", end: "15:00" }] },
        { date: "2026-05-05", ranges: [] },
        { date: "2026-05-09", ranges: [{ start: "10:00", end: "11:00" }] },
      ],
      timeZone: "UTC",
      from: new Date("2026-05-04T00:00:00Z"),
      to: new Date("2026-05-10T00:00:00Z"),
    });
    expect(show(out)).toEqual([
      "2026-05-04T13:00:00.000Z/2026-05-04T15:00:00.000Z",
      "2026-05-06T09:00:00.000Z/2026-05-06T17:00:00.000Z",
      "2026-05-07T09:00:00.000Z/2026-05-07T17:00:00.000Z",
      "2026-05-08T09:00:00.000Z/2026-05-08T17:00:00.000Z",
      "2026-05-09T10:00:00.000Z/2026-05-09T11:00:00.000Z",
    ]);
  });

  it("time off removes whole host-local dates and partial stretches", () => {
    const out = expandAvailability({
      rules: weekdays("09:00", "17:00"),
      timeOff: [
        { kind: "dates", startDate: "2026-05-05", endDate: "2026-05-06" },
        { kind: "instants", start: new Date("2026-05-07T16:00:00Z"), end: new Date("2026-05-07T18:00:00Z") },
      ],
      timeZone: zone,
      from: new Date("2026-05-04T00:00:00Z"),
      to: new Date("2026-05-08T00:00:00Z"),
    });
    expect(show(out)).toEqual([
      "2026-05-04T13:00:00.000Z/2026-05-04T21:00:00.000Z",
      "2026-05-07T13:00:00.000Z/2026-05-07T16:00:00.000Z",
      "2026-05-07T18:00:00.000Z/2026-05-07T21:00:00.000Z",
    ]);
  });

  it("clips to [from, to)", () => {
    const out = expandAvailability({
      rules: weekdays("09:00", "17:00"),
      timeZone: "UTC",
      from: new Date("2026-05-04T10:00:00Z"),
      to: new Date("2026-05-04T12:00:00Z"),
    });
    expect(show(out)).toEqual(["2026-05-04T10:00:00.000Z/2026-05-04T12:00:00.000Z"]);
  });

  it("handles 2028-02-29", () => {
    const out = expandAvailability({
      rules: [{ dayOfWeek: 2, start: "09:00", end: "10:00" }],
      timeZone: "Asia/Kolkata",
      from: new Date("2028-02-28T00:00:00Z"),
      to: new Date("2028-03-02T00:00:00Z"),
    });
    expect(show(out)).toEqual(["2028-02-29T03:30:00.000Z/2028-02-29T04:30:00.000Z"]);
  });

  it("throws on ranges the engine cannot interpret", () => {
    expect(() =>
      expandAvailability({ rules: [{ dayOfWeek: 1, start: "22:00", end: "02:00" }], timeZone: "UTC", from: new Date(0), to: new Date(86_400_000 * 8) }),
    ).toThrow(DomainError);
    expect(() => expandAvailability({ rules: [], timeZone: "Bad/Zone", from: new Date(0), to: new Date(1) })).toThrow(/unknown time zone/);
  });
});
