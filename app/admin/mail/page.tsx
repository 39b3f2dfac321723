import type { Metadata } from "next";
import Form from "next/form";
import { MailTable } from "@/components/admin/mail-views";
import styles from "@/components/admin/mail.module.css";
import { Pagination } from "@/components/booking/pagination";
import { EmptyState, PageHeader } from "@/components/host/page-header";
import ui from "@/components/host/ui.module.css";
import { getPrisma } from "@/lib/db";
import { integrationStatus } from "@/lib/integrations/jobs/status";
import { listMail } from "@/lib/server/mail/list-mail";
import { listMailQuerySchema, MAIL_KINDS } from "@/lib/server/mail/schemas";
import { requireAdminPage } from "./_lib/admin";

export const metadata: Metadata = { title: "Mail outbox" };

type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const PAGE_SIZE = 25;

export default async function AdminMailPage({ searchParams }: { searchParams: Search }) {
  const search = await searchParams;
  const { user, actor } = await requireAdminPage("/admin/mail");
  const kindParam = one(search.kind);
  const kind = (MAIL_KINDS as readonly string[]).includes(kindParam ?? "") ? kindParam : undefined;
  const recipient = (one(search.recipient) ?? "").trim().slice(0, 320) || undefined;
  const page = Math.max(1, Math.min(100_000, Number.parseInt(one(search.page) ?? "1", 10) || 1));
  const query = listMailQuerySchema.parse({ page, pageSize: PAGE_SIZE, ...(kind ? { kind } : {}), ...(recipient ? { recipient } : {}) });
  const result = await listMail(getPrisma(), actor, query);
  const email = integrationStatus().email;

  const href = (p: number) => {
    const params = new URLSearchParams();
    if (kind) params.set("kind", kind);
    if (recipient) params.set("recipient", recipient);
    if (p > 1) params.set("page", String(p));
    const qs = params.toString();
    return qs ? `/admin/mail?${qs}` : "/admin/mail";
  };

  return (
    <div className={ui.page}>
      <PageHeader title="Mail outbox" lead={`Every notification Slotbook rendered, newest first, times in ${user.timeZone}. ${email.summary}`} />
      <section className={`card ${ui.section}`} aria-labelledby="mail-filter-title">
        <h2 id="mail-filter-title" className="visually-hidden">
          Filter
        </h2>
        <Form action="/admin/mail" className={styles.filters}>
          <div className="field">
            <label className="field__label" htmlFor="mail-kind">
              Kind
            </label>
            <select id="mail-kind" name="kind" className="input" defaultValue={kind ?? ""}>
              <option value="">All kinds</option>
              {MAIL_KINDS.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="mail-recipient">
              Recipient
            </label>
            <input id="mail-recipient" name="recipient" className="input" type="search" defaultValue={recipient ?? ""} placeholder="name@example.com" />
          </div>
          <button type="submit" className="btn">
            Filter
          </button>
        </Form>
      </section>
      <section className={`card ${ui.section}`} aria-labelledby="mail-list-title">
        <h2 id="mail-list-title">{`${result.total} message${result.total === 1 ? "" : "s"}`}</h2>
        {result.items.length ? <MailTable items={result.items} zone={user.timeZone} /> : <EmptyState title="No messages">{kind || recipient ? "Nothing matches this filter." : "Nothing has been sent yet."}</EmptyState>}
        <Pagination page={result.page} pageSize={result.pageSize} total={result.total} href={href} label="Mail pages" />
      </section>
    </div>
  );
}
