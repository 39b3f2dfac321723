import { describe, expect, it } from "vitest";
import type { WeeklyRule } from "./availability";
import { DomainError } from "./errors";
import { type SlotQuery, generateFixedSlots, generateSlots, groupSlotsByDate, rangeForDates } from "./slots";
import { formatInZone } from "./time";

const NOW = new Date("2026-01-01T00:00:00Z");
const everyDay = (start: string, end: string): WeeklyRule[] => [0, 1, 2, 3, 4, 5, 6].map((dayOfWeek) => ({ dayOfWeek, start, end }));

function query(zone: string, rules: WeeklyRule[], dates: [string, string], extra: Partial<SlotQuery> = {}, requesterZone = zone): SlotQuery {
  return {
    policy: { timeZone: zone, minNoticeMinutes: 0, horizonDays: 1000 },
    availability: { rules },
    range: rangeForDates(dates[0], dates[1], requesterZone),
    now: NOW,
    hostBusy: [],
    ...extra,
  };
}

const starts = (slots: { start: Date }[]) => slots.map((s) => s.start.toISOString());
const wall = (slots: { start: Date }[], zone: string) => slots.map((s) => formatInZone(s.start, zone, "HH:mm"));

describe("DST matrix", () => {
  it("spring-forward gap: New York 2026-03-08, 01:00–04:00 has no 02:xx starts", () => {
    const q = query("America/New_York", everyDay("01:00", "04:00"), ["2026-03-08", "2026-03-08"]);
    const s30 = generateFixedSlots({ ...q, duration: 30 });
    expect(wall(s30, "America/New_York")).toEqual(["01:00", "01:30", "03:00", "03:30"]);
    expect(starts(s30)).toEqual(["2026-03-08T06:00:00.000Z", "2026-03-08T06:30:00.000Z", "2026-03-08T07:00:00.000Z", "2026-03-08T07:30:00.000Z"]);
  });

  it("spring-forward gap: durations are real elapsed time", () => {
    const q = query("America/New_York", everyDay("01:00", "04:00"), ["2026-03-08", "2026-03-08"]);
    const s60 = generateFixedSlots({ ...q, duration: 60 });
    expect(s60.map((s) => [s.start.toISOString(), s.end.toISOString()])).toEqual([
      ["2026-03-08T06:00:00.000Z", "2026-03-08T07:00:00.000Z"],
      ["2026-03-08T06:30:00.000Z", "2026-03-08T07:30:00.000Z"],
      ["2026-03-08T07:00:00.000Z", "2026-03-08T08:00:00.000Z"],
    ]);
    // 01:00 EST + 60 real minutes reads 03:00 EDT on the wall.
    expect(formatInZone(s60[0]!.end, "America/New_York", "HH:mm")).toBe("03:00");
    for (const s of s60) expect(s.end.getTime() - s.start.getTime()).toBe(3_600_000);
  });

  it("fall-back overlap: Chicago 2026-11-01 offers both 01:00 instants", () => {
    const q = query("America/Chicago", everyDay("00:00", "03:00"), ["2026-11-01", "2026-11-01"]);
    const s = generateFixedSlots({ ...q, duration: 30 });
    expect(starts(s)).toContain("2026-11-01T06:00:00.000Z");
    expect(starts(s)).toContain("2026-11-01T07:00:00.000Z");
    expect(wall(s, "America/Chicago")).toEqual(["00:00", "00:30", "01:00", "01:30", "01:00", "01:30", "02:00", "02:30"]);
    expect(s.map((x) => formatInZone(x.start, "America/Chicago", "xxx"))).toEqual(["-05:00", "-05:00", "-05:00", "-05:00", "-06:00", "-06:00", "-06:00", "-06:00"]);
  });

  it("afternoon hours on a transition day: 13:00–18:00 New York on 2026-03-08 is 17:00–22:00Z", () => {
    const q = query("America/New_York", [{ dayOfWeek: 0, start: "13:00", end: "18:00" }], ["2026-03-08", "2026-03-08"]);
    const s = generateFixedSlots({ ...q, duration: 60 });
    expect(s[0]!.start.toISOString()).toBe("2026-03-08T17:00:00.000Z");
    expect(s[s.length - 1]!.end.toISOString()).toBe("2026-03-08T22:00:00.000Z");
    expect(s).toHaveLength(9);
  });

  it("host in London, client in New York, in the weeks where only the US has changed", () => {
    const rules = [1, 2, 3, 4, 5].map((dayOfWeek) => ({ dayOfWeek, start: "09:00", end: "17:00" }));
    const first = (date: string) => {
      const s = generateFixedSlots({ ...query("Europe/London", rules, [date, date], {}, "America/New_York"), duration: 60 });
      return [formatInZone(s[0]!.start, "America/New_York", "yyyy-MM-dd HH:mm"), s.length] as const;
    };
    expect(first("2026-03-02")).toEqual(["2026-03-02 04:00", 15]); // GMT vs EST: 5 h
    expect(first("2026-03-09")).toEqual(["2026-03-09 05:00", 15]); // GMT vs EDT: 4 h
    expect(first("2026-03-30")).toEqual(["2026-03-30 04:00", 15]); // BST vs EDT: 5 h
  });

  it("host in New York, client in London sees the same instants", () => {
    const rules = [{ dayOfWeek: 2, start: "09:00", end: "10:00" }];
    const s = generateFixedSlots({ ...query("America/New_York", rules, ["2026-03-10", "2026-03-10"], {}, "Europe/London"), duration: 60 });
    expect(wall(s, "Europe/London")).toEqual(["13:00"]);
  });

  it("southern hemisphere: Sydney in April (DST ends) and October (DST starts)", () => {
    const q = (d: string) => query("Australia/Sydney", everyDay("01:00", "04:00"), [d, d]);
    const april = generateFixedSlots({ ...q("2026-04-05"), duration: 30 });
    expect(wall(april, "Australia/Sydney")).toEqual(["01:00", "01:30", "02:00", "02:30", "02:00", "02:30", "03:00", "03:30"]);
    const october = generateFixedSlots({ ...q("2026-10-04"), duration: 30 });
    expect(wall(october, "Australia/Sydney")).toEqual(["01:00", "01:30", "03:00", "03:30"]);
    const nine = (d: string) => generateFixedSlots({ ...query("Australia/Sydney", everyDay("09:00", "10:00"), [d, d]), duration: 60 })[0]!.start.toISOString();
    expect(nine("2026-04-04")).toBe("2026-04-03T22:00:00.000Z");
    expect(nine("2026-04-05")).toBe("2026-04-04T23:00:00.000Z");
    expect(nine("2026-10-03")).toBe("2026-10-02T23:00:00.000Z");
    expect(nine("2026-10-04")).toBe("2026-10-03T22:00:00.000Z");
  });

  it("odd offsets: Kolkata and Kathmandu", () => {
    const k = generateFixedSlots({ ...query("Asia/Kolkata", everyDay("09:00", "10:00"), ["2026-06-15", "2026-06-15"]), duration: 30 });
    expect(starts(k)).toEqual(["2026-06-15T03:30:00.000Z", "2026-06-15T04:00:00.000Z"]);
    const n = generateFixedSlots({ ...query("Asia/Kathmandu", everyDay("09:00", "10:00"), ["2026-06-15", "2026-06-15"]), duration: 30 });
    expect(starts(n)).toEqual(["2026-06-15T03:15:00.000Z", "2026-06-15T03:45:00.000Z"]);
  });

  it("Lord Howe: 30-minute gap; starts stay aligned to the host's wall clock", () => {
    const q = query("Australia/Lord_Howe", everyDay("01:00", "04:00"), ["2026-10-04", "2026-10-04"]);
    const s30 = generateFixedSlots({ ...q, duration: 30 });
    expect(wall(s30, "Australia/Lord_Howe")).toEqual(["01:00", "01:30", "02:30", "03:00", "03:30"]);
    const hourly = generateFixedSlots({ ...q, policy: { ...q.policy, slotIntervalMinutes: 60 }, duration: 30 });
    expect(wall(hourly, "Australia/Lord_Howe")).toEqual(["01:00", "03:00"]);
    const april = generateFixedSlots({ ...query("Australia/Lord_Howe", everyDay("01:00", "03:00"), ["2026-04-05", "2026-04-05"]), duration: 30 });
    expect(wall(april, "Australia/Lord_Howe")).toEqual(["01:00", "01:30", "01:30", "02:00", "02:30"]);
  });

  it("accepts zone aliases and rejects unknown zones", () => {
    const a = generateSlots(query("US/Eastern", everyDay("09:00", "12:00"), ["2026-03-08", "2026-03-09"]));
    const b = generateSlots(query("America/New_York", everyDay("09:00", "12:00"), ["2026-03-08", "2026-03-09"]));
    expect(a).toEqual(b);
    const c = generateSlots(query("Asia/Calcutta", everyDay("09:00", "12:00"), ["2026-03-08", "2026-03-09"]));
    expect(c).toEqual(generateSlots(query("Asia/Kolkata", everyDay("09:00", "12:00"), ["2026-03-08", "2026-03-09"])));
    expect(() => generateSlots({ ...query("UTC", [], ["2026-01-01", "2026-01-01"]), policy: { timeZone: "Europe/Atlantis" } })).toThrow(DomainError);
  });
});

