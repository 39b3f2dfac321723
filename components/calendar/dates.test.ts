import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { dateInZone, formatLongDate, formatMonth, formatMonthName, formatShortDate, formatTime, offsetLabel, todayIn, validZone } from "./dates";
import { browserZone, sameZone } from "./zone-offset";

// The calendar's text is arithmetic on a zone's offset (zone-offset.ts); these pin it to what
// Intl itself prints, for every zone the runtime knows, with the offset taken from Intl (the
// server, browsers without Temporal) and from a Temporal stand-in (the browsers that have it).

const ZONES = Intl.supportedValuesOf("timeZone");
const MINUTE = 60_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
const cached = (key: string, options: Intl.DateTimeFormatOptions, locale = "en-US") => {
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.DateTimeFormat(locale, options)));
  return formatter;
};

const reference = {
  wall: (zone: string) =>
    cached(`wall ${zone}`, { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }),
  hour12: (zone: string) => cached(`h12 ${zone}`, { timeZone: zone, hour: "numeric", minute: "2-digit", hourCycle: "h12" }),
  offsetName: (zone: string, ms: number) =>
    cached(`offset ${zone}`, { timeZone: zone, timeZoneName: "longOffset" }).formatToParts(ms).find((p) => p.type === "timeZoneName")?.value,
  parts(formatter: Intl.DateTimeFormat, ms: number) {
    return Object.fromEntries(formatter.formatToParts(ms).map((p) => [p.type, p.value])) as Record<string, string>;
  },
  /** Minutes east of UTC, from the "GMT+05:30" Intl prints (a different road from the code's). */
  offsetMinutes(zone: string, ms: number): number {
    const name = reference.offsetName(zone, ms) ?? "";
    const match = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name);
    if (!match) throw new Error(`unexpected offset ${name} for ${zone}`);
    return match[1] ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  },
  offsetLabel(zone: string, ms: number): string {
    const part = reference.offsetName(zone, ms);
    if (!part || part === "GMT") return "UTC+00:00";
    return part.replace("GMT", "UTC").replace("-", "\u2212");
  },
  calendar: (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", ...options }),
};

/** Temporal as far as zone-offset.ts uses it, answering from Intl. */
function installTemporalStandIn(ownZone = "Europe/Paris") {
  const resolve = (zone: string) => new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
  const zoned = (ms: number, zone: string) => {
    if (/^[+-]/.test(zone)) return { timeZoneId: zone, offsetNanoseconds: 0, canonical: zone, equals: () => false };
    const canonical = resolve(zone); // throws a RangeError for an unknown zone, as Temporal does
    const id = ZONES.find((z) => z.toLowerCase() === zone.toLowerCase()) ?? (zone.toLowerCase() === "utc" ? "UTC" : zone);
    const self = {
      timeZoneId: id,
      canonical,
      offsetNanoseconds: reference.offsetMinutes(zone, ms) * 60e9,
      equals: (other: { canonical: string }) => other.canonical === canonical,
    };
    return self;
  };
  (globalThis as { Temporal?: unknown }).Temporal = {
    Now: { timeZoneId: () => ownZone },
    Instant: { fromEpochMilliseconds: (ms: number) => ({ toZonedDateTimeISO: (zone: string) => zoned(ms, zone) }) },
  };
}

afterEach(() => {
  delete (globalThis as { Temporal?: unknown }).Temporal;
});

// Minutes from 1973 (after the last whole-second LMT offsets) to 2100.
const instantArb = fc.integer({ min: Date.UTC(1973, 0, 1) / MINUTE, max: Date.UTC(2100, 0, 1) / MINUTE }).map((m) => m * MINUTE);
const zoneArb = fc.constantFrom(...ZONES);

function expectLikeIntl(ms: number, zone: string) {
  const wall = reference.parts(reference.wall(zone), ms);
  const h12 = reference.parts(reference.hour12(zone), ms);
  expect(dateInZone(new Date(ms), zone)).toBe(`${wall.year}-${wall.month}-${wall.day}`);
  expect(formatTime(new Date(ms).toISOString(), zone)).toBe(`${wall.hour}:${wall.minute}`);
  expect(formatTime(new Date(ms), zone, true)).toBe(`${h12.hour}:${h12.minute} ${h12.dayPeriod?.toLowerCase()}`);
  expect(offsetLabel(zone, new Date(ms))).toBe(reference.offsetLabel(zone, ms));
}

