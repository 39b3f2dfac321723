// RFC 5545 output: CRLF, folding at 75 octets, TEXT escaping, REQUEST vs CANCEL
// vs PUBLISH, and the add-to-calendar links. Pure: no database.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  buildCalendar,
  CRLF,
  escapeText,
  foldLine,
  formatUtc,
  paramValue,
  unescapeText,
  unfoldLines,
  utf8Octets,
  type IcsEvent,
} from "./build";
import { bookingToIcsEvent, calendarBookingFromView, eventSummary, icsMethodFor, icsStatusFor, type CalendarBooking } from "./booking-event";
import { bookingCalendarLinks, calendarFeedUrls, googleCalendarUrl, outlookCalendarUrl } from "./links";

const physicalLines = (text: string) => text.split(CRLF).filter((line, i, all) => i < all.length - 1 || line !== "");
const octets = (line: string) => Buffer.byteLength(line, "utf8");

const booking = (over: Partial<CalendarBooking> = {}): CalendarBooking => ({
  id: "6f1c2a4e-3b5d-4c7e-9f10-2a3b4c5d6e7f",
  code: "SB-7K2M9Q",
  status: "confirmed",
  start: new Date("2026-03-08T17:00:00Z"),
  end: new Date("2026-03-08T18:00:00Z"),
  title: "",
  description: "Career chat",
  agenda: "1. CV\n2. Interviews",
  notes: "",
  clientNotes: "",
  location: "",
  meetingUrl: "https://meet.jit.si/slotbook-abc",
  sessionType: "video",
  sequence: 0,
  host: { name: "Dana Host", email: "dana@example.com" },
  client: { name: "Casey, Client", email: "casey@example.com" },
  service: null,
  ...over,
});

const stamp = new Date("2026-03-01T09:30:15.123Z");

describe("values", () => {
  it("formats instants in UTC basic form", () => {
    expect(formatUtc(new Date("2026-03-08T17:05:09.999Z"))).toBe("20260308T170509Z");
    expect(() => formatUtc(new Date("nope"))).toThrow(RangeError);
  });

  it.each([
    ["a,b;c\\d", "a\\,b\\;c\\\\d"],
    ["line1\nline2\r\nline3\rline4", "line1\\nline2\\nline3\\nline4"],
    ["tab\tkept, bell\u0007 dropped", "tab\tkept\\, bell dropped"],
    ["colon: stays", "colon: stays"],
  ])("escapes %j", (raw, escaped) => {
    expect(escapeText(raw)).toBe(escaped);
  });

  it("quotes parameter values and drops what a quoted-string cannot hold", () => {
    expect(paramValue('Ann "The Host"; Ltd, Inc:\nX')).toBe(`"Ann 'The Host'; Ltd, Inc: X"`);
  });
});