describe("midnight and leap day", () => {
  it("a slot crosses midnight when 22:00–24:00 and 00:00–02:00 are consecutive", () => {
    const rules: WeeklyRule[] = [
      { dayOfWeek: 5, start: "22:00", end: "24:00" },
      { dayOfWeek: 6, start: "00:00", end: "02:00" },
    ];
    const s = generateFixedSlots({ ...query("UTC", rules, ["2026-05-01", "2026-05-02"]), duration: 60 });
    expect(wall(s, "UTC")).toEqual(["22:00", "22:30", "23:00", "23:30", "00:00", "00:30", "01:00"]);
    const friOnly = generateFixedSlots({ ...query("UTC", rules.slice(0, 1), ["2026-05-01", "2026-05-02"]), duration: 60 });
    expect(wall(friOnly, "UTC")).toEqual(["22:00", "22:30", "23:00"]);
  });

  it("a slot can start on the last day of the range and end after it", () => {
    const rules: WeeklyRule[] = [
      { dayOfWeek: 5, start: "23:00", end: "24:00" },
      { dayOfWeek: 6, start: "00:00", end: "01:00" },
    ];
    const s = generateFixedSlots({ ...query("UTC", rules, ["2026-05-01", "2026-05-01"]), duration: 90 });
    expect(s.map((x) => [x.start.toISOString(), x.end.toISOString()])).toEqual([["2026-05-01T23:00:00.000Z", "2026-05-02T00:30:00.000Z"], ["2026-05-01T23:30:00.000Z", "2026-05-02T01:00:00.000Z"]]);
  });

  it("2028-02-29 in Auckland is 2028-02-28 for a client in New York", () => {
    const q = query("Pacific/Auckland", [{ dayOfWeek: 2, start: "09:00", end: "10:00" }], ["2028-02-28", "2028-02-28"], {}, "America/New_York");
    const s = generateFixedSlots({ ...q, duration: 60 });
    expect(starts(s)).toEqual(["2028-02-28T20:00:00.000Z"]);
    expect(groupSlotsByDate(s, "America/New_York").map((g) => g.date)).toEqual(["2028-02-28"]);
    expect(groupSlotsByDate(s, "Pacific/Auckland").map((g) => g.date)).toEqual(["2028-02-29"]);
    const override = generateFixedSlots({
      ...q,
      availability: { rules: [], overrides: [{ date: "2028-02-29", ranges: [{ start: "09:00", end: "10:00" }] }] },
      duration: 60,
    });
    expect(starts(override)).toEqual(["2028-02-28T20:00:00.000Z"]);
  });
});

