import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MailView } from "@/components/admin/mail-views";
import { PageHeader } from "@/components/host/page-header";
import ui from "@/components/host/ui.module.css";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { getMail, type MailDetail } from "@/lib/server/mail/list-mail";
import { requireAdminPage } from "../_lib/admin";

export const metadata: Metadata = { title: "Mail message" };

export default async function AdminMailMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, actor } = await requireAdminPage(`/admin/mail/${encodeURIComponent(id)}`);
  let message: MailDetail;
  try {
    message = await getMail(getPrisma(), actor, id);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
  return (
    <div className={ui.page}>
      <PageHeader title="Mail message" lead={<>Times in {user.timeZone}. <Link href="/admin/mail">Back to the mail outbox</Link></>} />
      <section className={`card ${ui.section}`}>
        <MailView message={message} zone={user.timeZone} />
      </section>
    </div>
  );
}
