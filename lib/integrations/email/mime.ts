// RFC 5322 / MIME message text: multipart/alternative (plain + HTML) inside
// multipart/mixed when there are attachments. Every part is base64 so no line
// is ever too long and 8-bit text survives any relay.
import { randomBytes } from "node:crypto";

export interface Attachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface MailMessage {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  attachments?: Attachment[];
  date: Date;
  messageId?: string;
}

const CRLF = "\r\n";

function base64Lines(content: string): string {
  return (Buffer.from(content, "utf8").toString("base64").match(/.{1,76}/g) ?? []).join(CRLF);
}

/** RFC 2047 encoded-word for headers that are not plain ASCII. */
export function encodeHeader(value: string): string {
  const clean = value.replace(/[\r\n]+/g, " ");
  // eslint-disable-next-line no-control-regex
  return /^[\x20-\x7e]*$/.test(clean) ? clean : `=?UTF-8?B?${Buffer.from(clean, "utf8").toString("base64")}?=`;
}

/** "Name <a@b>" with the name encoded when needed. */
export function mailbox(name: string, address: string): string {
  const safe = name.replace(/["\\\r\n<>]/g, "").trim();
  return safe ? `"${encodeHeader(safe)}" <${address}>` : address;
}

function part(contentType: string, content: string, extra: string[] = []): string {
  return [`Content-Type: ${contentType}`, "Content-Transfer-Encoding: base64", ...extra, "", base64Lines(content)].join(CRLF);
}

function multipart(type: string, parts: string[]): { header: string; body: string } {
  const boundary = `=_slotbook_${randomBytes(12).toString("hex")}`;
  return {
    header: `multipart/${type}; boundary="${boundary}"`,
    body: [...parts.map((p) => `--${boundary}${CRLF}${p}`), `--${boundary}--`, ""].join(CRLF),
  };
}

export function buildMessage(message: MailMessage): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(message.from)?.[1] ?? "slotbook.localhost";
  const alternative = multipart("alternative", [part("text/plain; charset=utf-8", message.text), part("text/html; charset=utf-8", message.html)]);
  let top = alternative;
  if (message.attachments?.length) {
    top = multipart("mixed", [
      `Content-Type: ${alternative.header}${CRLF}${CRLF}${alternative.body}`,
      ...message.attachments.map((a) => part(a.contentType, a.content, [`Content-Disposition: attachment; filename="${a.filename.replace(/"/g, "")}"`])),
    ]);
  }
  const headers = [
    `From: ${message.from}`,
    `To: ${message.to.join(", ")}`,
    `Subject: ${encodeHeader(message.subject)}`,
    `Date: ${message.date.toUTCString().replace("GMT", "+0000")}`,
    `Message-ID: ${message.messageId ?? `<${randomBytes(16).toString("hex")}@${domain}>`}`,
    "MIME-Version: 1.0",
    `Content-Type: ${top.header}`,
  ];
  return `${headers.join(CRLF)}${CRLF}${CRLF}${top.body}`;
}
