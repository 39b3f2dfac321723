// The outbox views render messages as text: user-typed values (titles,
// reasons) never become markup on the admin's page.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MailTable, MailView } from "@/components/admin/mail-views";
import type { MailDetail } from "@/lib/server/mail/list-mail";

const evil = `<img src=x onerror="alert(1)"> & <script>alert(2)</script>`;
const message: MailDetail = {
  id: "00000000-0000-4000-8000-000000000001",
  kind: "cancelled",
  to: "clio@test.dev",
  toName: `Clio ${evil}`,
  userId: null,
  bookingId: "00000000-0000-4000-8000-000000000002",
  subject: `Cancelled: ${evil}`,
  status: "stored",
  attempts: 0,
  sentAt: null,
  error: null,
  createdAt: "2026-12-05T10:00:00.000Z",
  text: `Reason: ${evil}\n`,
  html: `<p>Reason: &lt;img&gt;</p>`,
  ics: null,
};

describe("admin mail views", () => {
  it.each([
    ["the list", () => createElement(MailTable, { items: [message], zone: "Asia/Kolkata" })],
    ["one message", () => createElement(MailView, { message, zone: "Asia/Kolkata" })],
  ])("%s escapes user text", (_, element) => {
    const html = renderToStaticMarkup(element());
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp;");
  });

  it("shows times in the admin's zone", () => {
    expect(renderToStaticMarkup(createElement(MailTable, { items: [message], zone: "Asia/Kolkata" }))).toContain("15:30");
  });
});
