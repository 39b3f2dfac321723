import { TZDate, tzOffset } from "@date-fns/tz";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "./errors";
import { ZONES } from "./test-support";
import {
  addDaysISO,
  canonicalTimeZone,
  dayOfWeekISO,
  formatHHMM,
  formatHHMMSS,
  formatInZone,
  isValidDateISO,
  isValidTimeZone,
  isoWeekStartDay,
  mondayZeroToSundayZero,
  parseDateISO,
  parseHHMM,
  parseHHMMSS,
  requireTimeZone,
  startOfZonedDay,
  sundayZeroToMondayZero,
  wallTimeToInstant,
  wallTimeToInstants,
  zoneClock,
  zoneOffsetMinutes,
  zonedDate,
  zonedDayOfWeek,
  zonedMinutes,
  formatDay,
  isoInstant,
} from "./time";

const isoStrings = (ds: Date[]) => ds.map((d) => d.toISOString());

describe("time zone names", () => {
  it("accepts IANA names and resolves aliases to current names", () => {
    expect(canonicalTimeZone("America/New_York")).toBe("America/New_York");
    expect(canonicalTimeZone("US/Eastern")).toBe("America/New_York");
    expect(canonicalTimeZone("Asia/Calcutta")).toBe("Asia/Kolkata");
    expect(canonicalTimeZone("Asia/Kolkata")).toBe("Asia/Kolkata");
    expect(canonicalTimeZone("Asia/Katmandu")).toBe("Asia/Kathmandu");
    expect(canonicalTimeZone("UTC")).toBe("UTC");
    expect(canonicalTimeZone("Etc/UTC")).toBe("UTC");
    expect(isValidTimeZone("Australia/Lord_Howe")).toBe(true);
  });

  it("rejects invalid names and raw offsets", () => {
    for (const bad of ["Mars/Olympus", "", "America/New York", "+05:00", "-0300", "Europe/", "local", "123"]) {
      expect(isValidTimeZone(bad), bad).toBe(false);
      expect(canonicalTimeZone(bad), bad).toBeNull();
    }
    expect(() => requireTimeZone("Mars/Olympus")).toThrow(DomainError);
    expect(() => requireTimeZone("Mars/Olympus")).toThrow(/unknown time zone "Mars\/Olympus"/);
  });
});

describe("HH:MM parsing", () => {
  it("parses valid times, 24:00 as 1440", () => {
    expect(parseHHMM("00:00")).toBe(0);
    expect(parseHHMM("09:30")).toBe(570);
    expect(parseHHMM("23:59")).toBe(1439);
    expect(parseHHMM("24:00")).toBe(1440);
  });
  it("rejects malformed times", () => {
    for (const bad of ["9:30", "24:01", "25:00", "12:60", "12:5", "1230", "", "12:30:00", " 12:30", "ab:cd"]) {
      expect(parseHHMM(bad), bad).toBeNull();
    }
  });
  it("parses HH:MM:SS for seed 004, whole minutes only", () => {
    expect(parseHHMMSS("09:30:00")).toBe(570);
    expect(parseHHMMSS("24:00:00")).toBe(1440);
    expect(parseHHMMSS("09:30:15")).toBeNull();
    expect(parseHHMMSS("09:30")).toBeNull();
  });
  it("formats", () => {
    expect(formatHHMM(0)).toBe("00:00");
    expect(formatHHMM(570)).toBe("09:30");
    expect(formatHHMM(1440)).toBe("24:00");
    expect(formatHHMMSS(570)).toBe("09:30:00");
  });
  it("round-trips every minute of the day", () => {
    for (let m = 0; m <= 1440; m++) expect(parseHHMM(formatHHMM(m))).toBe(m);
  });
});

