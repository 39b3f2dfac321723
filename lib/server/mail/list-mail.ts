// The mail outbox, for admins only: every notification Slotbook rendered,
// newest first, whether or not it went out over SMTP.
import type { Db } from "@/lib/db";
import { isAdmin, type Actor } from "../actor";
import { AppError, notFound } from "../errors";
import { isUuid, type Page } from "../webhooks/schemas";
import type { ListMailQuery } from "./schemas";

const summarySelect = {
  id: true,
  kind: true,
  to: true,
  toName: true,
  userId: true,
  bookingId: true,
  subject: true,
  status: true,
  attempts: true,
  sentAt: true,
  error: true,
  createdAt: true,
} as const;

export interface MailSummary {
  id: string;
  kind: string;
  to: string;
  toName: string;
  userId: string | null;
  bookingId: string | null;
  subject: string;
  status: "stored" | "sent" | "failed";
  attempts: number;
  sentAt: string | null;
  error: string | null;
  createdAt: string;
}

export interface MailDetail extends MailSummary {
  text: string;
  html: string | null;
  ics: string | null;
}

function requireAdmin(actor: Actor): void {
  if (!isAdmin(actor)) throw new AppError("forbidden", "The mail outbox is for administrators.");
}

function summary(row: { sentAt: Date | null; createdAt: Date } & Omit<MailSummary, "sentAt" | "createdAt">): MailSummary {
  return { ...row, sentAt: row.sentAt?.toISOString() ?? null, createdAt: row.createdAt.toISOString() };
}

export async function listMail(db: Db, actor: Actor, query: ListMailQuery): Promise<Page<MailSummary>> {
  requireAdmin(actor);
  const where = {
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.recipient ? { to: { contains: query.recipient, mode: "insensitive" as const } } : {}),
  };
  const total = await db.mailMessage.count({ where });
  const rows = await db.mailMessage.findMany({
    where,
    select: summarySelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (query.page - 1) * query.pageSize,
    take: query.pageSize,
  });
  return { items: rows.map(summary), page: query.page, pageSize: query.pageSize, total };
}

export async function getMail(db: Db, actor: Actor, id: string): Promise<MailDetail> {
  requireAdmin(actor);
  if (!isUuid(id)) throw notFound("Mail message");
  const row = await db.mailMessage.findUnique({ where: { id }, select: { ...summarySelect, text: true, html: true, ics: true } });
  if (!row) throw notFound("Mail message");
  const { text, html, ics, ...rest } = row;
  return { ...summary(rest), text, html, ics };
}
