// Seed 004: POST (and GET) /api/bookings/availability/ (see docs/compat/004-zoom.md).
import { createAvailabilityHandler, listAvailabilityHandler } from "@/lib/compat/zoom/availability";
import { zoom } from "@/lib/compat/zoom/dialect";

export const GET = listAvailabilityHandler;
export const POST = createAvailabilityHandler;

const other = zoom.otherMethods(["GET", "POST"]);
export const PUT = other.PUT;
export const PATCH = other.PATCH;
export const DELETE = other.DELETE;
