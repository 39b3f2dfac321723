// One feedback per booking, by its client, once the session is completed.
import type { Db } from "@/lib/db";
import type { Actor } from "../actor";
import { isUniqueViolation } from "../db-errors";
import { AppError } from "../errors";
import { recordEvent } from "../outbox";
import { loadBookingFor } from "./load-booking";
import type { FeedbackInput } from "./schemas";

export async function submitFeedback(db: Db, actor: Actor, bookingId: string, input: FeedbackInput) {
  const { row, role } = await loadBookingFor(db, actor, bookingId);
  if (role !== "client") throw new AppError("forbidden", "Only the client of a session can leave feedback on it.");
  if (row.status !== "completed") {
    throw new AppError("not_modifiable", `Feedback opens once the session is completed; it is ${row.status}.`, { extra: { currentStatus: row.status } });
  }
  try {
    return await db.$transaction(async (tx) => {
      const feedback = await tx.feedback.create({
        data: { bookingId: row.id, clientId: actor.userId, rating: input.rating, comment: input.comment ?? "" },
        select: { id: true, bookingId: true, rating: true, comment: true, createdAt: true },
      });
      await recordEvent(tx, { type: "feedback.created", bookingId: row.id, audience: [row.clientId, row.hostId], payload: { rating: input.rating } });
      return { ...feedback, createdAt: feedback.createdAt.toISOString() };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("not_modifiable", "You already left feedback on this session.");
    throw error;
  }
}
