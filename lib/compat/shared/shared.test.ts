import { describe, expect, it } from "vitest";
import { decimalFromCents, isoSeconds, multiValues, parseBooleanWord, parseIntegerId, singleValue, utcTimeOfDay } from "./format";
import { parseOrdering } from "./ordering";
import { drfPage, pageParams, publicUrl, resolvePage } from "./pagination";
import { DrfError, drfErrorResponse, type DrfDialect } from "./drf-http";
import { AppError } from "@/lib/server/errors";

describe("format", () => {
  it("renders DRF values", () => {
    expect(isoSeconds(new Date("2025-10-15T14:30:00.123Z"))).toBe("2025-10-15T14:30:00Z");
    expect(isoSeconds(null)).toBeNull();
    expect(utcTimeOfDay(new Date("2025-10-15T04:05:06Z"))).toBe("04:05:06");
    expect([5000, 5, 0, 123456, -5].map(decimalFromCents)).toEqual(["50.00", "0.05", "0.00", "1234.56", "-0.05"]);
  });

  it.each([
    ["1", 1],
    ["42", 42],
    [7, 7],
    ["0", null],
    ["-1", null],
    ["1.5", null],
    ["1e3", null],
    ["abc", null],
    ["99999999999", null],
    [" 1", null],
  ] as const)("parseIntegerId(%j) = %j", (raw, expected) => {
    expect(parseIntegerId(raw)).toBe(expected);
  });

  it("reads repeated and comma-separated query values", () => {
    const url = new URL("http://x/?status=a&status=b,c&status=a&page=&page=2");
    expect(multiValues(url, "status")).toEqual(["a", "b", "c"]);
    expect(singleValue(url, "page")).toBe("2");
    expect(singleValue(url, "none")).toBeUndefined();
    expect(["true", "False", "1", "0", "maybe"].map(parseBooleanWord)).toEqual([true, false, true, false, undefined]);
  });
});

describe("ordering", () => {
  const fallback = [{ field: "a" as const, desc: true }];
  it("keeps known terms, drops unknown, falls back", () => {
    expect(parseOrdering("-b,zzz,a", ["a", "b"] as const, fallback)).toEqual([{ field: "b", desc: true }, { field: "a", desc: false }]);
    expect(parseOrdering("zzz", ["a", "b"] as const, fallback)).toEqual(fallback);
    expect(parseOrdering(null, ["a", "b"] as const, fallback)).toEqual(fallback);
  });
});

describe("pagination", () => {
  const opts = { defaultPageSize: 20, maxPageSize: 100 };
  it("page sizes: default, clamped, malformed ignored", () => {
    expect(pageParams(new URL("http://x/"), opts).pageSize).toBe(20);
    expect(pageParams(new URL("http://x/?page_size=500"), opts).pageSize).toBe(100);
    expect(pageParams(new URL("http://x/?page_size=-3"), opts).pageSize).toBe(20);
    expect(pageParams(new URL("http://x/?page_size=0"), opts).pageSize).toBe(20);
  });

  it("pages: in range, last, empty first page; 404 otherwise", () => {
    expect(resolvePage({ rawPage: "2", pageSize: 10 }, 25)).toMatchObject({ page: 2, skip: 10, take: 10, lastPage: 3 });
    expect(resolvePage({ rawPage: "last", pageSize: 10 }, 25)).toMatchObject({ page: 3 });
    expect(resolvePage({ rawPage: "1", pageSize: 10 }, 0)).toMatchObject({ page: 1, lastPage: 1 });
    for (const raw of ["4", "0", "-1", "x", "1.5"]) {
      expect(() => resolvePage({ rawPage: raw, pageSize: 10 }, 25)).toThrow(DrfError);
    }
  });

  it("links keep the query and drop page=1", () => {
    const url = new URL("http://h/api/x/?status=a&page=2");
    const page = drfPage(url, resolvePage({ rawPage: "2", pageSize: 1 }, 3), 3, ["r"]);
    expect(page).toEqual({ count: 3, next: "http://h/api/x/?status=a&page=3", previous: "http://h/api/x/?status=a", results: ["r"] });
  });

  it("publicUrl swaps the internal path for the public one", () => {
    const request = new Request("http://host:3000/api/compat/mentorship/past?page=2");
    expect(publicUrl(request, "/api/mentors/bookings/past/").toString()).toBe("http://host:3000/api/mentors/bookings/past/?page=2");
  });
});

describe("drf-http", () => {
  const dialect: DrfDialect = {
    name: "t",
    authChallenge: "Token",
    notFoundDetail: "Not found.",
    statusFor: { not_modifiable: 400 },
    detailFor: { slot_unavailable: "Time slot not available" },
    extraFor: { slot_unavailable: ["reason"] },
  };

  it("maps AppErrors to {detail} with the dialect's statuses", async () => {
    const cases: Array<[unknown, number, unknown]> = [
      [new AppError("not_modifiable", "Too late."), 400, { detail: "Too late." }],
      [new AppError("not_found", "Booking not found."), 404, { detail: "Not found." }],
      [new AppError("slot_unavailable", "Taken.", { extra: { reason: "host_conflict", other: 1 } }), 409, { detail: "Time slot not available", reason: "host_conflict" }],
      [new AppError("forbidden", "No."), 403, { detail: "No." }],
      [new DrfError(405, 'Method "POST" not allowed.'), 405, { detail: 'Method "POST" not allowed.' }],
    ];
    for (const [error, status, body] of cases) {
      const res = drfErrorResponse(dialect, error);
      expect(res.status).toBe(status);
      expect(await res.json()).toEqual(body);
    }
  });

  it("hides unexpected errors", async () => {
    const original = console.error;
    console.error = () => undefined;
    try {
      const res = drfErrorResponse(dialect, new Error("secret stack"));
      expect(res.status).toBe(500);
      expect(await res.json()).toEqual({ detail: "A server error occurred." });
    } finally {
      console.error = original;
    }
  });
});
