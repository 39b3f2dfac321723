// Group capacity cannot be an exclusion constraint (seats share their time by
// design), so seat creation serialises on the occurrence row instead.
import type { Prisma } from "@/lib/generated/prisma/client";

export async function lockOccurrenceSeats(tx: Prisma.TransactionClient, occurrenceId: string): Promise<{ capacity: number; taken: number } | null> {
  const rows = await tx.$queryRaw<Array<{ capacity: number | null }>>`
    SELECT "capacity" FROM "Booking" WHERE "id" = ${occurrenceId}::uuid AND "kind" = 'group_session' FOR UPDATE`;
  const first = rows[0];
  if (!first) return null;
  const taken = await tx.booking.count({
    where: { occurrenceId, kind: "seat", status: { in: ["pending_payment", "pending", "confirmed", "in_progress"] } },
  });
  return { capacity: first.capacity ?? 1, taken };
}
