// The wording of booking notifications: one short plain-text mail per event
// and recipient, mirrored as simple HTML. Times are shown in the recipient's
// own zone.
export type Recipient = "client" | "host";

export interface NoticeBooking {
  id: string;
  code: string;
  title: string;
  status: string;
  startAt: Date | null;
  endAt: Date | null;
  meetingUrl: string | null;
  meetingPassword: string | null;
  location: string;
  sessionType: string;
  priceCents: number;
  currency: string;
  host: { name: string; email: string; timeZone: string };
  client: { name: string; email: string; timeZone: string } | null;
}

export interface Notice {
  /** MailMessage.kind: what the mail is about, for the outbox filter. */
  kind: string;
  subject: string;
  text: string;
  html: string;
}

// Building an Intl.DateTimeFormat costs far more than formatting with one, and
// every notification formats its times: one formatter per zone, kept.
const whenFormatters = new Map<string, Intl.DateTimeFormat>();

function whenFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = whenFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { dateStyle: "full", timeStyle: "short", timeZone });
    if (whenFormatters.size >= 500) whenFormatters.clear();
    whenFormatters.set(timeZone, formatter);
  }
  return formatter;
}

export function formatWhen(date: Date | null, timeZone: string): string {
  if (!date) return "a time to be agreed";
  try {
    return `${whenFormatter(timeZone).format(date)} (${timeZone})`;
  } catch {
    return `${date.toISOString().replace(/\.\d{3}Z$/, "Z")} (UTC)`;
  }
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function html(paragraphs: string[]): string {
  const body = paragraphs
    .map((p) => `<p>${escapeHtml(p).replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>').replace(/\n/g, "<br>")}</p>`)
    .join("\n");
  return `<!doctype html>\n<html><body style="font-family: sans-serif; line-height: 1.5">\n${body}\n</body></html>\n`;
}

function joinLines(booking: NoticeBooking): string[] {
  if (booking.sessionType === "in_person") return booking.location ? [`Where: ${booking.location}`] : [];
  if (!booking.meetingUrl) return booking.sessionType === "video" ? [`The meeting link will appear on the booking page before the session.`] : [];
  return [`Join: ${booking.meetingUrl}${booking.meetingPassword ? `\nPasscode: ${booking.meetingPassword}` : ""}`];
}

function byWhom(by: unknown, booking: NoticeBooking): string {
  if (by === "client") return booking.client?.name ?? "The client";
  if (by === "host") return booking.host.name;
  if (by === "system") return "Slotbook";
  return "An administrator";
}

/** Null when this event has nothing to tell this recipient. */
export function noticeFor(input: { type: string; payload: Record<string, unknown>; booking: NoticeBooking; recipient: Recipient; appUrl: string }): Notice | null {
  const { type, payload, booking, recipient } = input;
  const zone = zoneOf(booking, recipient);
  const when = formatWhen(booking.startAt, zone);
  const other = recipient === "host" ? (booking.client?.name ?? "A client") : booking.host.name;
  const link = `${input.appUrl}/bookings/${booking.id}`;
  const title = booking.title || "Session";
  const reason = typeof payload.reason === "string" && payload.reason.trim() ? [`Reason: ${payload.reason.trim()}`] : [];
  const footer = [`Booking ${booking.code}: ${link}`];
  let subject: string;
  let lines: string[];
  let kind: string = type.replace(/^booking\./, "");
  switch (type) {
    case "booking.created":
    case "booking.paid": {
      // The status the booking had then: a request confirmed since is still announced as one.
      const request = (typeof payload.status === "string" ? payload.status : booking.status) === "pending";
      const paid = type === "booking.paid" ? " (paid)" : "";
      kind = request ? "request" : "booked";
      subject = `${request ? "New booking request" : "New booking"}${paid}: ${title}`;
      lines = [
        `${other} ${request ? "asks to book" : "booked"} "${title}" on ${when}.`,
        request ? `Confirm or decline it: ${link}` : "It is confirmed: nothing to do.",
      ];
      break;
    }
    case "booking.confirmed":
      subject = `Confirmed: ${title}`;
      lines = [`Your session "${title}" with ${other} on ${when} is confirmed.`, ...joinLines(booking)];
      break;
    case "booking.declined":
      subject = `Declined: ${title}`;
      lines = [`${other} declined your request for "${title}" on ${when}.`, ...reason, "You can pick another time in Slotbook."];
      break;
    case "booking.cancelled":
      subject = `Cancelled: ${title}`;
      lines = [`${byWhom(payload.cancelledBy, booking)} cancelled "${title}" on ${when}.`, ...reason];
      break;
    case "booking.rescheduled": {
      const from = (payload.from as { start?: unknown } | undefined)?.start;
      const previous = typeof from === "string" ? formatWhen(new Date(from), zone) : "its previous time";
      subject = `Rescheduled: ${title}`;
      lines = [
        `${byWhom(payload.by, booking)} moved "${title}" from ${previous} to ${when}.`,
        ...reason,
        ...(booking.status === "pending" ? ["The new time awaits the host's confirmation."] : joinLines(booking)),
      ];
      break;
    }
    case "booking.completed":
      if (recipient !== "client") return null;
      kind = "feedback_request";
      subject = `How was "${title}"?`;
      lines = [`Thank you for your session "${title}" with ${other} on ${when}.`, `Tell ${other} how it went — rate the session and leave a comment: ${link}`];
      break;
    default:
      return null;
  }
  return render(kind, subject, [...lines, ...footer]);
}

function render(kind: string, subject: string, paragraphs: string[]): Notice {
  return { kind, subject, text: `${paragraphs.join("\n\n")}\n`, html: html(paragraphs) };
}

const zoneOf = (booking: NoticeBooking, recipient: Recipient) => (recipient === "host" ? booking.host.timeZone : (booking.client?.timeZone ?? booking.host.timeZone));

/** "Starts in 24 hours" / "in 1 hour", with the time in the recipient's zone and how to join. */
export function reminderNotice(input: { booking: NoticeBooking; recipient: Recipient; kind: string; label: string; appUrl: string }): Notice {
  const { booking, recipient } = input;
  const when = formatWhen(booking.startAt, zoneOf(booking, recipient));
  const other = recipient === "host" ? (booking.client?.name ?? "your clients") : booking.host.name;
  const title = booking.title || "Session";
  const link = `${input.appUrl}/bookings/${booking.id}`;
  return render(input.kind, `Reminder: ${title} starts ${input.label}`, [
    `Your session "${title}" with ${other} starts ${input.label}, on ${when}.`,
    ...joinLines(booking),
    `Booking ${booking.code}: ${link}`,
    "You can turn reminders off under Settings → Notifications.",
  ]);
}