describe("durations and alignment", () => {
  it("lists the durations that fit at each start", () => {
    const q = query("UTC", everyDay("09:00", "11:00"), ["2026-05-04", "2026-05-04"], { durations: [90, 30, 60] });
    expect(generateSlots(q).map((s) => [s.start.toISOString().slice(11, 16), s.durations])).toEqual([
      ["09:00", [30, 60, 90]],
      ["09:30", [30, 60, 90]],
      ["10:00", [30, 60]],
      ["10:30", [30]],
    ]);
  });

  it("defaults to the policy's durations", () => {
    const q = query("UTC", everyDay("09:00", "10:00"), ["2026-05-04", "2026-05-04"]);
    expect(generateSlots(q).map((s) => s.durations)).toEqual([[30, 60], [30]]);
  });

  it("aligns to each range's start in the host's wall clock", () => {
    const q = query("UTC", [{ dayOfWeek: 1, start: "09:10", end: "10:30" }, { dayOfWeek: 1, start: "13:45", end: "15:00" }], ["2026-05-04", "2026-05-04"]);
    const s = generateFixedSlots({ ...q, policy: { ...q.policy, slotIntervalMinutes: 20 }, duration: 30 });
    expect(wall(s, "UTC")).toEqual(["09:10", "09:30", "09:50", "13:45", "14:05", "14:25"]);
  });

  it("rejects invalid durations", () => {
    const q = query("UTC", everyDay("09:00", "10:00"), ["2026-05-04", "2026-05-04"]);
    expect(() => generateSlots({ ...q, durations: [0] })).toThrow(DomainError);
    expect(() => generateSlots({ ...q, durations: [] })).toThrow(DomainError);
    expect(() => generateFixedSlots({ ...q, duration: 481 })).toThrow(/5 to 480/);
  });

  it("returns nothing for an empty or inverted range", () => {
    const q = query("UTC", everyDay("09:00", "10:00"), ["2026-05-04", "2026-05-04"]);
    expect(generateSlots({ ...q, range: { from: q.range.to, to: q.range.from } })).toEqual([]);
  });
});

