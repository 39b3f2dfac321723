import { describe, expect, it } from "vitest";
import { DomainError } from "./errors";
import { POLICY_DEFAULTS, resolvePolicy, validatePolicy } from "./policy";

describe("host policy", () => {
  it("applies defaults", () => {
    const p = resolvePolicy({ timeZone: "US/Eastern" });
    expect(p).toEqual({ timeZone: "America/New_York", ...POLICY_DEFAULTS });
    expect(p.slotIntervalMinutes).toBe(30);
    expect(p.durationsMinutes).toEqual([30, 60]);
    expect(p.minNoticeMinutes).toBe(120);
    expect(p.horizonDays).toBe(60);
    expect(p.minCancelNoticeHours).toBe(24);
    expect(p.requiresConfirmation).toBe(true);
    expect(p.dailyBookingLimit).toBeNull();
  });

  it("sorts and de-duplicates durations", () => {
    expect(resolvePolicy({ timeZone: "UTC", durationsMinutes: [90, 30, 60, 30] }).durationsMinutes).toEqual([30, 60, 90]);
  });

  it("reports every invalid field", () => {
    const r = validatePolicy({
      timeZone: "Nowhere/City",
      slotIntervalMinutes: 4,
      durationsMinutes: [0, 30],
      bufferBeforeMinutes: -5,
      bufferAfterMinutes: 1.5,
      minNoticeMinutes: -1,
      horizonDays: 0,
      minCancelNoticeHours: -1,
      dailyBookingLimit: 0,
      weeklyBookingLimit: 2.5,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.field).sort()).toEqual(
        [
          "timeZone",
          "slotIntervalMinutes",
          "durationsMinutes",
          "bufferBeforeMinutes",
          "bufferAfterMinutes",
          "minNoticeMinutes",
          "horizonDays",
          "minCancelNoticeHours",
          "dailyBookingLimit",
          "weeklyBookingLimit",
        ].sort(),
      );
    }
  });

  it("bounds: interval 5–60, durations 5–480", () => {
    expect(validatePolicy({ timeZone: "UTC", slotIntervalMinutes: 5 }).ok).toBe(true);
    expect(validatePolicy({ timeZone: "UTC", slotIntervalMinutes: 60 }).ok).toBe(true);
    expect(validatePolicy({ timeZone: "UTC", slotIntervalMinutes: 61 }).ok).toBe(false);
    expect(validatePolicy({ timeZone: "UTC", durationsMinutes: [5, 480] }).ok).toBe(true);
    expect(validatePolicy({ timeZone: "UTC", durationsMinutes: [481] }).ok).toBe(false);
    expect(validatePolicy({ timeZone: "UTC", durationsMinutes: [] }).ok).toBe(false);
  });

  it("throws a DomainError from resolvePolicy", () => {
    expect(() => resolvePolicy({ timeZone: "UTC", slotIntervalMinutes: 7.5 })).toThrow(DomainError);
    expect(() => resolvePolicy({ timeZone: "Bad/Zone" })).toThrow(/unknown time zone/);
  });
});
