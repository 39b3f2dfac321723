// Seed 002: GET /booking/client/{client_id}.
import { listClientBookingsHandler } from "@/lib/compat/culturebridge/bookings";
import { cb } from "@/lib/compat/culturebridge/dialect";

export const GET = listClientBookingsHandler;

const other = cb.otherMethods(["GET"]);
export const POST = other.POST;
export const PUT = other.PUT;
export const PATCH = other.PATCH;
export const DELETE = other.DELETE;
