// Seed 002: GET /booking/coach/{coach_id}/availability (public).
import { coachAvailabilityHandler } from "@/lib/compat/culturebridge/bookings";
import { cb } from "@/lib/compat/culturebridge/dialect";

export const GET = coachAvailabilityHandler;

const other = cb.otherMethods(["GET"]);
export const POST = other.POST;
export const PUT = other.PUT;
export const PATCH = other.PATCH;
export const DELETE = other.DELETE;
