// Every state change writes its event in the transaction that makes the change,
// so an event exists if and only if the change committed. The webhook worker
// delivers from this table.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "./tx";

export type EventType =
  | "booking.created"
  | "booking.confirmed"
  | "booking.declined"
  | "booking.cancelled"
  | "booking.rescheduled"
  | "booking.started"
  | "booking.completed"
  | "booking.no_show"
  | "booking.updated"
  | "booking.paid"
  | "feedback.created";

export async function recordEvent(
  tx: Tx,
  event: { type: EventType; bookingId: string; audience: Array<string | null | undefined>; payload: Prisma.InputJsonObject },
): Promise<{ id: string; payload: Prisma.JsonValue }> {
  const payload = { bookingId: event.bookingId, ...event.payload };
  const { id } = await tx.outboxEvent.create({
    data: {
      type: event.type,
      bookingId: event.bookingId,
      audience: [...new Set(event.audience.filter((id): id is string => Boolean(id)))],
      payload,
    },
    select: { id: true },
  });
  // The payload as stored (JSON drops undefined, turns dates into strings), so
  // callers planning from it see what a later read would.
  return { id, payload: JSON.parse(JSON.stringify(payload)) as Prisma.JsonValue };
}
