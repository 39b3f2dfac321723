// Seed 004: DELETE /api/bookings/availability/<id>/.
import { deleteAvailabilityHandler } from "@/lib/compat/zoom/availability";
import { zoom } from "@/lib/compat/zoom/dialect";

export const DELETE = deleteAvailabilityHandler;

const other = zoom.otherMethods(["DELETE"]);
export const GET = other.GET;
export const POST = other.POST;
export const PUT = other.PUT;
export const PATCH = other.PATCH;