describe("calendar dates", () => {
  it("validates real dates including 2028-02-29", () => {
    expect(isValidDateISO("2028-02-29")).toBe(true);
    expect(isValidDateISO("2027-02-29")).toBe(false);
    expect(isValidDateISO("2026-13-01")).toBe(false);
    expect(isValidDateISO("2026-1-01")).toBe(false);
    expect(parseDateISO("1970-01-01")).toBe(0);
  });
  it("adds days across month, leap day and year ends", () => {
    expect(addDaysISO("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDaysISO("2028-02-29", 1)).toBe("2028-03-01");
    expect(addDaysISO("2027-02-28", 1)).toBe("2027-03-01");
    expect(addDaysISO("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDaysISO("2026-03-01", -1)).toBe("2026-02-28");
  });
  it("computes weekdays (0 = Sunday) and ISO weeks", () => {
    expect(dayOfWeekISO("2026-03-08")).toBe(0);
    expect(dayOfWeekISO("2028-02-29")).toBe(2);
    expect(formatDay(isoWeekStartDay(parseDateISO("2026-03-08")!))).toBe("2026-03-02");
    expect(formatDay(isoWeekStartDay(parseDateISO("2026-03-09")!))).toBe("2026-03-09");
    expect(formatDay(isoWeekStartDay(parseDateISO("2027-01-01")!))).toBe("2026-12-28");
  });
  it("converts seed 004's Monday-first weekdays", () => {
    expect(mondayZeroToSundayZero(0)).toBe(1);
    expect(mondayZeroToSundayZero(6)).toBe(0);
    for (let d = 0; d < 7; d++) expect(sundayZeroToMondayZero(mondayZeroToSundayZero(d))).toBe(d);
  });
});

describe("wall time to instants", () => {
  it("spring-forward gap (New York 2026-03-08): 02:xx does not exist", () => {
    expect(wallTimeToInstants("2026-03-08", 120, "America/New_York")).toEqual([]);
    expect(wallTimeToInstants("2026-03-08", 150, "America/New_York")).toEqual([]);
    expect(isoStrings(wallTimeToInstants("2026-03-08", 60, "America/New_York"))).toEqual(["2026-03-08T06:00:00.000Z"]);
    expect(isoStrings(wallTimeToInstants("2026-03-08", 180, "America/New_York"))).toEqual(["2026-03-08T07:00:00.000Z"]);
    // A missing wall time maps to the instant the clocks jumped.
    expect(wallTimeToInstant("2026-03-08", 150, "America/New_York").toISOString()).toBe("2026-03-08T07:00:00.000Z");
  });

  it("fall-back overlap (Chicago 2026-11-01): 01:00 happens twice", () => {
    expect(isoStrings(wallTimeToInstants("2026-11-01", 60, "America/Chicago"))).toEqual([
      "2026-11-01T06:00:00.000Z",
      "2026-11-01T07:00:00.000Z",
    ]);
    expect(wallTimeToInstant("2026-11-01", 60, "America/Chicago").toISOString()).toBe("2026-11-01T06:00:00.000Z");
    expect(wallTimeToInstant("2026-11-01", 60, "America/Chicago", "later").toISOString()).toBe("2026-11-01T07:00:00.000Z");
  });

  it("afternoon of a transition day uses the new offset", () => {
    expect(wallTimeToInstant("2026-03-08", 13 * 60, "America/New_York").toISOString()).toBe("2026-03-08T17:00:00.000Z");
    expect(wallTimeToInstant("2026-03-08", 18 * 60, "America/New_York").toISOString()).toBe("2026-03-08T22:00:00.000Z");
  });

  it("Lord Howe's 30-minute DST: gap 02:00–02:30 in October, overlap 01:30–02:00 in April", () => {
    expect(wallTimeToInstants("2026-10-04", 135, "Australia/Lord_Howe")).toEqual([]);
    expect(wallTimeToInstant("2026-10-04", 135, "Australia/Lord_Howe").toISOString()).toBe("2026-10-03T15:30:00.000Z");
    const twice = wallTimeToInstants("2026-04-05", 105, "Australia/Lord_Howe");
    expect(twice).toHaveLength(2);
    expect(twice[1]!.getTime() - twice[0]!.getTime()).toBe(30 * 60_000);
  });

  it("Sydney: April overlap and October gap", () => {
    expect(wallTimeToInstants("2026-04-05", 150, "Australia/Sydney")).toHaveLength(2);
    expect(wallTimeToInstants("2026-10-04", 150, "Australia/Sydney")).toHaveLength(0);
    expect(isoStrings(wallTimeToInstants("2026-10-04", 9 * 60, "Australia/Sydney"))).toEqual(["2026-10-03T22:00:00.000Z"]);
    expect(isoStrings(wallTimeToInstants("2026-04-04", 9 * 60, "Australia/Sydney"))).toEqual(["2026-04-03T22:00:00.000Z"]);
    expect(isoStrings(wallTimeToInstants("2026-04-05", 9 * 60, "Australia/Sydney"))).toEqual(["2026-04-04T23:00:00.000Z"]);
  });

  it("odd fixed offsets: Kolkata +05:30, Kathmandu +05:45", () => {
    expect(wallTimeToInstant("2026-06-15", 9 * 60, "Asia/Kolkata").toISOString()).toBe("2026-06-15T03:30:00.000Z");
    expect(wallTimeToInstant("2026-06-15", 9 * 60, "Asia/Calcutta").toISOString()).toBe("2026-06-15T03:30:00.000Z");
    expect(wallTimeToInstant("2026-06-15", 9 * 60, "Asia/Kathmandu").toISOString()).toBe("2026-06-15T03:15:00.000Z");
    expect(zoneOffsetMinutes(new Date("2026-06-15T00:00:00Z"), "Asia/Kathmandu")).toBe(345);
  });

  it("start of day, alias zones", () => {
    expect(startOfZonedDay("2026-03-08", "US/Eastern").toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect(startOfZonedDay("2026-03-09", "America/New_York").toISOString()).toBe("2026-03-09T04:00:00.000Z");
    expect(startOfZonedDay("2028-02-29", "Pacific/Auckland").toISOString()).toBe("2028-02-28T11:00:00.000Z");
  });

  it("rejects unknown zones and dates", () => {
    expect(() => wallTimeToInstants("2026-03-08", 60, "Nowhere/City")).toThrow(DomainError);
    expect(() => wallTimeToInstants("2026-02-30", 60, "UTC")).toThrow(/real date/);
  });
});

describe("instants to wall time", () => {
  it("reads dates, minutes and weekdays in the given zone, not the process zone", () => {
    const t = new Date("2026-03-08T04:30:00Z");
    expect(zonedDate(t, "America/New_York")).toBe("2026-03-07");
    expect(zonedMinutes(t, "America/New_York")).toBe(23 * 60 + 30);
    expect(zonedDayOfWeek(t, "America/New_York")).toBe(6);
    expect(zonedDate(t, "Pacific/Auckland")).toBe("2026-03-08");
    expect(zonedDate(t, "UTC")).toBe("2026-03-08");
    expect(zonedDate(new Date("2028-02-29T23:59:00Z"), "UTC")).toBe("2028-02-29");
  });

  it("formats with date-fns in a zone", () => {
    expect(formatInZone(new Date("2026-11-01T07:30:00Z"), "America/Chicago", "yyyy-MM-dd HH:mm xxx")).toBe("2026-11-01 01:30 -06:00");
    expect(formatInZone(new Date("2026-11-01T06:30:00Z"), "America/Chicago", "yyyy-MM-dd HH:mm xxx")).toBe("2026-11-01 01:30 -05:00");
  });
});

describe("properties", () => {
  const instantArb = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 11, 31) }).map((m) => Math.floor(m / 60_000) * 60_000);
  const zoneArb = fc.constantFrom(...ZONES, "Asia/Tokyo", "America/St_Johns", "Pacific/Chatham", "Europe/Dublin");

  it("cached offsets agree with Intl (tzOffset) everywhere", () => {
    fc.assert(
      fc.property(instantArb, zoneArb, (t, zone) => {
        expect(zoneClock(zone).offsetAt(t)).toBe(tzOffset(zone, new Date(t)));
      }),
      { numRuns: 400 },
    );
  });

  it("every instant is among the instants of its own wall time", () => {
    fc.assert(
      fc.property(instantArb, zoneArb, (t, zone) => {
        const date = zonedDate(new Date(t), zone);
        const minutes = zonedMinutes(new Date(t), zone);
        expect(wallTimeToInstants(date, minutes, zone).map((d) => d.getTime())).toContain(t);
      }),
      { numRuns: 400 },
    );
  });

  it("wall readings agree with TZDate", () => {
    fc.assert(
      fc.property(instantArb, zoneArb, (t, zone) => {
        const z = new TZDate(t, zone);
        const expected = `${z.getFullYear()}-${String(z.getMonth() + 1).padStart(2, "0")}-${String(z.getDate()).padStart(2, "0")}`;
        expect(zonedDate(new Date(t), zone)).toBe(expected);
        expect(zonedMinutes(new Date(t), zone)).toBe(z.getHours() * 60 + z.getMinutes());
        expect(zonedDayOfWeek(new Date(t), zone)).toBe(z.getDay());
      }),
      { numRuns: 300 },
    );
  });
});

describe("isoInstant", () => {
  it("writes what Date#toISOString writes, for any instant", () => {
    fc.assert(
      fc.property(fc.integer({ min: -70_000_000_000_000, max: 260_000_000_000_000 }), (ms) => {
        expect(isoInstant(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 5000 },
    );
  });
  it.each([0, -1, 951_782_400_000, 951_868_799_999, 4_107_542_400_000, -62_167_219_200_000, 253_402_300_799_999, 1.5])("at %s", (ms) => {
    expect(isoInstant(ms)).toBe(new Date(ms).toISOString());
  });
});