describe("folding", () => {
  it("leaves short lines alone and folds long ones at 75 octets", () => {
    expect(foldLine("SUMMARY:short")).toBe("SUMMARY:short");
    const folded = foldLine(`DESCRIPTION:${"x".repeat(200)}`);
    const lines = folded.split(CRLF);
    expect(lines.length).toBe(3);
    expect(lines.every((line) => octets(line) <= 75)).toBe(true);
    expect(octets(lines[0] ?? "")).toBe(75);
    expect(lines.slice(1).every((line) => line.startsWith(" "))).toBe(true);
  });

  it("never cuts a multi-octet character", () => {
    const folded = foldLine(`SUMMARY:${"é".repeat(40)}${"😀".repeat(30)}${"中".repeat(30)}`);
    for (const line of folded.split(CRLF)) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      // A cut sequence would decode to U+FFFD.
      expect(Buffer.from(line, "utf8").toString("utf8")).toBe(line);
      expect(line).not.toMatch(/[\uD800-\uDBFF]$/);
    }
  });

  it("refuses a raw line break (values must be escaped first)", () => {
    expect(() => foldLine("SUMMARY:a\nb")).toThrow();
  });

  it("property: unfold(fold(line)) is the line, and no physical line exceeds 75 octets", () => {
    const line = fc.string({ unit: "binary", maxLength: 600 }).map((s) => s.replace(/[\r\n]/g, ""));
    fc.assert(
      fc.property(line, (s) => {
        const folded = foldLine(s);
        expect(unfoldLines(folded + CRLF)).toEqual([s]);
        for (const physical of folded.split(CRLF)) expect(utf8Octets(physical)).toBeLessThanOrEqual(75);
      }),
      { numRuns: 300 },
    );
  });

  it("property: any text survives escape + fold + unfold + unescape (line breaks normalised, controls dropped)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), fc.string({ maxLength: 300 }), (a, b) => {
        const value = a + b;
        const calendar = foldLine(`DESCRIPTION:${escapeText(value)}`) + CRLF;
        const [logical] = unfoldLines(calendar);
        const expected = value.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
        expect(unescapeText((logical ?? "").slice("DESCRIPTION:".length))).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe("buildCalendar", () => {
  const event = (over: Partial<CalendarBooking> = {}) => bookingToIcsEvent(booking(over), { viewer: "client", bookingUrl: "https://slotbook.test/bookings/x" });

  it("writes a REQUEST with CRLF line endings and every required property", () => {
    const text = buildCalendar({ method: "REQUEST", stamp, events: [event()] });
    expect(text.endsWith(CRLF)).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/); // no bare CR or LF
    for (const line of physicalLines(text)) expect(octets(line)).toBeLessThanOrEqual(75);
    const lines = unfoldLines(text);
    expect(lines.slice(0, 5)).toEqual(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Slotbook//Slotbook//EN", "CALSCALE:GREGORIAN", "METHOD:REQUEST"]);
    expect(lines.at(-1)).toBe("END:VCALENDAR");
    expect(lines).toEqual(
      expect.arrayContaining([
        "BEGIN:VEVENT",
        "UID:6f1c2a4e-3b5d-4c7e-9f10-2a3b4c5d6e7f@slotbook",
        "SEQUENCE:0",
        "DTSTAMP:20260301T093015Z",
        "DTSTART:20260308T170000Z",
        "DTEND:20260308T180000Z",
        "SUMMARY:Session with Dana Host",
        "LOCATION:https://meet.jit.si/slotbook-abc",
        "URL:https://slotbook.test/bookings/x",
        "STATUS:CONFIRMED",
        'ORGANIZER;CN="Dana Host":mailto:dana@example.com',
        'ATTENDEE;CN="Casey, Client";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:casey@example.com',
        "END:VEVENT",
      ]),
    );
    const description = lines.find((line) => line.startsWith("DESCRIPTION:")) ?? "";
    expect(unescapeText(description.slice(12))).toContain("Agenda:\n1. CV\n2. Interviews");
    expect(unescapeText(description.slice(12))).toContain("Join: https://meet.jit.si/slotbook-abc");
  });

  it("writes a CANCEL for cancelled and declined bookings, same UID, higher SEQUENCE", () => {
    for (const status of ["cancelled", "declined"]) {
      expect(icsMethodFor(status)).toBe("CANCEL");
      const text = buildCalendar({ method: icsMethodFor(status), stamp, events: [event({ status, sequence: 3 })] });
      const lines = unfoldLines(text);
      expect(lines).toContain("METHOD:CANCEL");
      expect(lines).toContain("STATUS:CANCELLED");
      expect(lines).toContain("SEQUENCE:3");
      expect(lines).toContain("UID:6f1c2a4e-3b5d-4c7e-9f10-2a3b4c5d6e7f@slotbook");
    }
  });

  it.each([
    ["pending", "REQUEST", "TENTATIVE"],
    ["pending_payment", "REQUEST", "TENTATIVE"],
    ["confirmed", "REQUEST", "CONFIRMED"],
    ["in_progress", "REQUEST", "CONFIRMED"],
    ["completed", "REQUEST", "CONFIRMED"],
    ["no_show", "REQUEST", "CONFIRMED"],
    ["cancelled", "CANCEL", "CANCELLED"],
    ["declined", "CANCEL", "CANCELLED"],
  ])("%s -> METHOD:%s STATUS:%s", (status, method, icsStatus) => {
    expect(icsMethodFor(status)).toBe(method);
    expect(icsStatusFor(status)).toBe(icsStatus);
  });

  it("publishes a feed with many events, a name and no attendees", () => {
    const events: IcsEvent[] = [event(), event({ id: "7f1c2a4e-3b5d-4c7e-9f10-2a3b4c5d6e7f", status: "cancelled" })];
    const lines = unfoldLines(buildCalendar({ method: "PUBLISH", stamp, name: "Slotbook · Dana; the host", refreshMinutes: 60, events }));
    expect(lines).toContain("METHOD:PUBLISH");
    expect(lines).toContain("X-WR-CALNAME:Slotbook · Dana\\; the host");
    expect(lines).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT60M");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(2);
    expect(lines.some((l) => l.startsWith("ATTENDEE"))).toBe(false);
    expect(lines).toContain("STATUS:CANCELLED");
  });

  it("refuses a REQUEST with several events and an event that ends before it starts", () => {
    expect(() => buildCalendar({ method: "REQUEST", stamp, events: [event(), event()] })).toThrow();
    expect(() => buildCalendar({ method: "PUBLISH", stamp, events: [event({ end: new Date("2026-03-08T16:00:00Z") })] })).toThrow(RangeError);
  });

  it("names the session from the viewer's side unless it has a title", () => {
    expect(eventSummary(booking(), "host")).toBe("Session with Casey, Client");
    expect(eventSummary(booking(), "client")).toBe("Session with Dana Host");
    expect(eventSummary(booking({ title: "Mock interview" }), "host")).toBe("Mock interview");
    // The default title is written for the client; the host sees the client's name instead.
    expect(eventSummary(booking({ title: "Intro call with Dana Host" }), "host")).toBe("Intro call with Casey, Client");
    expect(eventSummary(booking({ title: "Intro call with Dana Host" }), "client")).toBe("Intro call with Dana Host");
    expect(eventSummary(booking({ status: "cancelled", service: { name: "Intro call" } }), "client")).toBe("Cancelled: Intro call");
  });

  it("puts the address first for in-person sessions", () => {
    const inPerson = bookingToIcsEvent(booking({ sessionType: "in_person", location: "12 Rue X, Paris" }), { viewer: "client" });
    expect(inPerson.location).toBe("12 Rue X, Paris");
    expect(bookingToIcsEvent(booking({ location: "Room 4" }), { viewer: "client" }).location).toBe("https://meet.jit.si/slotbook-abc");
  });
});

describe("add-to-calendar links", () => {
  const event = { title: "Mock interview & feedback", start: new Date("2026-03-08T17:00:00Z"), end: new Date("2026-03-08T18:00:00Z"), details: "Line 1\nLine 2", location: "https://meet.jit.si/x?a=1" };

  it("builds the Google Calendar template link", () => {
    const url = new URL(googleCalendarUrl(event));
    expect(url.origin + url.pathname).toBe("https://calendar.google.com/calendar/render");
    expect(googleCalendarUrl(event)).toContain("dates=20260308T170000Z/20260308T180000Z");
    expect(url.searchParams.get("action")).toBe("TEMPLATE");
    expect(url.searchParams.get("text")).toBe("Mock interview & feedback");
    expect(url.searchParams.get("details")).toBe("Line 1\nLine 2");
    expect(url.searchParams.get("location")).toBe("https://meet.jit.si/x?a=1");
  });

  it("builds the Outlook compose deeplink", () => {
    const url = new URL(outlookCalendarUrl(event));
    expect(url.origin + url.pathname).toBe("https://outlook.live.com/calendar/0/deeplink/compose");
    expect(url.searchParams.get("subject")).toBe("Mock interview & feedback");
    expect(url.searchParams.get("startdt")).toBe("2026-03-08T17:00:00Z");
    expect(url.searchParams.get("enddt")).toBe("2026-03-08T18:00:00Z");
    expect(url.searchParams.get("body")).toBe("Line 1\nLine 2");
    expect(new URL(outlookCalendarUrl(event, { account: "work" })).host).toBe("outlook.office.com");
  });

  it("links a BookingView, and nothing for a booking without a time", () => {
    const view = {
      id: "6f1c2a4e-3b5d-4c7e-9f10-2a3b4c5d6e7f",
      code: "SB-7K2M9Q",
      status: "confirmed",
      start: "2026-03-08T17:00:00.000Z",
      end: "2026-03-08T18:00:00.000Z",
      title: "",
      description: "",
      agenda: "",
      notes: "",
      clientNotes: "",
      location: "",
      sessionType: "video",
      meeting: { url: "https://meet.jit.si/x" },
      host: { name: "Dana", email: "d@example.com" },
      client: { name: "Casey", email: "c@example.com" },
      service: null,
    };
    const links = bookingCalendarLinks(view, { viewer: "client" });
    expect(links?.ics).toBe("/api/v1/bookings/6f1c2a4e-3b5d-4c7e-9f10-2a3b4c5d6e7f/ics");
    expect(new URL(links?.google ?? "").searchParams.get("text")).toBe("Session with Dana");
    expect(new URL(links?.outlook ?? "").searchParams.get("location")).toBe("https://meet.jit.si/x");
    expect(bookingCalendarLinks({ ...view, start: null, end: null }, { viewer: "client" })).toBeNull();
    expect(calendarBookingFromView(view, 4)?.sequence).toBe(4);
  });

  it("turns a feed path into https, webcal and Google subscribe URLs", () => {
    const urls = calendarFeedUrls("https://slotbook.test", "/api/v1/calendar/abc.ics");
    expect(urls.https).toBe("https://slotbook.test/api/v1/calendar/abc.ics");
    expect(urls.webcal).toBe("webcal://slotbook.test/api/v1/calendar/abc.ics");
    expect(new URL(urls.google).searchParams.get("cid")).toBe(urls.webcal);
  });
});
