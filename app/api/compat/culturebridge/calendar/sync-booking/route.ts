// Seed 002: POST /calendar/sync-booking.
import { syncBookingHandler } from "@/lib/compat/culturebridge/calendar";
import { cb } from "@/lib/compat/culturebridge/dialect";

export const POST = syncBookingHandler;

const other = cb.otherMethods(["POST"]);
export const GET = other.GET;
export const PUT = other.PUT;
export const PATCH = other.PATCH;
export const DELETE = other.DELETE;
