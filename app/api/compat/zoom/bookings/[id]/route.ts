// Seed 004: GET and PATCH /api/bookings/bookings/<id>/.
import { getBookingHandler, updateBookingHandler } from "@/lib/compat/zoom/bookings";
import { zoom } from "@/lib/compat/zoom/dialect";

export const GET = getBookingHandler;
export const PATCH = updateBookingHandler;

const other = zoom.otherMethods(["GET", "PATCH"]);
export const POST = other.POST;
export const PUT = other.PUT;
export const DELETE = other.DELETE;
