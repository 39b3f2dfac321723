// Seed 004: POST (and GET) /api/bookings/bookings/.
import { createBookingHandler, listBookingsHandler } from "@/lib/compat/zoom/bookings";
import { zoom } from "@/lib/compat/zoom/dialect";

export const GET = listBookingsHandler;
export const POST = createBookingHandler;

const other = zoom.otherMethods(["GET", "POST"]);
export const PUT = other.PUT;
export const PATCH = other.PATCH;
export const DELETE = other.DELETE;
