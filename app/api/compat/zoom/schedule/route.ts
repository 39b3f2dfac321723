// Seed 004: GET /api/bookings/schedule/.
import { scheduleHandler } from "@/lib/compat/zoom/schedule";
import { zoom } from "@/lib/compat/zoom/dialect";

export const GET = scheduleHandler;

const other = zoom.otherMethods(["GET"]);
export const POST = other.POST;
export const PUT = other.PUT;
export const PATCH = other.PATCH;
export const DELETE = other.DELETE;