describe("notice, horizon, busy times, buffers", () => {
  const base = (extra: Partial<SlotQuery> = {}) =>
    query("UTC", everyDay("08:00", "14:00"), ["2026-05-04", "2026-05-04"], { ...extra });
  const fixed = (q: SlotQuery, duration = 30) => wall(generateFixedSlots({ ...q, duration }), "UTC");

  it("respects minimum notice", () => {
    const q = base({ now: new Date("2026-05-04T08:10:00Z") });
    const out = fixed({ ...q, policy: { ...q.policy, minNoticeMinutes: 120, slotIntervalMinutes: 15 } });
    expect(out[0]).toBe("10:15");
  });

  it("respects the booking horizon in whole host-local days", () => {
    const q = query("America/New_York", everyDay("09:00", "10:00"), ["2026-05-04", "2026-05-10"], {
      now: new Date("2026-05-04T12:00:00Z"),
    });
    const dates = (horizonDays: number) =>
      groupSlotsByDate(generateFixedSlots({ ...q, policy: { ...q.policy, horizonDays }, duration: 60 }), "America/New_York").map((g) => g.date);
    // Today (May 4) plus two more days.
    expect(dates(2)).toEqual(["2026-05-04", "2026-05-05", "2026-05-06"]);
    expect(dates(60)).toEqual(["2026-05-04", "2026-05-05", "2026-05-06", "2026-05-07", "2026-05-08", "2026-05-09", "2026-05-10"]);
  });

  it("uses the default horizon of 60 days", () => {
    const q = query("UTC", everyDay("09:00", "10:00"), ["2026-01-01", "2026-04-30"]);
    const s = generateFixedSlots({ ...q, policy: { timeZone: "UTC", minNoticeMinutes: 0 }, duration: 60 });
    expect(s[s.length - 1]!.start.toISOString()).toBe("2026-03-02T09:00:00.000Z");
  });

  it("applies buffers around host bookings and the new slot", () => {
    const q = base({ hostBusy: [{ id: "b", start: new Date("2026-05-04T10:00:00Z"), end: new Date("2026-05-04T11:00:00Z") }] });
    const out = fixed({ ...q, policy: { ...q.policy, slotIntervalMinutes: 15, bufferBeforeMinutes: 15, bufferAfterMinutes: 10 } });
    // Occupancies [s-15, s+30+10) and [09:45, 11:10) may not overlap.
    expect(out).toContain("09:00");
    expect(out).not.toContain("09:15");
    expect(out).not.toContain("11:15");
    expect(out).toContain("11:30");
  });

  it("applies only the new slot's buffers to external calendar busy times", () => {
    const q = base({ externalBusy: [{ start: new Date("2026-05-04T12:00:00Z"), end: new Date("2026-05-04T12:30:00Z") }] });
    const out = fixed({ ...q, policy: { ...q.policy, slotIntervalMinutes: 5, bufferBeforeMinutes: 15, bufferAfterMinutes: 10 } });
    expect(out).toContain("11:20");
    expect(out).not.toContain("11:25");
    expect(out).not.toContain("12:40");
    expect(out).toContain("12:45");
  });

  it("client busy blocks exact overlaps only; touching is fine", () => {
    const q = base({ clientBusy: [{ start: new Date("2026-05-04T09:00:00Z"), end: new Date("2026-05-04T10:00:00Z") }] });
    const out = fixed({ ...q, policy: { ...q.policy, bufferBeforeMinutes: 30, bufferAfterMinutes: 30 } });
    expect(out).toContain("08:30");
    expect(out).not.toContain("09:00");
    expect(out).not.toContain("09:30");
    expect(out).toContain("10:00");
  });

  it("pending requests and unpaid checkouts block; drafts and cancelled bookings do not", () => {
    const at = (status: "pending" | "pending_payment" | "draft" | "cancelled" | "declined") =>
      fixed(base({ hostBusy: [{ id: "x", status, start: new Date("2026-05-04T09:00:00Z"), end: new Date("2026-05-04T10:00:00Z") }] }));
    expect(at("pending")).not.toContain("09:00");
    expect(at("pending_payment")).not.toContain("09:00");
    expect(at("draft")).toContain("09:00");
    expect(at("cancelled")).toContain("09:00");
    expect(at("declined")).toContain("09:00");
  });

  it("ignores the booking being rescheduled", () => {
    const hostBusy = [{ id: "moving", start: new Date("2026-05-04T09:00:00Z"), end: new Date("2026-05-04T10:00:00Z") }];
    const clientBusy = [{ id: "moving", start: new Date("2026-05-04T09:00:00Z"), end: new Date("2026-05-04T10:00:00Z") }];
    expect(fixed(base({ hostBusy, clientBusy }))).not.toContain("09:00");
    expect(fixed(base({ hostBusy, clientBusy, ignoreBookingId: "moving" }))).toContain("09:00");
  });

  it("respects time off", () => {
    const q = base();
    const out = fixed({
      ...q,
      availability: { rules: everyDay("08:00", "14:00"), timeOff: [{ kind: "instants", start: new Date("2026-05-04T10:10:00Z"), end: new Date("2026-05-04T10:50:00Z") }] },
    });
    expect(out).toEqual(["08:00", "08:30", "09:00", "09:30", "11:00", "11:30", "12:00", "12:30", "13:00", "13:30"]);
  });
});