/** Instants on both sides of each offset change of `zone`, 2024–2030 (found week by week, then to the minute). */
const transitions = new Map<string, number[]>();
function transitionInstants(zone: string): number[] {
  const known = transitions.get(zone);
  if (known) return known;
  const out: number[] = [];
  const WEEK = 7 * 86_400_000;
  let previous = reference.offsetMinutes(zone, Date.UTC(2024, 0, 1));
  for (let at = Date.UTC(2024, 0, 1) + WEEK; at < Date.UTC(2031, 0, 1); at += WEEK) {
    const offset = reference.offsetMinutes(zone, at);
    if (offset === previous) continue;
    let [lo, hi] = [at - WEEK, at];
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (reference.offsetMinutes(zone, mid) === previous) lo = mid;
      else hi = mid;
    }
    out.push(lo - 3_600_000, lo, hi, hi + 3_600_000);
    previous = offset;
  }
  transitions.set(zone, out);
  return out;
}

describe.each([
  ["Intl", () => undefined],
  ["Temporal", () => installTemporalStandIn()],
])("zone arithmetic with offsets from %s", (_source, install) => {
  it("prints the date, the time and the offset Intl prints, for any zone and instant", () => {
    install();
    fc.assert(
      fc.property(instantArb, zoneArb, (ms, zone) => expectLikeIntl(ms, zone)),
      { numRuns: 3000 },
    );
  });

  it("is right on both sides of every offset change of every zone, 2024–2030", () => {
    install();
    let checked = 0;
    for (const zone of ZONES) {
      for (const ms of transitionInstants(zone)) {
        expectLikeIntl(ms, zone);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  }, 60_000);

  it("gives an unknown zone no offset label, and refuses it as a zone", () => {
    install();
    expect(offsetLabel("Nowhere/City")).toBe("");
    expect(validZone("Nowhere/City")).toBeNull();
    expect(validZone("+05:30")).toBeNull();
    expect(validZone("")).toBeNull();
    expect(validZone(42)).toBeNull();
    expect(() => todayIn("Nowhere/City")).toThrow(RangeError);
  });

  it("accepts zones in the spelling the server stores", () => {
    install();
    expect(validZone(" Asia/Tokyo ")).toBe("Asia/Tokyo");
    expect(validZone("Asia/Calcutta")).toBe("Asia/Kolkata");
    expect(validZone("Europe/Kiev")).toBe("Europe/Kyiv");
    expect(validZone("UTC")).toBe("UTC");
  });
});

describe("the browser's zone", () => {
  it("comes from Temporal where there is one, and Intl elsewhere", () => {
    expect(browserZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    installTemporalStandIn("America/St_Johns");
    expect(browserZone()).toBe("America/St_Johns");
  });

  it("is never an offset without rules", () => {
    installTemporalStandIn("+05:30");
    expect(browserZone()).toBeNull();
  });

  it("is the same zone as its alias only when Temporal can tell", () => {
    expect(sameZone("Asia/Tokyo", "Asia/Tokyo")).toBe(true);
    expect(sameZone("Asia/Calcutta", "Asia/Kolkata")).toBe(false);
    installTemporalStandIn();
    expect(sameZone("Asia/Calcutta", "Asia/Kolkata")).toBe(true);
    expect(sameZone("Asia/Tokyo", "Asia/Seoul")).toBe(false);
    expect(sameZone("Asia/Tokyo", "Nowhere/City")).toBe(false);
  });
});

describe("calendar dates", () => {
  const dayArb = fc.integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(2200, 0, 1) / 86_400_000 }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));

  it("read as Intl's en-GB reads them, on any day", () => {
    const long = reference.calendar({ weekday: "long", day: "numeric", month: "long" });
    const longYear = reference.calendar({ weekday: "long", day: "numeric", month: "long", year: "numeric" });
    const short = reference.calendar({ weekday: "short", day: "numeric", month: "short" });
    const title = reference.calendar({ month: "long", year: "numeric" });
    const name = reference.calendar({ month: "long" });
    fc.assert(
      fc.property(dayArb, (date) => {
        const at = new Date(`${date}T00:00:00Z`);
        expect(formatLongDate(date)).toBe(long.format(at));
        expect(formatLongDate(date, true)).toBe(longYear.format(at));
        expect(formatShortDate(date)).toBe(short.format(at));
        expect(formatMonth(date.slice(0, 7))).toBe(title.format(at));
        expect(formatMonthName(date.slice(0, 7))).toBe(name.format(at));
      }),
      { numRuns: 5000 },
    );
  });

  it("spell September the British way", () => {
    expect(formatShortDate("2026-09-04")).toBe("Fri 4 Sept");
    expect(formatLongDate("2026-12-04", true)).toBe("Friday, 4 December 2026");
    expect(formatLongDate("2026-12-04")).toBe("Friday 4 December");
  });
});
