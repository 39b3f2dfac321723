// Seed 004: POST /api/bookings/bookings/<id>/confirm/.
import { confirmHandler } from "@/lib/compat/zoom/bookings";
import { zoom } from "@/lib/compat/zoom/dialect";

export const POST = confirmHandler;

const other = zoom.otherMethods(["POST"]);
export const GET = other.GET;
export const PUT = other.PUT;
export const PATCH = other.PATCH;
export const DELETE = other.DELETE;
