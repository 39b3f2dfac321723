// Seed 002: GET and DELETE /booking/{booking_id}.
import { cancelBookingHandler, getBookingHandler } from "@/lib/compat/culturebridge/bookings";
import { cb } from "@/lib/compat/culturebridge/dialect";

export const GET = getBookingHandler;
export const DELETE = cancelBookingHandler;

const other = cb.otherMethods(["GET", "DELETE"]);
export const POST = other.POST;
export const PUT = other.PUT;
export const PATCH = other.PATCH;
