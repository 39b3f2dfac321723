// MailMessage writes of the email jobs, as single statements straight to the
// pool (repository functions, see lib/server/query-rows.ts). Prisma's upsert
// is a transaction of a read and a write; on the embedded database a
// transaction holds every other request back for its round trips.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { queryRows } from "@/lib/server/query-rows";

export interface NewMail {
  jobId: string;
  party: string;
  userId: string | null;
  bookingId: string | null;
  kind: string;
  to: string;
  toName: string;
  subject: string;
  text: string;
  html: string | null;
  ics: string | null;
}

/** What sending needs of a stored message. */
export type StoredMail = Pick<NewMail, "to" | "toName" | "subject" | "text" | "html" | "ics"> & {
  id: string;
  status: "stored" | "sent" | "failed";
};

const STORED_COLUMNS = Prisma.raw(`"id"::text AS "id", "status"::text AS "status", "to", "toName", "subject", "text", "html", "ics"`);

/**
 * The job's message for this party: inserted now, or the one an earlier
 * attempt of the same job stored (then it is left exactly as it was, so a
 * retry sends the same mail, never a second version).
 */
export async function storeMailOnce(db: Db, mail: NewMail, now: Date): Promise<StoredMail> {
  const [inserted] = await queryRows<StoredMail>(
    db,
    Prisma.sql`INSERT INTO "MailMessage" ("id", "jobId", "party", "userId", "bookingId", "kind", "to", "toName", "subject", "text", "html", "ics", "createdAt", "updatedAt")
      VALUES (${randomUUID()}::uuid, ${mail.jobId}::uuid, ${mail.party}, ${mail.userId}::uuid, ${mail.bookingId}::uuid, ${mail.kind}, ${mail.to}, ${mail.toName},
        ${mail.subject}, ${mail.text}, ${mail.html}, ${mail.ics}, ${now}::timestamptz, ${now}::timestamptz)
      ON CONFLICT ("jobId", "party") DO NOTHING
      RETURNING ${STORED_COLUMNS}`,
    "mail_insert",
  );
  if (inserted) return inserted;
  const [existing] = await queryRows<StoredMail>(
    db,
    Prisma.sql`SELECT ${STORED_COLUMNS} FROM "MailMessage" WHERE "jobId" = ${mail.jobId}::uuid AND "party" = ${mail.party}`,
  );
  if (!existing) throw new Error(`MailMessage for job ${mail.jobId} (${mail.party}) neither inserted nor found`);
  return existing;
}
