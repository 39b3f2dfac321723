// The feedback left on a booking, for either party of it (null when none yet).
import type { Db } from "@/lib/db";
import type { Actor } from "../actor";
import { loadBookingFor } from "./load-booking";

export interface FeedbackView {
  id: string;
  rating: number;
  comment: string;
  createdAt: string;
}

export async function getFeedback(db: Db, actor: Actor, bookingId: string): Promise<FeedbackView | null> {
  const { row } = await loadBookingFor(db, actor, bookingId);
  const feedback = await db.feedback.findUnique({
    where: { bookingId: row.id },
    select: { id: true, rating: true, comment: true, createdAt: true },
  });
  return feedback ? { ...feedback, createdAt: feedback.createdAt.toISOString() } : null;
}
