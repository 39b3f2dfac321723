// The booking a detail page shows, looked up once per request: the segment's layout asks first,
// so that a booking that does not exist (or is someone else's) is a real 404 before the page's
// loading state starts the stream, and the page reuses the answer.
import { notFound } from "next/navigation";
import { cache } from "react";
import { getPrisma } from "@/lib/db";
import { getBooking } from "@/lib/server/bookings/get-booking";
import { AppError } from "@/lib/server/errors";
import { actorOf, requireUser } from "./viewer";

export const bookingForViewer = cache(async (id: string) => {
  const user = await requireUser(`/bookings/${id}`);
  try {
    return { user, booking: await getBooking(getPrisma(), actorOf(user), id) };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
});
