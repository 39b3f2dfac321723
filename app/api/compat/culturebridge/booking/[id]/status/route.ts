// Seed 002: PATCH /booking/{booking_id}/status.
import { updateStatusHandler } from "@/lib/compat/culturebridge/bookings";
import { cb } from "@/lib/compat/culturebridge/dialect";

export const PATCH = updateStatusHandler;

const other = cb.otherMethods(["PATCH"]);
export const GET = other.GET;
export const POST = other.POST;
export const PUT = other.PUT;
export const DELETE = other.DELETE;
