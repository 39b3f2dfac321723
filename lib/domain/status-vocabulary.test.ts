import { describe, expect, it } from "vitest";
import { BOOKING_STATUSES } from "./booking-state";
import {
  DIALECTS,
  DIALECT_WORDS,
  SESSION_TYPE_DISPLAY_000,
  fromDialect,
  isDialectStatus,
  sessionTypeDisplay000,
  statusDisplay000,
  toDialect,
} from "./status-vocabulary";

describe("status vocabularies", () => {
  it("every canonical status maps to a word of each dialect, and back", () => {
    for (const d of DIALECTS) {
      for (const s of BOOKING_STATUSES) {
        const word = toDialect(d, s);
        expect(DIALECT_WORDS[d] as readonly string[]).toContain(word);
        expect(fromDialect(d, word)).toContain(s);
      }
    }
  });

  it("every dialect word is used, and reverse lists partition the canonical statuses", () => {
    for (const d of DIALECTS) {
      const seen = DIALECT_WORDS[d].flatMap((w) => fromDialect(d, w));
      expect([...seen].sort()).toEqual([...BOOKING_STATUSES].sort());
      for (const w of DIALECT_WORDS[d]) expect(fromDialect(d, w).length).toBeGreaterThan(0);
    }
  });

  it("seed 000", () => {
    expect(toDialect("000", "pending")).toBe("requested");
    expect(toDialect("000", "confirmed")).toBe("scheduled");
    expect(toDialect("000", "in_progress")).toBe("scheduled");
    expect(toDialect("000", "no_show")).toBe("no-show");
    expect(fromDialect("000", "cancelled")).toEqual(["cancelled", "declined"]);
    expect(fromDialect("000", "requested")).toEqual(["draft", "pending_payment", "pending"]);
    expect(fromDialect("000", "scheduled")).toEqual(["confirmed", "in_progress"]);
  });

  it("seed 001: pending shows as pending_payment, cancelled as canceled", () => {
    expect(toDialect("001", "pending")).toBe("pending_payment");
    expect(toDialect("001", "cancelled")).toBe("canceled");
    expect(toDialect("001", "declined")).toBe("canceled");
    expect(fromDialect("001", "pending_payment")).toEqual(["pending_payment", "pending"]);
    expect(fromDialect("001", "draft")).toEqual(["draft"]);
    expect(fromDialect("001", "cancelled")).toEqual([]);
  });

  it("seeds 002, 003, 004", () => {
    expect(fromDialect("002", "pending")).toEqual(["draft", "pending_payment", "pending"]);
    expect(fromDialect("002", "cancelled")).toEqual(["cancelled", "declined", "no_show"]);
    expect(toDialect("003", "pending")).toBe("SCHEDULED");
    expect(toDialect("003", "no_show")).toBe("NO_SHOW");
    expect(fromDialect("003", "CONFIRMED")).toEqual(["confirmed", "in_progress"]);
    expect(toDialect("004", "pending")).toBe("PENDING");
    expect(fromDialect("004", "CANCELLED")).toEqual(["cancelled", "declined", "no_show"]);
    expect(fromDialect("004", "pending")).toEqual([]);
  });

  it("recognises words exactly", () => {
    expect(isDialectStatus("000", "no-show")).toBe(true);
    expect(isDialectStatus("000", "no_show")).toBe(false);
    expect(isDialectStatus("003", "scheduled")).toBe(false);
  });

  it("seed 000 display labels", () => {
    expect(statusDisplay000("confirmed")).toBe("Scheduled");
    expect(statusDisplay000("pending")).toBe("Requested");
    expect(statusDisplay000("no_show")).toBe("No Show");
    expect(sessionTypeDisplay000("video")).toBe("Video Call");
    expect(SESSION_TYPE_DISPLAY_000).toEqual({ video: "Video Call", audio: "Audio Call", chat: "Chat", email: "Email", in_person: "In Person" });
  });
});
