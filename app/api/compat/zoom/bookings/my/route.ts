// Seed 004: GET /api/bookings/bookings/my/.
import { myBookingsHandler } from "@/lib/compat/zoom/bookings";
import { zoom } from "@/lib/compat/zoom/dialect";

export const GET = myBookingsHandler;

const other = zoom.otherMethods(["GET"]);
export const POST = other.POST;
export const PUT = other.PUT;
export const PATCH = other.PATCH;
export const DELETE = other.DELETE;
