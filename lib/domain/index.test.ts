import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as domain from "./index";

describe("public API", () => {
  it("exports the engine entry points", () => {
    for (const name of [
      "generateSlots",
      "generateFixedSlots",
      "checkBooking",
      "expandAvailability",
      "validateWeeklyRules",
      "rangeForDates",
      "groupSlotsByDate",
      "transition",
      "allowedTransitions",
      "bookingFlags",
      "toDialect",
      "fromDialect",
      "canonicalTimeZone",
      "wallTimeToInstant",
    ]) {
      expect(typeof (domain as Record<string, unknown>)[name], name).toBe("function");
    }
  });

  it("source never reads the process time zone or imports framework code", () => {
    const dir = path.dirname(new URL(import.meta.url).pathname);
    const sources = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "test-support.ts");
    expect(sources.length).toBeGreaterThan(5);
    const forbidden = [
      /\.get(Hours|Minutes|Date|Day|Month|FullYear)\(/,
      /\.set(Hours|Minutes|Date|Month|FullYear)\(/,
      /getTimezoneOffset/,
      /new Date\(\s*\d+\s*,/,
      /from "next/,
      /prisma/,
      /from "node:/,
    ];
    for (const f of sources) {
      const text = readFileSync(path.join(dir, f), "utf8");
      for (const re of forbidden) expect(re.test(text), `${f} matches ${re}`).toBe(false);
    }
  });
});
