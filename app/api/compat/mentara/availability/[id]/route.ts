// Seed 003: PUT and DELETE /booking/availability/:id.
import { deleteAvailabilityHandler, updateAvailabilityHandler } from "@/lib/compat/mentara/availability";
import { mentara } from "@/lib/compat/mentara/dialect";

export const PUT = updateAvailabilityHandler;
export const DELETE = deleteAvailabilityHandler;

const other = mentara.otherMethods(["PUT", "DELETE"]);
export const GET = other.GET;
export const POST = other.POST;
export const PATCH = other.PATCH;
