// Seed 002: POST /booking (see docs/compat/002-culturebridge.md).
import { createBookingHandler } from "@/lib/compat/culturebridge/bookings";
import { cb } from "@/lib/compat/culturebridge/dialect";

export const POST = createBookingHandler;

const other = cb.otherMethods(["POST"]);
export const GET = other.GET;
export const PUT = other.PUT;
export const PATCH = other.PATCH;
export const DELETE = other.DELETE;
