// Seed 004: POST /api/bookings/bookings/<id>/cancel/.
import { cancelHandler } from "@/lib/compat/zoom/bookings";
import { zoom } from "@/lib/compat/zoom/dialect";

export const POST = cancelHandler;

const other = zoom.otherMethods(["POST"]);
export const GET = other.GET;
export const PUT = other.PUT;
export const PATCH = other.PATCH;
export const DELETE = other.DELETE;