describe("limits and group capacity", () => {
  const zone = "America/New_York";
  const rules = everyDay("09:00", "17:00");

  it("daily limit counts the host's blocking bookings per host-local day", () => {
    const hostBusy = [
      { start: new Date("2026-05-04T13:00:00Z"), end: new Date("2026-05-04T14:00:00Z") },
      // 22:00 Monday in New York, Tuesday in UTC.
      { start: new Date("2026-05-05T02:00:00Z"), end: new Date("2026-05-05T02:30:00Z") },
      { start: new Date("2026-05-05T14:00:00Z"), end: new Date("2026-05-05T15:00:00Z"), status: "cancelled" as const },
    ];
    const q = query(zone, rules, ["2026-05-04", "2026-05-05"], { hostBusy });
    const dates = generateFixedSlots({ ...q, policy: { ...q.policy, dailyBookingLimit: 2 }, duration: 60 }).map((s) => formatInZone(s.start, zone, "yyyy-MM-dd"));
    expect(new Set(dates)).toEqual(new Set(["2026-05-05"]));
  });

  it("weekly limit uses host-local ISO weeks (Monday to Sunday)", () => {
    const hostBusy = [
      // Sunday 2026-05-10 22:00 in New York (Monday in UTC): week of May 4.
      { start: new Date("2026-05-11T02:00:00Z"), end: new Date("2026-05-11T02:30:00Z") },
      { start: new Date("2026-05-06T13:00:00Z"), end: new Date("2026-05-06T14:00:00Z") },
    ];
    const q = query(zone, rules, ["2026-05-08", "2026-05-11"], { hostBusy });
    const dates = generateFixedSlots({ ...q, policy: { ...q.policy, weeklyBookingLimit: 2 }, duration: 60 }).map((s) => formatInZone(s.start, zone, "yyyy-MM-dd"));
    expect([...new Set(dates)]).toEqual(["2026-05-11"]);
  });

  it("limits may count a separate list", () => {
    const q = query("UTC", rules, ["2026-05-04", "2026-05-04"], {
      hostBookingsForLimits: [{ start: new Date("2026-05-04T20:00:00Z"), end: new Date("2026-05-04T21:00:00Z") }],
    });
    expect(generateFixedSlots({ ...q, policy: { ...q.policy, dailyBookingLimit: 1 }, duration: 60 })).toEqual([]);
  });

  it("a group occurrence stays open while seats remain", () => {
    const occ = { id: "g1", start: new Date("2026-05-04T10:00:00Z"), end: new Date("2026-05-04T11:00:00Z"), capacity: 3, seatsTaken: 2 };
    const q = query("UTC", rules, ["2026-05-04", "2026-05-04"], { hostBusy: [occ] });
    const open = generateFixedSlots({ ...q, group: { occurrences: [occ] }, duration: 60 });
    expect(wall(open, "UTC")).toContain("10:00");
    expect(wall(open, "UTC")).not.toContain("10:30");
    const full = generateFixedSlots({ ...q, group: { occurrences: [{ ...occ, seatsTaken: 3 }] }, duration: 60 });
    expect(wall(full, "UTC")).not.toContain("10:00");
  });

  it("join-only group services offer only their occurrences, even outside weekly hours", () => {
    const occ = { id: "g1", start: new Date("2026-05-04T19:00:00Z"), end: new Date("2026-05-04T20:00:00Z"), capacity: 10, seatsTaken: 0 };
    const q = query("UTC", rules, ["2026-05-04", "2026-05-04"], { hostBusy: [occ], group: { occurrences: [occ], allowNewOccurrences: false } });
    expect(starts(generateFixedSlots({ ...q, duration: 60 }))).toEqual(["2026-05-04T19:00:00.000Z"]);
    expect(generateFixedSlots({ ...q, duration: 30 })).toEqual([]);
    const clientBusy = [{ start: new Date("2026-05-04T19:30:00Z"), end: new Date("2026-05-04T20:30:00Z") }];
    expect(generateFixedSlots({ ...q, clientBusy, duration: 60 })).toEqual([]);
  });
});

describe("requester helpers", () => {
  it("rangeForDates covers whole local dates, DST-aware", () => {
    const r = rangeForDates("2026-03-08", "2026-03-08", "America/New_York");
    expect([r.from.toISOString(), r.to.toISOString()]).toEqual(["2026-03-08T05:00:00.000Z", "2026-03-09T04:00:00.000Z"]);
    expect(() => rangeForDates("2026-03-09", "2026-03-08", "UTC")).toThrow(DomainError);
  });

  it("groupSlotsByDate groups by the viewer's local date", () => {
    const slots = [{ start: new Date("2026-05-05T03:00:00Z") }, { start: new Date("2026-05-04T15:00:00Z") }];
    expect(groupSlotsByDate(slots, "America/Los_Angeles")).toEqual([
      { date: "2026-05-04", slots: [slots[1], slots[0]] },
    ]);
    expect(groupSlotsByDate(slots, "UTC").map((g) => g.date)).toEqual(["2026-05-04", "2026-05-05"]);
  });
});
