import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/server/errors";
import { DialectError, errorInfo, withErrors } from "./errors";
import { splitName } from "./names";
import { isoSecondsZ, localDateTime, localHHMM, parseDateTime } from "./time";

describe("parseDateTime", () => {
  it.each([
    ["2025-11-15T14:00:00Z", "2025-11-15T14:00:00.000Z", false],
    ["2025-11-15T14:00:00.123Z", "2025-11-15T14:00:00.123Z", false],
    ["2025-11-15T14:00:00+02:00", "2025-11-15T12:00:00.000Z", false],
    ["2025-11-15T14:00:00-0530", "2025-11-15T19:30:00.000Z", false],
    ["2025-11-15T14:00+01", "2025-11-15T13:00:00.000Z", false],
    ["2025-11-15 14:00:00Z", "2025-11-15T14:00:00.000Z", false],
    ["2025-11-15T14:00:00", "2025-11-15T14:00:00.000Z", true],
    ["2025-11-15", "2025-11-15T00:00:00.000Z", true],
  ])("%s (UTC for zone-less)", (text, iso, naive) => {
    const parsed = parseDateTime(text, "UTC");
    expect(parsed?.instant.toISOString()).toBe(iso);
    expect(parsed?.naive).toBe(naive);
  });

  it("reads zone-less text as wall time in the given zone, across DST", () => {
    expect(parseDateTime("2025-01-15T09:00:00", "America/New_York")?.instant.toISOString()).toBe("2025-01-15T14:00:00.000Z");
    expect(parseDateTime("2025-07-15T09:00:00", "America/New_York")?.instant.toISOString()).toBe("2025-07-15T13:00:00.000Z");
    expect(parseDateTime("2025-07-15T09:00:00Z", "America/New_York")?.instant.toISOString()).toBe("2025-07-15T09:00:00.000Z");
  });

  it.each(["", "tomorrow", "2025-02-30T10:00:00Z", "2025-11-15T24:00:00Z", "2025-11-15T10:60:00Z", "2025-11-15T10:00:00+25:00", "15/11/2025", 42, null, "2025-11-15T10:00:00Zjunk"])("rejects %s", (text) => {
    expect(parseDateTime(text)).toBeNull();
  });
});

describe("formats", () => {
  it("isoSecondsZ, localDateTime, localHHMM", () => {
    const d = new Date("2025-01-15T14:00:00.456Z");
    expect(isoSecondsZ(d)).toBe("2025-01-15T14:00:00Z");
    expect(localDateTime(d, "America/New_York")).toBe("2025-01-15T09:00:00");
    expect(localDateTime(new Date("2025-01-15T03:30:00Z"), "America/New_York")).toBe("2025-01-14T22:30:00");
    expect(localHHMM(d, "Asia/Kolkata")).toBe("19:30");
  });

  it.each([
    ["Jane Smith", "Jane", "Smith"],
    ["  Maria  del Carmen  Garcia ", "Maria", "del Carmen Garcia"],
    ["Cher", "Cher", ""],
    ["", "", ""],
  ])("splitName(%j)", (name, firstName, lastName) => {
    expect(splitName(name)).toEqual({ firstName, lastName });
  });
});

describe("errors", () => {
  it("refused times and state changes are 400 in these dialects; others keep the core's status", () => {
    expect(errorInfo(new AppError("slot_unavailable", "x", { extra: { reason: "host_conflict", internal: 1 } }))).toMatchObject({ status: 400, extra: { reason: "host_conflict" } });
    expect(errorInfo(new AppError("slot_unavailable", "x", { extra: { internal: 1 } })).extra).toEqual({});
    expect(errorInfo(new AppError("illegal_transition", "x")).status).toBe(400);
    expect(errorInfo(new AppError("not_modifiable", "x")).status).toBe(400);
    expect(errorInfo(new AppError("forbidden", "x")).status).toBe(403);
    expect(errorInfo(new AppError("feature_disabled", "x")).status).toBe(501);
    expect(errorInfo(new DialectError(418, "teapot", {}, ["a"]))).toMatchObject({ status: 418, message: "teapot", messages: ["a"] });
  });

  it("hides unknown errors", () => {
    const original = console.error;
    console.error = () => {};
    try {
      expect(errorInfo(new Error("secret table name"))).toMatchObject({ status: 500, message: expect.not.stringContaining("secret") });
    } finally {
      console.error = original;
    }
  });

  it("withErrors rewords by code and leaves the rest alone", async () => {
    const fail = (code: "not_found" | "forbidden") => () => Promise.reject(new AppError(code, "core words"));
    await expect(withErrors(fail("not_found"), { not_found: "Coach not found" })).rejects.toMatchObject({ status: 404, message: "Coach not found" });
    await expect(withErrors(fail("forbidden"), { forbidden: () => new DialectError(401, "Only therapists") })).rejects.toMatchObject({ status: 401 });
    await expect(withErrors(fail("forbidden"), { forbidden: () => null })).rejects.toBeInstanceOf(AppError);
    await expect(withErrors(fail("forbidden"), {})).rejects.toBeInstanceOf(AppError);
    await expect(withErrors(() => Promise.resolve(7), {})).resolves.toBe(7);
  });
});
