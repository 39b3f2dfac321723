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

export type NewEvent = { type: EventType; bookingId: string; audience: Array<string | null | undefined>; payload: Prisma.InputJsonObject };

/** The row an event is stored as: the booking id joins the payload, the audience is deduplicated. */
export function outboxRow(event: NewEvent) {
  return {
    type: event.type,
    bookingId: event.bookingId,
    audience: [...new Set(event.audience.filter((id): id is string => Boolean(id)))],
    payload: { bookingId: event.bookingId, ...event.payload } as Prisma.InputJsonObject,
  };
}

/** The payload as stored (JSON drops undefined, turns dates into strings), so callers planning from it see what a later read would. */
export function storedPayload(payload: Prisma.InputJsonObject): Prisma.JsonValue {
  return JSON.parse(JSON.stringify(payload)) as Prisma.JsonValue;
}

export async function recordEvent(tx: Tx, event: NewEvent): Promise<{ id: string; payload: Prisma.JsonValue }> {
  const data = outboxRow(event);
  const { id } = await tx.outboxEvent.create({ data, select: { id: true } });
  return { id, payload: storedPayload(data.payload) };
}
