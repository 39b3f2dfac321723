// Seed 003: GET and POST /booking/availability.
import { createAvailabilityHandler, listAvailabilityHandler } from "@/lib/compat/mentara/availability";
import { mentara } from "@/lib/compat/mentara/dialect";

export const GET = listAvailabilityHandler;
export const POST = createAvailabilityHandler;

const other = mentara.otherMethods(["GET", "POST"]);
export const PUT = other.PUT;
export const PATCH = other.PATCH;
export const DELETE = other.DELETE;
