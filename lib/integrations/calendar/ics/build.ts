// iCalendar (RFC 5545) written by hand: a few dozen lines are easier to audit
// than a dependency. Content lines end in CRLF, are folded at 75 octets of
// UTF-8 (never inside a character), and TEXT values escape \ ; , and newlines.
// All instants are written in UTC ("...Z"), so no VTIMEZONE is needed.
// Pure and browser-safe: no Node APIs.

export const PRODID = "-//Slotbook//Slotbook//EN";
export const CRLF = "\r\n";
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
export const MAX_LINE_OCTETS = 75;

export type IcsMethod = "REQUEST" | "CANCEL" | "PUBLISH";
export type IcsStatus = "CONFIRMED" | "TENTATIVE" | "CANCELLED";
export type IcsPartStat = "NEEDS-ACTION" | "ACCEPTED" | "DECLINED" | "TENTATIVE";

export interface IcsPerson {
  name: string;
  email: string;
}

export interface IcsAttendee extends IcsPerson {
  partstat?: IcsPartStat;
}

export interface IcsEvent {
  /** Globally unique and stable across every version of the event. */
  uid: string;
  /** Revision number; calendars apply a version only if it is not older than what they have. */
  sequence: number;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  status: IcsStatus;
  organizer?: IcsPerson;
  attendees?: IcsAttendee[];
  created?: Date;
  lastModified?: Date;
}

export interface IcsCalendar {
  method: IcsMethod;
  events: IcsEvent[];
  /** When this object was produced (DTSTAMP of every event). */
  stamp: Date;
  /** X-WR-CALNAME: the name calendar apps show for a subscribed feed. */
  name?: string;
  /** X-WR-CALDESC. */
  description?: string;
  /** Suggested polling interval for subscribed feeds, in minutes (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
  refreshMinutes?: number;
}

// ---------------------------------------------------------------------------
// Values

/** 2026-03-08T17:00:00.000Z -> 20260308T170000Z (DATE-TIME, UTC form). */
export function formatUtc(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid date in an iCalendar value.");
  return date.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
}

// Control characters other than HTAB are not allowed in TEXT or parameter values.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** TEXT value escaping (RFC 5545 §3.3.11): \ ; , and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?|\n/g, "\n")
    .replace(CONTROL, "")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\n/g, "\\n");
}

/** The inverse of escapeText (for tests and for reading our own output). */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, ch: string) => (ch === "n" || ch === "N" ? "\n" : ch));
}

/**
 * A parameter value (e.g. CN): always quoted. DQUOTE cannot appear inside a
 * quoted-string (RFC 5545 §3.1) and there is no escape for it, so it becomes
 * an apostrophe; control characters and line breaks are dropped.
 */
export function paramValue(value: string): string {
  return `"${value.replace(/\r\n?|\n/g, " ").replace(CONTROL, "").replace(/"/g, "'")}"`;
}

/** mailto: URI of a calendar user; characters that would end the value are percent-encoded. */
export function calAddress(email: string): string {
  return `mailto:${email.trim().replace(/[\s"<>\\,;:]/g, (ch) => encodeURIComponent(ch))}`;
}

// ---------------------------------------------------------------------------
// Folding

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3; // lone surrogates are encoded as U+FFFD: 3 octets
  return 4;
}

/** Octets of `text` in UTF-8. */
export function utf8Octets(text: string): number {
  let total = 0;
  for (const ch of text) total += utf8Length(ch.codePointAt(0) ?? 0);
  return total;
}

/**
 * Folds one content line (RFC 5545 §3.1): no physical line longer than 75
 * octets; continuation lines start with a single space. Splits only between
 * code points, so a multi-octet UTF-8 sequence is never cut.
 */
export function foldLine(line: string): string {
  if (/[\r\n]/.test(line)) throw new Error("A content line cannot contain a line break; escape the value first.");
  const out: string[] = [];
  let current = "";
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0) ?? 0);
    if (octets + size > limit) {
      out.push(current);
      current = "";
      octets = 0;
      limit = MAX_LINE_OCTETS - 1; // the leading space counts
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

/** Unfolds a whole iCalendar text into its logical content lines. */
export function unfoldLines(text: string): string[] {
  const lines = text.replace(/\r\n[ \t]/g, "").split(CRLF);
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

// ---------------------------------------------------------------------------
// Objects

function property(name: string, value: string, params: Array<[string, string]> = []): string {
  const head = [name, ...params.map(([key, v]) => `${key}=${v}`)].join(";");
  return foldLine(`${head}:${value}`);
}

const text = (name: string, value: string) => property(name, escapeText(value));

function eventLines(event: IcsEvent, stamp: Date, method: IcsMethod): string[] {
  if (event.end.getTime() < event.start.getTime()) throw new RangeError(`Event ${event.uid} ends before it starts.`);
  const lines = [
    "BEGIN:VEVENT",
    text("UID", event.uid),
    property("SEQUENCE", String(Math.max(0, Math.trunc(event.sequence)))),
    property("DTSTAMP", formatUtc(stamp)),
    property("DTSTART", formatUtc(event.start)),
    property("DTEND", formatUtc(event.end)),
    text("SUMMARY", event.summary),
  ];
  if (event.description) lines.push(text("DESCRIPTION", event.description));
  if (event.location) lines.push(text("LOCATION", event.location));
  if (event.url) lines.push(property("URL", event.url.replace(/[\r\n]/g, "")));
  lines.push(property("STATUS", event.status));
  lines.push(property("TRANSP", event.status === "CANCELLED" ? "TRANSPARENT" : "OPAQUE"));
  if (event.organizer) lines.push(property("ORGANIZER", calAddress(event.organizer.email), [["CN", paramValue(event.organizer.name)]]));
  // iTIP (RFC 5546 §3.2.1): a PUBLISH carries no attendees.
  if (method !== "PUBLISH") {
    for (const attendee of event.attendees ?? []) {
      lines.push(
        property("ATTENDEE", calAddress(attendee.email), [
          ["CN", paramValue(attendee.name)],
          ["ROLE", "REQ-PARTICIPANT"],
          ["PARTSTAT", attendee.partstat ?? "ACCEPTED"],
          ["RSVP", "FALSE"],
        ]),
      );
    }
  }
  if (event.created) lines.push(property("CREATED", formatUtc(event.created)));
  if (event.lastModified) lines.push(property("LAST-MODIFIED", formatUtc(event.lastModified)));
  lines.push("END:VEVENT");
  return lines;
}

/** A complete VCALENDAR object, CRLF line endings included. */
export function buildCalendar(calendar: IcsCalendar): string {
  if (calendar.method !== "PUBLISH" && calendar.events.length !== 1) {
    throw new Error(`METHOD:${calendar.method} carries exactly one event.`);
  }
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", property("PRODID", PRODID), "CALSCALE:GREGORIAN", property("METHOD", calendar.method)];
  if (calendar.name) lines.push(text("X-WR-CALNAME", calendar.name));
  if (calendar.description) lines.push(text("X-WR-CALDESC", calendar.description));
  if (calendar.refreshMinutes) {
    const duration = `PT${Math.max(1, Math.round(calendar.refreshMinutes))}M`;
    lines.push(property("REFRESH-INTERVAL", duration, [["VALUE", "DURATION"]]), property("X-PUBLISHED-TTL", duration));
  }
  for (const event of calendar.events) lines.push(...eventLines(event, calendar.stamp, calendar.method));
  lines.push("END:VCALENDAR");
  return lines.join(CRLF) + CRLF;
}
